using System.Text;

namespace Spel.Scenarios.Decks;

/// <summary>One row of a spreadsheet saved as CSV: its number as the spreadsheet shows it (the header is row 1) and its cells.</summary>
internal sealed record CsvRow(int Number, IReadOnlyList<string> Cells)
{
    public string Cell(int index) => index < Cells.Count ? Cells[index].Trim() : "";

    public bool IsEmpty => Cells.All(string.IsNullOrWhiteSpace);
}

/// <summary>
/// Splits CSV text into rows the way a spreadsheet wrote them (RFC 4180): cells split by the separator the header line
/// uses (<c>;</c> from Dutch Excel, <c>,</c> elsewhere, a tab from "Unicode text"), a cell in double quotes may hold the
/// separator, line breaks and doubled quotes. A row is counted as the spreadsheet counts it, however many lines its
/// cells span.
/// </summary>
internal static class CsvRows
{
    public static char SeparatorOf(string text)
    {
        var counts = new Dictionary<char, int> { [';'] = 0, [','] = 0, ['\t'] = 0 };
        var quoted = false;
        foreach (var c in text)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && c is '\n' or '\r')
            {
                break;
            }
            else if (!quoted && counts.ContainsKey(c))
            {
                counts[c]++;
            }
        }

        // Most of one kind wins; Dutch Excel's ';' when the header has none at all (a single column).
        return counts.OrderByDescending(pair => pair.Value).ThenBy(pair => pair.Key == ';' ? 0 : 1).First().Key;
    }

    /// <summary>The rows, and the row where a quoted cell was never closed (null when every quote was).</summary>
    public static (IReadOnlyList<CsvRow> Rows, (int Row, int Column)? Unclosed) Split(string text, char separator)
    {
        var rows = new List<CsvRow>();
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        var quotedFrom = (Row: 0, Column: 0);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else if (c == '\r')
                {
                    // A line break in a cell is one '\n', however the file ends its lines.
                    cell.Append(i + 1 < text.Length && text[i + 1] == '\n' ? "" : "\n");
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"' && cell.Length == 0)
            {
                quoted = true;
                quotedFrom = (rows.Count + 1, cells.Count + 1);
            }
            else if (c == separator)
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else if (c is '\n' or '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                cells.Add(cell.ToString());
                cell.Clear();
                rows.Add(new CsvRow(rows.Count + 1, cells));
                cells = [];
            }
            else
            {
                cell.Append(c);
            }
        }

        if (cell.Length > 0 || cells.Count > 0 || quoted)
        {
            cells.Add(cell.ToString());
            rows.Add(new CsvRow(rows.Count + 1, cells));
        }

        return (rows, quoted ? quotedFrom : null);
    }
}
