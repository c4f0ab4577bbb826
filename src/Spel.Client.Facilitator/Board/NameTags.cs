namespace Spel.Client.Board;

/// <summary>
/// The seats' names beside their tokens, when the server sent names (a session that is not anonymous). Each name
/// goes to the first spot around its token that is clear (right, left, under, over, then a little further along
/// with a thin leader line); a name that finds no spot tries its initials instead, and initials are explained in a
/// key under the board. A token for which not even its initials fit has its name and cell in the key.
/// </summary>
internal static class NameTags
{
    /// <summary>A token's name: <see cref="Shown"/> is what stands beside the token (the name or its code), null when nothing fit.</summary>
    internal sealed record Tag(PlacedToken Token, string Name, string Code, string? Shown, Box? Box, double Size);

    private const double Gap = 3;

    public static IReadOnlyList<Tag> Place(LabelLayout layout, IReadOnlyList<PlacedToken> tokens, double size)
    {
        var named = tokens.Where(t => !string.IsNullOrWhiteSpace(t.Answer.Name)).ToList();
        var codes = Codes(named.Select(t => t.Answer.Name!).ToList());
        var tags = new List<Tag>();
        var failed = new List<(PlacedToken Token, string Code)>();
        for (var i = 0; i < named.Count; i++)
        {
            var token = named[i];
            var name = token.Answer.Name!;
            if (TryPlace(layout, token, name, size) is { } box)
            {
                tags.Add(new Tag(token, name, codes[i], name, box, size));
            }
            else
            {
                failed.Add((token, codes[i]));
            }
        }

        // Initials only after every full name had its chance, so a short code never takes the spot a name needed.
        foreach (var (token, code) in failed)
        {
            var box = TryPlace(layout, token, code, size);
            tags.Add(new Tag(token, token.Answer.Name!, code, box is null ? null : code, box, size));
        }

        return tags;
    }

    /// <summary>
    /// The key's lines: every code on the board with its name, then the names that found no spot with their cell
    /// (eigenaarschap, regie, as the axes number them), wrapped so that an entry never breaks across lines. Empty
    /// when every name stands in full beside its token. Beyond <paramref name="room"/> lines (when that is more
    /// than none) the last line says how many entries did not fit ("+3").
    /// </summary>
    public static IReadOnlyList<string> Key(IReadOnlyList<Tag> tags, string title, double size, double width, int room)
    {
        var entries = tags.Where(t => t.Shown == t.Code && t.Shown != t.Name).Select(t => $"{t.Code} {t.Name}")
            .Concat(tags.Where(t => t.Shown is null).Select(t => $"{t.Name} ({(int)t.Token.Answer.Eigenaarschap}, {(int)t.Token.Answer.Regie})"))
            .ToList();
        if (entries.Count == 0)
        {
            return [];
        }

        var lines = Flow(title, entries, size, width);
        if (room == 0 || lines.Count <= room)
        {
            return lines;
        }

        // Fewer entries until the rest, counted, fits in the room.
        for (var shown = entries.Count - 1; shown >= 0; shown--)
        {
            var cut = Flow(title, [.. entries.Take(shown), $"+{entries.Count - shown}"], size, width);
            if (cut.Count <= room)
            {
                return cut;
            }
        }

        return lines.Take(room).ToList();
    }

    private static List<string> Flow(string title, IReadOnlyList<string> entries, double size, double width)
    {
        var lines = new List<string>();
        var line = title;
        foreach (var entry in entries)
        {
            var candidate = line == title ? $"{title} {entry}" : $"{line}  ·  {entry}";
            if (BoardText.Width(candidate, size) > width)
            {
                lines.Add(line);
                line = entry;
            }
            else
            {
                line = candidate;
            }
        }

        lines.Add(line);
        return lines;
    }

    /// <summary>Thin lines from a token to a name that had to stand a little away from it, under the tokens.</summary>
    public static void PaintLeaders(CanvasBatch batch, IReadOnlyList<Tag> tags, BoardPalette palette)
    {
        foreach (var tag in tags)
        {
            if (tag.Box is { } box && NeedsLeader(tag.Token, box))
            {
                var (x, y) = box.Nearest(tag.Token.X, tag.Token.Y);
                batch.SetStroke(palette.TextFor(tag.Token.Answer.Side)).SetLineWidth(2).SetLineDash()
                    .Line(tag.Token.X, tag.Token.Y, x, y, BoardPainter.NameTag + ":leader");
            }
        }
    }

    public static void Paint(CanvasBatch batch, IReadOnlyList<Tag> tags, BoardPalette palette, List<PlacedLabel> placed)
    {
        foreach (var tag in tags)
        {
            if (tag is { Shown: { } text, Box: { } box })
            {
                batch.SetFont(BoardText.Font(tag.Size)).SetLineWidth(2).SetLineDash()
                    .SetFill(palette.Paper).SetStroke(palette.TextFor(tag.Token.Answer.Side));
                BoardPainter.PaintLabel(batch, new PlacedLabel(text, box, tag.Size, BoardPainter.NameTag), placed);
            }
        }
    }

    /// <summary>
    /// Initials that tell the seats apart: the first letters of the first and last word, or the first two letters
    /// of a single word; a code that is taken gets a number.
    /// </summary>
    public static IReadOnlyList<string> Codes(IReadOnlyList<string> names)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var codes = new List<string>();
        foreach (var name in names)
        {
            var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var code = words.Length > 1
                ? $"{char.ToUpperInvariant(words[0][0])}{char.ToUpperInvariant(words[^1][0])}"
                : words[0].Length > 1 ? $"{char.ToUpperInvariant(words[0][0])}{words[0][1]}" : words[0].ToUpperInvariant();
            var count = seen.GetValueOrDefault(code) + 1;
            seen[code] = count;
            codes.Add(count == 1 ? code : $"{code}{count}");
        }

        return codes;
    }

    private static Box? TryPlace(LabelLayout layout, PlacedToken token, string text, double size)
    {
        var (w, h) = BoardPainter.LabelSize(text, size, size / 2);
        return layout.Place(Candidates(token, w, h));
    }

    /// <summary>
    /// Right, left, under and over the token first; then those sides moved up to five label heights (or half
    /// widths) along, and further out under and over.
    /// </summary>
    private static IEnumerable<Box> Candidates(PlacedToken token, double w, double h)
    {
        var (x, y, half) = (token.X, token.Y, token.Size / 2 + 2);
        var (right, left, below, above) = (x + half + Gap, x - half - Gap - w, y + half + Gap, y - half - Gap - h);
        yield return new Box(right, y - h / 2, w, h);
        yield return new Box(left, y - h / 2, w, h);
        yield return new Box(x - w / 2, below, w, h);
        yield return new Box(x - w / 2, above, w, h);
        for (var step = 1; step <= 5; step++)
        {
            foreach (var sign in new[] { 1, -1 })
            {
                var (down, across) = (sign * step * (h + 2), sign * step * (w / 2 + 2));
                yield return new Box(right, y - h / 2 + down, w, h);
                yield return new Box(left, y - h / 2 + down, w, h);
                yield return new Box(x - w / 2 + across, below, w, h);
                yield return new Box(x - w / 2 + across, above, w, h);
            }

            yield return new Box(x - w / 2, below + step * (h + 2), w, h);
            yield return new Box(x - w / 2, above - step * (h + 2), w, h);
        }
    }

    private static bool NeedsLeader(PlacedToken token, Box box)
    {
        var (x, y) = box.Nearest(token.X, token.Y);
        return Math.Max(Math.Abs(x - token.X), Math.Abs(y - token.Y)) > token.Size / 2 + 2 + Gap + 1;
    }
}
