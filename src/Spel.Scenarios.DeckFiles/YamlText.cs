using System.Globalization;
using System.Text;

namespace Spel.Scenarios.Decks;

/// <summary>
/// Builds block-style YAML line by line, choosing for every text the plainest way to write it that the deck reader
/// reads back exactly: plain, in double quotes, folded (<c>&gt;</c>) when long, or literal (<c>|</c>) when it has
/// line breaks.
/// </summary>
internal sealed class YamlText
{
    // A plain or quoted line may run this long; a longer text becomes a folded block.
    private const int MaxLineLength = 120;

    // Folded blocks wrap a little shorter, so they read comfortably in any editor.
    private const int FoldWidth = 100;

    private readonly StringBuilder _yaml = new();

    // Set by Item: the next line starts a list item, so it gets "- " in front.
    private bool _itemStarts;

    /// <summary>
    /// <c>name: text</c>, the text written the way that keeps it exactly. No text (a deck from the editor's JSON may
    /// leave one out) is written as empty text, which the reader reports as the field being empty.
    /// </summary>
    public void Field(int indent, string name, string? text)
    {
        StartLine(indent);
        _yaml.Append(name).Append(':');
        AppendText(text ?? "", indent + name.Length + 1, indent + 2);
    }

    /// <summary><c>name: word</c> for a word of the format (such as <c>true</c>), which never needs quotes.</summary>
    public void WordField(int indent, string name, string word)
    {
        StartLine(indent);
        _yaml.Append(name).Append(": ").Append(word).Append('\n');
    }

    /// <summary><c>name: [a, b]</c> for words from the vocabulary, which never need quotes.</summary>
    public void WordsField(int indent, string name, IEnumerable<string> words)
    {
        StartLine(indent);
        _yaml.Append(name).Append(": [").AppendJoin(", ", words).Append(']').Append('\n');
    }

    /// <summary>
    /// <c>name:</c> and below it one <c>- </c> item per element, written by <paramref name="writeItem"/>. A missing
    /// element (null in the editor's JSON) is written as an empty block, so the reader reports its fields as missing
    /// and every later element keeps its index.
    /// </summary>
    public void ListField<T>(int indent, string name, IReadOnlyList<T> items, Action<T> writeItem)
    {
        ListStart(indent, name, items.Count);
        foreach (var item in items)
        {
            if (item is null)
            {
                _yaml.Append(' ', indent + 2).Append("- {}\n");
                continue;
            }

            _itemStarts = true;
            writeItem(item);
        }
    }

    /// <summary><c>name:</c> and below it one <c>- text</c> line per text.</summary>
    public void TextListField(int indent, string name, IReadOnlyList<string?> texts)
    {
        ListStart(indent, name, texts.Count);
        foreach (var text in texts)
        {
            _yaml.Append(' ', indent + 2).Append('-');
            AppendText(text ?? "", indent + 3, indent + 4);
        }
    }

    public void BlankLine() => _yaml.Append('\n');

    public override string ToString() => _yaml.ToString();

    private void ListStart(int indent, string name, int count)
    {
        StartLine(indent);
        _yaml.Append(name).Append(count == 0 ? ": []\n" : ":\n");
    }

    private void StartLine(int indent)
    {
        if (_itemStarts)
        {
            _yaml.Append(' ', indent - 2).Append("- ");
            _itemStarts = false;
        }
        else
        {
            _yaml.Append(' ', indent);
        }
    }

    /// <summary>Appends the text after a field name or dash (which end at <paramref name="column"/>), and ends the line or the block.</summary>
    private void AppendText(string text, int column, int blockIndent)
    {
        if (!FitsABlock(text))
        {
            _yaml.Append(' ').Append(DoubleQuoted(text)).Append('\n');
        }
        else if (text.Contains('\n'))
        {
            _yaml.Append(" |\n");
            foreach (var line in text.Split('\n'))
            {
                AppendBlockLine(blockIndent, line);
            }
        }
        else if (column + 1 + text.Length <= MaxLineLength)
        {
            _yaml.Append(' ').Append(IsPlainSafe(text) ? text : DoubleQuoted(text)).Append('\n');
        }
        else
        {
            _yaml.Append(" >\n");
            foreach (var line in Fold(text, FoldWidth - blockIndent))
            {
                AppendBlockLine(blockIndent, line);
            }
        }
    }

    private void AppendBlockLine(int indent, string line)
    {
        if (line.Length > 0)
        {
            _yaml.Append(' ', indent).Append(line);
        }

        _yaml.Append('\n');
    }

    /// <summary>
    /// Breaks a one-line text into lines of about <paramref name="width"/>, only at a single space between two
    /// other characters: reading folds exactly those line breaks back into a space, and nothing else.
    /// </summary>
    private static IEnumerable<string> Fold(string text, int width)
    {
        var breakPoints = Enumerable.Range(1, Math.Max(0, text.Length - 2))
            .Where(i => text[i] == ' ' && text[i - 1] != ' ' && text[i + 1] != ' ');
        var start = 0;
        var previous = -1;
        foreach (var end in breakPoints.Append(text.Length))
        {
            if (end - start > width && previous > start)
            {
                yield return text[start..previous];
                start = previous + 1;
            }

            previous = end;
        }

        yield return text[start..];
    }

    /// <summary>
    /// Whether a block scalar keeps the text exactly: no leading or trailing white space (the reader trims, and a
    /// block's first line sets its indentation), no white space at the end of a line, no blank line made of spaces,
    /// and no character YAML would read as a line break or cannot show.
    /// </summary>
    private static bool FitsABlock(string text) =>
        text.Length > 0
        && !char.IsWhiteSpace(text[0])
        && !char.IsWhiteSpace(text[^1])
        && text.All(c => c == '\n' || IsOrdinary(c))
        && text.Split('\n').All(line => line.Length == 0 || !char.IsWhiteSpace(line[^1]));

    /// <summary>Plain text, read back as the same text: starts with a letter or digit and holds nothing YAML reads as syntax.</summary>
    private static bool IsPlainSafe(string text) =>
        char.IsLetterOrDigit(text[0])
        && text.All(IsOrdinary)
        && !text.Contains(": ", StringComparison.Ordinal)
        && !text.Contains(" #", StringComparison.Ordinal)
        && !text.EndsWith(':')
        && text is not ("null" or "Null" or "NULL");

    // A space or a visible character; tabs, other spaces and line or paragraph separators go in double quotes.
    private static bool IsOrdinary(char c) =>
        c == ' ' || !char.IsWhiteSpace(c) && !char.IsControl(c) && c != '\uFEFF';

    private static string DoubleQuoted(string text)
    {
        var quoted = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            quoted.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\t' => "\\t",
                '\r' => "\\r",
                '\u0085' => "\\N",
                '\u2028' => "\\L",
                '\u2029' => "\\P",
                _ when char.IsControl(c) || c == '\uFEFF' => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        return quoted.Append('"').ToString();
    }
}
