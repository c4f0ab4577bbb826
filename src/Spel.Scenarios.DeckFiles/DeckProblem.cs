namespace Spel.Scenarios.Decks;

/// <summary>
/// One thing wrong with a deck file: where (1-based line and column; 0 and 0 for the file as a whole)
/// and what, in Dutch for trainers and in English for logs.
/// </summary>
public sealed record DeckProblem(string Source, int Line, int Column, string MessageNl, string MessageEn)
{
    /// <summary>
    /// The field a trainer must fix, in the studio's syntax (<c>title</c>, <c>roles[1].name</c>,
    /// <c>cards[2].options[0].text</c>, <c>cards[2].prompts[1]</c>; <c>cards[2]</c> for a card as a whole; indexes from 0);
    /// null for the file as a whole or a place in the text that is no field (a YAML syntax problem).
    /// </summary>
    public string? Path { get; init; }

    /// <summary>About the file as a whole (too large, empty, unreadable), not one place in it.</summary>
    public bool IsAboutWholeFile => Line == 0;
}
