using System.Globalization;
using System.Text;

namespace Spel.Scenarios.Play;

/// <summary>
/// What people type (names, table names, agreements) before a session keeps it. Spaces of every kind become one
/// plain space and the text is put in Unicode's composed form (NFC), so "José" typed two ways is one name. Text
/// that holds characters a screen would not show as typed — control characters, direction overrides, zero-width
/// and other invisible characters — is refused rather than quietly changed, so the person sees why and retypes it.
/// </summary>
public static class UserText
{
    /// <summary>The joiner between the parts of an emoji such as a family; allowed only between two symbols.</summary>
    private const char ZeroWidthJoiner = '\u200D';

    /// <summary>
    /// The tidied text (empty when blank), or null when it holds a character that is not allowed. A single-line
    /// text allows no line breaks; a multi-line one keeps its line breaks as "\n" and tidies each line.
    /// </summary>
    public static string? Clean(string? text, bool multiline = false)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        if (lines.Length > 1 && !multiline)
        {
            return null;
        }

        var tidied = new List<string>(lines.Length);
        foreach (var line in lines)
        {
            if (TidyLine(line) is not { } tidy)
            {
                return null;
            }

            tidied.Add(tidy);
        }

        return string.Join('\n', tidied).Trim('\n').Normalize(NormalizationForm.FormC);
    }

    private static string? TidyLine(string line)
    {
        var builder = new StringBuilder(line.Length);
        var pendingSpace = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (char.IsWhiteSpace(c) && !IsLineBreak(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (!IsShown(line, i))
            {
                return null;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    private static bool IsLineBreak(char c) => c is '\r' or '\u2028' or '\u2029' or '\u0085' or '\v' or '\f';

    private static bool IsShown(string line, int index)
    {
        var c = line[index];
        switch (char.GetUnicodeCategory(c))
        {
            case UnicodeCategory.Control:
            case UnicodeCategory.PrivateUse:
            case UnicodeCategory.OtherNotAssigned:
            case UnicodeCategory.LineSeparator:
            case UnicodeCategory.ParagraphSeparator:
                return false;
            case UnicodeCategory.Format:
                // Bidi overrides and isolates, zero-width spaces, word joiners, soft hyphens, byte order marks:
                // all change or hide what is on screen. Only an emoji's joiner between two symbols is kept.
                return c == ZeroWidthJoiner && index > 0 && index < line.Length - 1
                    && IsSymbolPart(line[index - 1]) && IsSymbolPart(line[index + 1]);
            case UnicodeCategory.Surrogate:
                return char.IsSurrogatePair(line, index) || (index > 0 && char.IsSurrogatePair(line, index - 1));
            default:
                return true;
        }
    }

    private static bool IsSymbolPart(char c) =>
        char.IsSurrogate(c) || char.GetUnicodeCategory(c) is UnicodeCategory.OtherSymbol or UnicodeCategory.NonSpacingMark;
}
