namespace Spel.Scenarios.Decks;

/// <summary>
/// Turns the YAML parser's complaint into the mistake a trainer made and what to type instead. The parser only says
/// where it stopped and in its own terms ("found invalid mapping"); looking at the line it stopped on tells a colon in
/// a text from a field indented too far, an unclosed quote from Word's curly ones, a missing <c>- </c> from a
/// misaligned field. Whatever is not recognised keeps the parser's words, at the parser's place.
/// </summary>
internal static class YamlMistakes
{
    // The quotes Word and phones type; YAML only knows " and '.
    private const string CurlyQuotes = "“”‘’„‚«»";

    // Characters a plain YAML text cannot start with.
    private const string Indicators = "[]{}>|%@`*&!,?#";

    // An example longer than this is not quoted in a message; the instruction is enough then.
    private const int MaxExample = 80;

    public static IReadOnlyList<(Position At, Message Message)> Explain(string yaml, Position at, string parserMessage)
    {
        var lines = LinesOf(yaml);
        var tabs = TabIndents(lines);
        if (tabs.Count > 0)
        {
            return tabs;
        }

        var line = at.Line >= 1 && at.Line <= lines.Count ? new YamlLine(lines[at.Line - 1]) : null;
        return [line is null ? (at, DeckMessages.NotYaml(parserMessage)) : Explain(lines, line, at, parserMessage)];
    }

    private static (Position, Message) Explain(List<string> lines, YamlLine line, Position at, string parserMessage)
    {
        var column = at.Column - 1;
        if (parserMessage.Contains("quoted scalar", StringComparison.Ordinal) && line.Text.ElementAtOrDefault(column) is '"' or '\'')
        {
            return (at, DeckMessages.UnclosedQuote(line.Text[column]));
        }

        if (line.ValueStart is { } valueStart && column >= valueStart)
        {
            return InText(line, at, valueStart, parserMessage);
        }

        if (parserMessage.Contains("invalid mapping", StringComparison.Ordinal) && line.Key is not null)
        {
            return AlignedUnderTheLineAbove(lines, line, at) ?? (at, DeckMessages.NotYaml(parserMessage));
        }

        if (parserMessage.Contains("expected '-' indicator", StringComparison.Ordinal))
        {
            return InAList(lines, line, at) ?? (at, DeckMessages.NotYaml(parserMessage));
        }

        if (parserMessage.Contains("did not find expected key", StringComparison.Ordinal) && line.Key is null && !line.IsItem)
        {
            var content = line.Content;
            var colon = content.IndexOf(':', StringComparison.Ordinal);
            var space = content.IndexOf(' ', StringComparison.Ordinal);
            if (colon > 0 && (space < 0 || colon < space))
            {
                return (at, DeckMessages.SpaceAfterColon(Example($"{content[..colon]}: {content[(colon + 1)..].TrimStart()}")));
            }

            if (space > 0)
            {
                return (at, DeckMessages.MissingColon(Example($"{content[..space]}: {content[(space + 1)..].TrimStart()}")));
            }
        }

        return (at, DeckMessages.NotYaml(parserMessage));
    }

    /// <summary>The parser stopped inside a text: its first character, a quote in it or a colon in it is the mistake.</summary>
    private static (Position, Message) InText(YamlLine line, Position at, int valueStart, string parserMessage)
    {
        var value = line.Text[valueStart..].TrimEnd();
        if (value.Length == 0)
        {
            return (at, DeckMessages.NotYaml(parserMessage));
        }

        var startOfText = at with { Column = valueStart + 1 };
        if (CurlyQuotes.Contains(value[0], StringComparison.Ordinal))
        {
            var straight = value.Length > 1 && CurlyQuotes.Contains(value[^1], StringComparison.Ordinal) ? value[1..^1] : value[1..];
            return (startOfText, DeckMessages.CurlyQuotes(value[0], Example(line.WithValue(Quoted(straight)))));
        }

        if (value[0] is '"' or '\'' && value.IndexOf(value[0], 1) is var closing and > 0 && valueStart + closing < at.Column - 1)
        {
            // Quoted all through ("zegt "nee"") the outer quotes were meant to wrap it; else they are part of the text.
            var meant = value.Length > 1 && value[^1] == value[0] ? value[1..^1] : value;
            return (at with { Column = valueStart + closing + 1 }, DeckMessages.TextAfterQuote(value[0], Example(line.WithValue(Quoted(meant)))));
        }

        if (Indicators.Contains(value[0], StringComparison.Ordinal))
        {
            return (startOfText, DeckMessages.StartsWithSign(value[0], Example(line.WithValue(Quoted(value)))));
        }

        if (parserMessage.Contains("invalid mapping", StringComparison.Ordinal))
        {
            return (at, DeckMessages.ColonInText(Example(line.WithValue(Quoted(value)))));
        }

        if (parserMessage.Contains("Block sequence entries are not allowed", StringComparison.Ordinal))
        {
            return (at, DeckMessages.DashAfterField(line.Key ?? "", Example(line.WithValue(Quoted(value)))));
        }

        return (at, DeckMessages.NotYaml(parserMessage));
    }

    /// <summary>A field indented further than the field on the line above, which it belongs beside.</summary>
    private static (Position, Message)? AlignedUnderTheLineAbove(List<string> lines, YamlLine line, Position at)
    {
        if (LineAbove(lines, at.Line) is not { Key: { } above } previous || line.KeyStart <= previous.KeyStart)
        {
            return null;
        }

        return (at with { Column = line.KeyStart + 1 }, DeckMessages.NotAlignedUnder(line.Key!, above, previous.KeyStart, line.KeyStart));
    }

    /// <summary>
    /// The parser is in a list (of cards, options, prompts) and the line neither starts a new item nor lines up with the
    /// item above: either the <c>- </c> was left out (the line starts where the dashes are), or the field is misaligned.
    /// </summary>
    private static (Position, Message)? InAList(List<string> lines, YamlLine line, Position at)
    {
        var dash = 0;
        for (var number = at.Line - 1; number >= 1 && dash == 0; number--)
        {
            var above = new YamlLine(lines[number - 1]);
            if (above.IsBlank)
            {
                continue;
            }

            if (above.Indent <= line.Indent)
            {
                dash = above.IsItem ? number : -1;
            }
        }

        if (dash <= 0)
        {
            return null;
        }

        var item = new YamlLine(lines[dash - 1]);
        var start = at with { Column = line.Indent + 1 };
        if (line.Indent == item.Indent)
        {
            return (start, DeckMessages.MissingDash(ListName(lines, dash, item.Indent), Example($"- {line.Content}")));
        }

        // The field it should line up with: the last one of the item above at the item's own indentation.
        var sibling = Enumerable.Range(dash, at.Line - dash)
            .Select(number => new YamlLine(lines[number - 1]))
            .LastOrDefault(above => above.Key is not null && above.KeyStart == item.KeyStart);
        return line.Key is null || sibling is null
            ? null
            : (start, DeckMessages.NotAlignedUnder(line.Key, sibling.Key!, item.KeyStart, line.Indent));
    }

    /// <summary>The field a list at <paramref name="indent"/> belongs to: the nearest line above it that is indented less.</summary>
    private static string? ListName(List<string> lines, int itemLine, int indent)
    {
        for (var number = itemLine - 1; number >= 1; number--)
        {
            var above = new YamlLine(lines[number - 1]);
            if (!above.IsBlank && above.Indent < indent)
            {
                return above.Key;
            }
        }

        return null;
    }

    private static YamlLine? LineAbove(List<string> lines, int lineNumber)
    {
        for (var number = lineNumber - 1; number >= 1; number--)
        {
            var above = new YamlLine(lines[number - 1]);
            if (!above.IsBlank)
            {
                return above;
            }
        }

        return null;
    }

    /// <summary>
    /// Every line indented with a tab, at the tab: the parser notices a tab only as a line that no longer fits, often
    /// somewhere else (even on line 1), and the trainer needs to hear about the tab.
    /// </summary>
    private static List<(Position, Message)> TabIndents(List<string> lines)
    {
        var tabs = new List<(Position, Message)>();
        for (var i = 0; i < lines.Count; i++)
        {
            var text = lines[i];
            var end = text.AsSpan().IndexOfAnyExcept(' ', '\t');
            var tab = text.AsSpan(0, end < 0 ? text.Length : end).IndexOf('\t');
            if (tab >= 0)
            {
                tabs.Add((new Position(i + 1, tab + 1), DeckMessages.TabIndent));
            }
        }

        return tabs;
    }

    // Split the way the parser counts lines, so the numbers agree with its positions.
    private static List<string> LinesOf(string yaml)
    {
        var lines = new List<string>();
        foreach (var line in yaml.AsSpan().EnumerateLines())
        {
            lines.Add(line.ToString());
        }

        return lines;
    }

    /// <summary>The text in straight quotes, the kind it does not contain itself (a ' doubled when it has both).</summary>
    private static string Quoted(string text) =>
        !text.Contains('"', StringComparison.Ordinal) ? $"\"{text}\""
        : !text.Contains('\'', StringComparison.Ordinal) ? $"'{text}'"
        : $"'{text.Replace("'", "''", StringComparison.Ordinal)}'";

    private static string? Example(string line) => line.Length <= MaxExample ? line : null;

    /// <summary>One line of YAML taken apart the way a trainer sees it: indentation, an optional dash, a field name and a text.</summary>
    private sealed class YamlLine
    {
        public YamlLine(string text)
        {
            Text = text;
            Indent = text.Length - text.TrimStart(' ').Length;
            var rest = Indent;
            if (text.AsSpan(rest).StartsWith("- ") || text.AsSpan(rest).TrimEnd() is "-")
            {
                IsItem = true;
                rest = Math.Min(text.Length, rest + 1);
                while (rest < text.Length && text[rest] == ' ')
                {
                    rest++;
                }
            }

            KeyStart = rest;
            var colon = text.IndexOf(": ", rest, StringComparison.Ordinal);
            if (colon < 0 && text.TrimEnd().EndsWith(':'))
            {
                colon = text.TrimEnd().Length - 1;
            }

            // A quoted text may hold ": " itself; that is no field name.
            if (colon > rest && text[rest] is not ('"' or '\''))
            {
                Key = text[rest..colon];
                var value = colon + 1;
                while (value < text.Length && text[value] == ' ')
                {
                    value++;
                }

                ValueStart = value < text.Length ? value : null;
            }
            else if (IsItem && rest < text.Length)
            {
                ValueStart = rest;
            }
        }

        public string Text { get; }

        public int Indent { get; }

        public bool IsItem { get; }

        /// <summary>Where the field name (or the item's text) starts, 0-based.</summary>
        public int KeyStart { get; }

        public string? Key { get; }

        public int? ValueStart { get; }

        public string Content => Text[Indent..].TrimEnd();

        public bool IsBlank => Text.AsSpan().Trim() is { Length: 0 } or ['#', ..];

        /// <summary>This line as it would read with another text after its field name or dash.</summary>
        public string WithValue(string value) => (Key is null ? "- " : $"{Key}: ") + value;
    }
}
