namespace Spel.EndToEnd.Tests.Support;

/// <summary>
/// The shipped deck cut to its first cards, so a browser test reaches the debrief without playing every card.
/// The deck keeps its id, roles and card texts: the test plays real content. It drops the deck's suggested short set
/// (<c>suggested: true</c>), so that the start page chooses every card of the short deck, as it does for a deck that
/// suggests nothing.
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
        var kept = lines[..end].Where(line => line.Trim() != "suggested: true");
        File.WriteAllLines(Path.Combine(folder, deckId + ".yaml"), kept);
    }
}
