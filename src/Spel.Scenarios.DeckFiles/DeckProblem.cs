namespace Spel.Scenarios.Decks;

/// <summary>
/// One thing wrong with a deck file: where (1-based line and column; 0 and 0 for the file as a whole)
/// and what, in Dutch for trainers and in English for logs.
/// </summary>
public sealed record DeckProblem(string Source, int Line, int Column, string MessageNl, string MessageEn)
{
    /// <summary>About the file as a whole (too large, empty, unreadable), not one place in it.</summary>
    public bool IsAboutWholeFile => Line == 0;

    /// <summary>The field the problem is about as the studio's editor names it (<c>cards[2].situation</c>); null when not known.</summary>
    public string? Path { get; init; }
}
