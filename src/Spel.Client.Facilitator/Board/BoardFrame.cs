using Spel.Scenarios.Decks;

namespace Spel.Client.Board;

/// <summary>
/// The board's fixed parts for one box and one set of words: the text size, the legend along the top, the regie
/// steps on the left, the eigenaarschap steps under the field, the axis titles, room for the key of names, and the
/// field in what is left. Texts wrap between words within their room; when they still do not fit, the whole board's
/// text shrinks a step, down to <see cref="BoardPainter.MinimumTextSize"/>, and the left column widens.
/// </summary>
internal sealed record BoardFrame(
    double Width,
    double Height,
    double TextSize,
    double Padding,
    BoardField Field,
    IReadOnlyList<BoardFrame.LegendItem> Legend,
    IReadOnlyList<(PlacedLabel Label, string Align)> AxisTexts,
    int KeyLines,
    bool Fits)
{
    /// <summary>A legend entry: its marker's centre and size, and its text's box (no side: the average's marker).</summary>
    internal sealed record LegendItem(Side? Side, double MarkX, double MarkY, double MarkSize, string Text, Box Box);

    /// <summary>Titles (the gap, the axes) are a little larger than the rest.</summary>
    public double TitleSize => TextSize * 1.15;

    /// <summary>The last resort for a box far smaller than the board is made for.</summary>
    public const double SmallestText = 14;

    private static readonly double[] LeftColumnShares = [0.25, 0.2, 0.23, 0.18];

    /// <summary>
    /// The largest text that fits, with the first left column that lets it. In a box smaller than
    /// <see cref="BoardPainter.MinimumBoxWidth"/> by <see cref="BoardPainter.MinimumBoxHeight"/> the text may go
    /// below <see cref="BoardPainter.MinimumTextSize"/> (small text still beats texts over each other), down to
    /// <see cref="SmallestText"/>; below that the smallest text with the widest column, <see cref="Fits"/> false.
    /// </summary>
    public static BoardFrame For(double width, double height, BoardLabels labels, bool sidesHidden, int keyLines)
    {
        var scale = Math.Min(width / BoardPainter.ReferenceWidth, height / BoardPainter.ReferenceHeight);
        var largest = Math.Max(BoardPainter.MinimumTextSize, Math.Round(26 * scale));
        BoardFrame? last = null;
        for (var size = largest; size >= SmallestText; size--)
        {
            foreach (var share in LeftColumnShares)
            {
                var frame = Try(width, height, labels, sidesHidden, keyLines, size, share);
                if (frame.Fits)
                {
                    return frame;
                }

                last = frame;
            }
        }

        return last!;
    }

    private static BoardFrame Try(double width, double height, BoardLabels labels, bool sidesHidden, int keyLines, double size, double leftShare)
    {
        var padding = size / 2;
        var line = BoardText.LineHeight(size);
        var title = size * 1.15;
        var titleLine = BoardText.LineHeight(title);
        var left = Math.Round(width * leftShare);
        var fieldWidth = width - padding - left;
        var cellWidth = fieldWidth / BoardField.Columns;
        var fits = true;

        var legend = LayLegend(labels, sidesHidden, size, left, width - padding, padding / 2);
        var regieTitle = BoardText.Wrap($"{labels.RegieAxis} ↑", title, left - 2 * padding);
        var regieTitleHeight = regieTitle.Count * titleLine;
        var legendHeight = legend.Count == 0 ? 0 : legend.Max(i => i.Box.Bottom);
        var top = Math.Max(legendHeight, padding / 2 + regieTitleHeight) + padding;

        var steps = Enum.GetValues<Eigenaarschap>()
            .Select(e => BoardText.Wrap($"{(int)e}. {labels.EigenaarschapSteps[(int)e - 1]}", size, cellWidth - padding / 2))
            .ToList();
        var stepLines = steps.Max(s => s.Count);
        var eigenaarschapTitle = BoardText.Wrap($"{labels.EigenaarschapAxis} →", title, fieldWidth);
        var keyHeight = keyLines * line + (keyLines > 0 ? padding : 0);
        var bottom = padding / 2 + stepLines * line + padding / 2 + eigenaarschapTitle.Count * titleLine + padding / 2 + keyHeight;
        var field = new BoardField(left, top, fieldWidth, height - top - bottom);
        fits &= field.Height > 0;

        var axis = new List<(PlacedLabel, string)>();
        var regieWidth = left - 2 * padding;
        foreach (var regie in Enum.GetValues<Regie>())
        {
            var lines = BoardText.Wrap($"{(int)regie}. {labels.RegieSteps[(int)regie - 1]}", size, regieWidth);
            var cell = field.Cell(Eigenaarschap.Gemeenschap, regie);
            var textHeight = lines.Count * line;
            fits &= textHeight <= cell.Height && BoardText.Width(lines, size) <= regieWidth;
            var box = new Box(left - padding - regieWidth, cell.Y + (cell.Height - textHeight) / 2, regieWidth, textHeight);
            axis.Add((Label(lines, box, size), "right"));
        }

        foreach (var eigenaarschap in Enum.GetValues<Eigenaarschap>())
        {
            var lines = steps[(int)eigenaarschap - 1];
            var cell = field.Cell(eigenaarschap, Regie.VolledigGemeenschap);
            fits &= BoardText.Width(lines, size) <= cellWidth - padding / 2;
            var box = new Box(cell.X + padding / 4, field.Top + field.Height + padding / 2, cellWidth - padding / 2, lines.Count * line);
            axis.Add((Label(lines, box, size), "center"));
        }

        axis.Add((Label(regieTitle, new Box(padding, field.Top - padding / 2 - regieTitleHeight, left - 2 * padding, regieTitleHeight), title), "right"));
        var eigenaarschapTop = field.Top + field.Height + padding / 2 + stepLines * line + padding / 2;
        axis.Add((Label(eigenaarschapTitle, new Box(left, eigenaarschapTop, fieldWidth, eigenaarschapTitle.Count * titleLine), title), "center"));
        fits &= BoardText.Width(regieTitle, title) <= left - 2 * padding && BoardText.Width(eigenaarschapTitle, title) <= fieldWidth;

        // Rows so low that a token could not be seen beside its name are no board.
        fits &= field.CellHeight >= 2.5 * line;
        return new BoardFrame(width, height, size, padding, field, legend, axis, keyLines, fits);
    }

    private static PlacedLabel Label(IReadOnlyList<string> lines, Box box, double size) =>
        new(string.Join('\n', lines), box, size, BoardPainter.AxisTag);

    /// <summary>The legend's entries flowing left to right from <paramref name="from"/>, onto a next line when one does not fit.</summary>
    private static List<LegendItem> LayLegend(BoardLabels labels, bool sidesHidden, double size, double from, double to, double top)
    {
        var entries = sidesHidden
            ? new List<(Side?, string)> { (null, labels.HiddenSide) }
            : [(Side.Gemeente, labels.Gemeente), (Side.Dorpsbelangen, labels.Dorpsbelangen), (null, labels.AverageLegend)];
        var line = BoardText.LineHeight(size);
        var mark = size * 1.1;
        var gap = size * 0.35;
        var items = new List<LegendItem>();
        var (x, y) = (from, top);
        var rowHeight = line;
        foreach (var (side, text) in entries)
        {
            var room = to - from - mark - gap;
            var lines = BoardText.Wrap(text, size, room);
            var textWidth = Math.Min(BoardText.Width(lines, size), room);
            if (x > from && x + mark + gap + textWidth > to)
            {
                (x, y) = (from, y + rowHeight + size * 0.3);
                rowHeight = line;
            }

            var height = lines.Count * line;
            rowHeight = Math.Max(rowHeight, height);
            items.Add(new LegendItem(side, x + mark / 2, y + line / 2, mark, string.Join('\n', lines), new Box(x + mark + gap, y, textWidth, height)));
            x += mark + gap + textWidth + size;
        }

        return items;
    }
}
