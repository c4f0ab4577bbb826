using Spel.Scenarios.Decks;
using Spel.Scenarios.Play;

namespace Spel.Client.Board;

/// <summary>An answer's token as the painter placed it; (X, Y) is its centre.</summary>
public sealed record PlacedToken(RevealedAnswer Answer, double X, double Y, double Size);

/// <summary>A side's average as the painter placed it; (X, Y) is its centre.</summary>
public sealed record PlacedAverage(Side Side, double X, double Y, double Size);

/// <summary>The painted board: the frame to draw and where everything went.</summary>
public sealed record BoardPicture(
    CanvasBatch Batch,
    BoardField Field,
    IReadOnlyList<PlacedToken> Tokens,
    IReadOnlyList<PlacedAverage> Averages);

/// <summary>
/// Turns a reveal into one frame for the projector: the field, a token per answer, each side's average and the gap
/// between them. Pure and deterministic, so the same reveal always looks the same on every screen.
/// </summary>
public static class BoardPainter
{
    public const string TokenTag = "token";
    public const string AverageTag = "average";
    public const string GapTag = "gap";
    public const string LegendTag = "legend";

    private const string LabelFont = "600 25px system-ui, sans-serif";
    private const string TitleFont = "700 30px system-ui, sans-serif";
    private const string GapFont = "700 30px system-ui, sans-serif";
    private const double LabelLine = 29;

    /// <summary>A token's tag names its side; a token whose side is hidden (anonymous, small side) is tagged "room".</summary>
    public static string TagFor(string what, Side? side) => $"{what}:{side?.ToString() ?? "room"}";

    public static BoardPicture Paint(RevealView reveal, double width, double height, BoardLabels labels)
    {
        var field = new BoardField(
            Left: width * 0.2,
            Top: height * 0.12,
            Width: width * 0.78,
            Height: height * 0.72);
        var batch = new CanvasBatch()
            .Clear(width, height)
            .SetFill(BoardColors.Paper)
            .FillRect(0, 0, width, height);

        PaintLegend(batch, field, labels);
        PaintField(batch, field, labels);
        var tokens = PlaceTokens(reveal.Answers, field);

        // A white rim keeps neighbouring tokens apart even where the projector blurs them.
        batch.SetStroke(BoardColors.Paper).SetLineWidth(2);
        foreach (var token in tokens)
        {
            PaintShape(batch, token.Answer.Side, token.X, token.Y, token.Size, TagFor(TokenTag, token.Answer.Side));
        }

        var averages = PlaceAverages(reveal.Outcome, field);
        PaintGap(batch, averages, reveal.Outcome.Gap, labels);
        foreach (var average in averages)
        {
            PaintAverage(batch, average);
        }

        return new BoardPicture(batch, field, tokens, averages);
    }

    /// <summary>
    /// Gives each answer its own slot inside its cell (a small grid sized to the number of answers there), ordered by
    /// side and seat, so tokens never cover each other and a redraw puts them in the same place.
    /// </summary>
    public static IReadOnlyList<PlacedToken> PlaceTokens(IEnumerable<RevealedAnswer> answers, BoardField field)
    {
        var placed = new List<PlacedToken>();
        var cells = answers
            .GroupBy(a => (a.Eigenaarschap, a.Regie))
            .OrderBy(g => g.Key.Eigenaarschap)
            .ThenBy(g => g.Key.Regie);
        foreach (var cell in cells)
        {
            var bounds = field.Cell(cell.Key.Eigenaarschap, cell.Key.Regie);
            var inCell = cell.OrderBy(a => a.Side).ThenBy(a => a.SeatId, StringComparer.Ordinal).ToList();
            var padding = Math.Min(bounds.Width, bounds.Height) * 0.08;
            var innerWidth = bounds.Width - 2 * padding;
            var innerHeight = bounds.Height - 2 * padding;
            var columns = (int)Math.Ceiling(Math.Sqrt(inCell.Count * innerWidth / innerHeight));
            var rows = (int)Math.Ceiling(inCell.Count / (double)columns);
            var slotWidth = innerWidth / columns;
            var slotHeight = innerHeight / rows;
            var size = Math.Min(Math.Min(slotWidth, slotHeight) * 0.78, bounds.Height * 0.36);
            for (var i = 0; i < inCell.Count; i++)
            {
                placed.Add(new PlacedToken(
                    inCell[i],
                    bounds.X + padding + (i % columns + 0.5) * slotWidth,
                    bounds.Y + padding + (i / columns + 0.5) * slotHeight,
                    size));
            }
        }

        return placed;
    }

    public static IReadOnlyList<PlacedAverage> PlaceAverages(CardOutcome outcome, BoardField field)
    {
        var size = Math.Min(field.CellWidth, field.CellHeight) * 0.42;
        return new[] { outcome.Gemeente, outcome.Dorpsbelangen }
            .OfType<SideDistribution>()
            .Where(d => d.Side is not null && d.MeanEigenaarschap is not null && d.MeanRegie is not null)
            .Select(d =>
            {
                var (x, y) = field.PointFor(d.MeanEigenaarschap!.Value, d.MeanRegie!.Value);
                return new PlacedAverage(d.Side!.Value, x, y, size);
            })
            .ToList();
    }

    private static void PaintLegend(CanvasBatch batch, BoardField field, BoardLabels labels)
    {
        var y = field.Top * 0.45;
        var x = field.Left;
        batch.SetFont(TitleFont).SetTextAlign("left").SetStroke(BoardColors.Paper).SetLineWidth(2);
        foreach (var side in new[] { Side.Gemeente, Side.Dorpsbelangen })
        {
            PaintShape(batch, side, x + 14, y, 28, LegendTag);
            batch.SetFill(BoardColors.Ink).Text(x + 36, y - 14, labels.SideName(side), 300, LabelLine, LegendTag);
            x += 330;
        }

        batch.SetFill(BoardColors.Paper).SetStroke(BoardColors.Ink).SetLineWidth(5)
            .Circle(x + 20, y, 20, Brush.FillAndStroke, LegendTag)
            .SetFill(BoardColors.Ink).SetFont(LabelFont)
            .Text(x + 50, y - 12, labels.AverageLegend, field.Left + field.Width - x - 50, LabelLine, LegendTag);
    }

    private static void PaintField(CanvasBatch batch, BoardField field, BoardLabels labels)
    {
        foreach (var eigenaarschap in Enum.GetValues<Eigenaarschap>())
        {
            foreach (var regie in Enum.GetValues<Regie>())
            {
                var cell = field.Cell(eigenaarschap, regie);
                batch.SetFill(((int)eigenaarschap + (int)regie) % 2 == 0 ? BoardColors.CellLight : BoardColors.CellDark)
                    .FillRect(cell.X, cell.Y, cell.Width, cell.Height);
            }
        }

        batch.SetStroke(BoardColors.Grid).SetLineWidth(2).StrokeRect(field.Left, field.Top, field.Width, field.Height);

        batch.SetFill(BoardColors.Ink).SetFont(LabelFont).SetTextAlign("center");
        foreach (var eigenaarschap in Enum.GetValues<Eigenaarschap>())
        {
            var cell = field.Cell(eigenaarschap, Regie.VolledigGemeenschap);
            var text = $"{(int)eigenaarschap}. {labels.EigenaarschapSteps[(int)eigenaarschap - 1]}";
            batch.Text(cell.X + cell.Width / 2, field.Top + field.Height + 10, text, cell.Width - 16, LabelLine);
        }

        batch.SetTextAlign("right");
        foreach (var regie in Enum.GetValues<Regie>())
        {
            var cell = field.Cell(Eigenaarschap.Gemeenschap, regie);
            var text = $"{(int)regie}. {labels.RegieSteps[(int)regie - 1]}";
            batch.Text(field.Left - 14, cell.Y + cell.Height / 2 - LabelLine, text, field.Left - 28, LabelLine);
        }

        batch.SetFont(TitleFont)
            .Text(field.Left - 14, field.Top - 2 * LabelLine, $"{labels.RegieAxis} ↑", field.Left - 28, LabelLine)
            .SetTextAlign("center")
            .Text(field.Left + field.Width / 2, field.Top + field.Height + 3.6 * LabelLine, $"{labels.EigenaarschapAxis} →", field.Width, LabelLine);
    }

    private static void PaintShape(CanvasBatch batch, Side? side, double x, double y, double size, string tag)
    {
        var half = size / 2;
        batch.SetFill(BoardColors.For(side));
        if (side is null)
        {
            // Side hidden: a diamond, so it is not read as either side's square or circle.
            batch.Polygon([(x, y - half), (x + half, y), (x, y + half), (x - half, y)], Brush.FillAndStroke, tag);
        }
        else if (side == Side.Gemeente)
        {
            batch.Polygon([(x - half, y - half), (x + half, y - half), (x + half, y + half), (x - half, y + half)], Brush.FillAndStroke, tag);
        }
        else
        {
            batch.Circle(x, y, half, Brush.FillAndStroke, tag);
        }
    }

    private static void PaintAverage(CanvasBatch batch, PlacedAverage average)
    {
        batch.SetStroke(BoardColors.Ink).SetLineWidth(6);
        PaintShape(batch, average.Side, average.X, average.Y, average.Size, TagFor(AverageTag, average.Side));
        batch.SetStroke(BoardColors.Paper).SetLineWidth(2);
        PaintShape(batch, average.Side, average.X, average.Y, average.Size * 0.45, TagFor(AverageTag, average.Side) + ":mark");
    }

    private static void PaintGap(CanvasBatch batch, IReadOnlyList<PlacedAverage> averages, SideGap? gap, BoardLabels labels)
    {
        if (gap is null || averages.Count != 2)
        {
            return;
        }

        var (a, b) = (averages[0], averages[1]);
        batch.SetStroke(BoardColors.Ink).SetLineWidth(5).SetLineDash(16, 10)
            .Line(a.X, a.Y, b.X, b.Y, GapTag)
            .SetLineDash();

        // Beside the line's middle rather than on it, so the label does not hide the averages when they lie close.
        var (dx, dy) = (b.X - a.X, b.Y - a.Y);
        var length = Math.Sqrt(dx * dx + dy * dy);
        var (nx, ny) = length < 1 ? (0.0, 1.0) : (-dy / length, dx / length);
        if (ny < 0)
        {
            (nx, ny) = (-nx, -ny);
        }

        var offset = a.Size * 1.2;
        batch.SetFill(BoardColors.Paper).SetStroke(BoardColors.Ink).SetLineWidth(3).SetFont(GapFont)
            .Label((a.X + b.X) / 2 + nx * offset, (a.Y + b.Y) / 2 + ny * offset, labels.Gap(gap), 10, GapTag);
    }
}
