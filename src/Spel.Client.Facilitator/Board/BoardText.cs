namespace Spel.Client.Board;

/// <summary>
/// How wide the board's text is, worked out in .NET so the painter can lay labels out before anything reaches the
/// canvas (no measuring round trip through JS, and the layout is tested without a browser). The widths are DejaVu
/// Sans Bold's advance widths per character in em, rounded up to a hundredth: the widest system-ui a projector
/// laptop is likely to have (Linux's default; Segoe UI, San Francisco and Roboto Bold are narrower), so a text is
/// not wider than its estimate. Accented letters count as their base letter; anything outside Latin counts a full
/// em. <c>canvas.js</c> draws every line with this width as its maximum: should a font be wider after all, the
/// line is squeezed into its box instead of running out of it.
/// </summary>
public static class BoardText
{
    /// <summary>The board's one typeface, bold throughout, which is what the widths are measured for.</summary>
    public static string Font(double size) => $"700 {size:0.#}px system-ui, sans-serif";

    /// <summary>Lines sit this many font sizes apart.</summary>
    public const double LineSpacing = 1.2;

    public static double LineHeight(double size) => size * LineSpacing;

    public static double Width(string text, double size) => text.Sum(Em) * size;

    /// <summary>
    /// The text broken between words into lines no wider than <paramref name="maxWidth"/>; a single word wider than
    /// that stays whole on its own line (the caller shrinks the font or accepts the squeeze).
    /// </summary>
    public static IReadOnlyList<string> Wrap(string text, double size, double maxWidth)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = line.Length == 0 ? word : $"{line} {word}";
            if (line.Length > 0 && Width(candidate, size) > maxWidth)
            {
                lines.Add(line);
                line = word;
            }
            else
            {
                line = candidate;
            }
        }

        if (line.Length > 0)
        {
            lines.Add(line);
        }

        return lines;
    }

    /// <summary>The widest of the lines.</summary>
    public static double Width(IEnumerable<string> lines, double size) => lines.Select(l => Width(l, size)).DefaultIfEmpty(0).Max();

    // DejaVu Sans Bold, ' ' (32) to '~' (126).
    private static readonly double[] Ascii =
    [
        0.35, 0.46, 0.53, 0.84, 0.70, 1.01, 0.88, 0.31, 0.46, 0.46, 0.53, 0.84, 0.38, 0.42, 0.38, 0.37,
        0.70, 0.70, 0.70, 0.70, 0.70, 0.70, 0.70, 0.70, 0.70, 0.70, 0.40, 0.40, 0.84, 0.84, 0.84, 0.59,
        1.00, 0.78, 0.77, 0.74, 0.84, 0.69, 0.69, 0.83, 0.84, 0.38, 0.38, 0.78, 0.64, 1.00, 0.84, 0.86,
        0.74, 0.86, 0.78, 0.73, 0.69, 0.82, 0.78, 1.11, 0.78, 0.73, 0.73, 0.46, 0.37, 0.46, 0.84, 0.50,
        0.50, 0.68, 0.72, 0.60, 0.72, 0.68, 0.44, 0.72, 0.72, 0.35, 0.35, 0.67, 0.35, 1.05, 0.72, 0.69,
        0.72, 0.72, 0.50, 0.60, 0.48, 0.72, 0.66, 0.93, 0.65, 0.66, 0.59, 0.72, 0.37, 0.72, 0.84,
    ];

    private static double Em(char c) => c switch
    {
        >= ' ' and <= '~' => Ascii[c - ' '],
        '·' => 0.38,
        '→' or '↑' => 0.84,
        '…' => 1.0,
        '–' => 0.5,
        _ when Base(c) != c => Em(Base(c)),
        // Anything else (symbols, other scripts) as a full em: too wide costs room, too narrow would overlap.
        _ => 1.0,
    };

    /// <summary>The letter under an accent ('e' for 'ë'), or the character itself.</summary>
    private static char Base(char c)
    {
        var decomposed = c.ToString().Normalize(System.Text.NormalizationForm.FormD);
        return decomposed.Length > 1 && decomposed[0] is >= ' ' and <= '~' ? decomposed[0] : c;
    }
}
