namespace Spel.Scenarios.Decks;

/// <summary>
/// Checks a deck that was not read from a file (the studio's editor) by the same rules and in the same words as a
/// file: the deck is written as its file and read back, so there is one validator, not two that drift apart.
/// </summary>
public static class DeckCheck
{
    /// <summary>Every problem that keeps <paramref name="deck"/> from being played; none when it is playable.</summary>
    public static IReadOnlyList<DeckProblem> Of(Deck deck, string sourceName) =>
        DeckReader.Read(DeckWriter.Write(deck), sourceName).Problems;
}
