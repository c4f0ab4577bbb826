namespace Spel.EndToEnd.Tests.Support;

/// <summary>
/// The shipped deck cut to its first cards, so a browser test reaches the debrief without playing every card.
/// The deck keeps its id, roles and card texts: the test plays real content.
/// </summary>
public static class ShortDeck
{
    public static void Write(string deckId, int cardCount, string folder)
    {
        var lines = File.ReadAllLines(Repository.ShippedDeck(deckId));
        var cards = Array.FindIndex(lines, line => line == "cards:");
        if (cards < 0)
        {
            throw new InvalidOperationException($"Deck {deckId} has no top-level 'cards:' list.");
        }

        // Every card starts with "  - id:" at the list's indentation; keep everything before the first card too many.
        var starts = lines.Select((line, index) => (line, index))
            .Where(x => x.index > cards && x.line.StartsWith("  - id:", StringComparison.Ordinal))
            .Select(x => x.index)
            .ToList();
        var end = starts.Count > cardCount ? starts[cardCount] : lines.Length;

        Directory.CreateDirectory(folder);
        File.WriteAllLines(Path.Combine(folder, deckId + ".yaml"), lines[..end]);
    }
}
