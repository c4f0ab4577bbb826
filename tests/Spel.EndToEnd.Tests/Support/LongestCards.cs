namespace Spel.EndToEnd.Tests.Support;

/// <summary>
/// Every shipped deck cut to its longest cards as a tablet shows them: the one with the longest situation (title,
/// story and source) and the one with the longest action question and options, so a fit test plays the worst case
/// of each deck whatever the deck's authors change. Read line by line, as <see cref="ShortDeck"/> does.
/// </summary>
public static class LongestCards
{
    private const string CardStart = "  - id:";

    /// <summary>Writes the cut decks into <paramref name="folder"/>; returns each deck's id with its cards' ids.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Write(string folder)
    {
        Directory.CreateDirectory(folder);
        var written = new Dictionary<string, IReadOnlyList<string>>();
        foreach (var file in Directory.GetFiles(Path.Combine(Repository.Root, "content", "decks"), "*.yaml").Order(StringComparer.Ordinal))
        {
            var lines = File.ReadAllLines(file);
            var cardsAt = Array.FindIndex(lines, line => line == "cards:");
            var starts = Enumerable.Range(cardsAt + 1, lines.Length - cardsAt - 1)
                .Where(i => lines[i].StartsWith(CardStart, StringComparison.Ordinal))
                .ToList();
            var cards = starts.Select((start, n) => lines[start..(n + 1 < starts.Count ? starts[n + 1] : lines.Length)]).ToList();
            var longest = new[]
                {
                    cards.MaxBy(card => Measure(card, "title", "situation", "source")),
                    cards.MaxBy(card => Measure(card, "action_question", "options")),
                }
                .OfType<string[]>()
                .Distinct()
                .ToList();

            var kept = lines[..starts[0]].Concat(longest.SelectMany(card => card)).Where(line => line.Trim() != "suggested: true");
            File.WriteAllLines(Path.Combine(folder, Path.GetFileName(file)), kept);
            written[Path.GetFileNameWithoutExtension(file)] = longest.Select(card => card[0][CardStart.Length..].Trim()).ToList();
        }

        return written;
    }

    /// <summary>The characters of a card's fields <paramref name="keys"/> (with everything nested under them), as the tablet shows them.</summary>
    private static int Measure(string[] card, params string[] keys)
    {
        var total = 0;
        var counting = false;
        foreach (var line in card)
        {
            var field = line.StartsWith(CardStart, StringComparison.Ordinal) ? line[4..] : line.Length > 4 && line[4] != ' ' ? line[4..] : null;
            if (field is not null)
            {
                counting = keys.Any(key => field.StartsWith(key + ":", StringComparison.Ordinal));
            }

            // Ids and tags do not show; the option texts and the story do.
            var text = line.Trim().TrimStart('-').Trim();
            if (counting && !text.StartsWith("id:", StringComparison.Ordinal) && !text.StartsWith("function:", StringComparison.Ordinal)
                && !text.StartsWith("gemeente_stance:", StringComparison.Ordinal))
            {
                total += text.Length;
            }
        }

        return total;
    }
}
