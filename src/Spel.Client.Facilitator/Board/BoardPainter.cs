using Spel.Scenarios.Decks;
using Spel.Scenarios.Play;

namespace Spel.Client.Board;

/// <summary>
/// An answer's token as the painter placed it: (X, Y) is its centre in this frame, (FromX, FromY) where the first
/// vote put it and (ToX, ToY) where the second vote puts it (the same spot when it did not move).
/// </summary>
public sealed record PlacedToken(RevealedAnswer Answer, double X, double Y, double Size, double FromX, double FromY, double ToX, double ToY)
{
    public bool Moves => FromX != ToX || FromY != ToY;
}

/// <summary>A side's average as the painter placed it; (X, Y) is its centre.</summary>
public sealed record PlacedAverage(Side Side, double X, double Y, double Size);

/// <summary>
/// Wisselperspectief: where <see cref="Side"/> expected the other side on average, (X, Y), and where the other side's
/// real average lies, (ActualX, ActualY).
/// </summary>
public sealed record PlacedPrediction(Side Side, double X, double Y, double ActualX, double ActualY, double Size);

/// <summary>The painted board: the frame to draw and where everything went.</summary>
public sealed record BoardPicture(
    CanvasBatch Batch,
    BoardField Field,
    IReadOnlyList<PlacedToken> Tokens,
    IReadOnlyList<PlacedAverage> Averages,
    IReadOnlyList<PlacedPrediction> Predictions);

/// <summary>
/// Turns a reveal into one frame for the projector: the field, a token per answer, each side's average and the gap
/// between them, each side's prediction of the other, and after a re-vote the way each token moved. Pure and
/// deterministic, so the same reveal always looks the same on every screen.
/// </summary>
public static class BoardPainter
{
    public const string TokenTag = "token";
    public const string AverageTag = "average";
    public const string GapTag = "gap";
    public const string LegendTag = "legend";
    public const string PredictionTag = "prediction";
    public const string TrailTag = "trail";

    private const string LabelFont = "600 25px system-ui, sans-serif";
    private const string TitleFont = "700 30px system-ui, sans-serif";
    private const string GapFont = "700 30px system-ui, sans-serif";
    private const double LabelLine = 29;
    private const double GapLabelHalfWidth = 300;

    /// <summary>A shape's tag names its side; one whose side is hidden (anonymous, small side) is tagged "room".</summary>
    public static string TagFor(string what, Side? side) => $"{what}:{side?.ToString() ?? "room"}";

    /// <summary>
    /// Paints the board. <paramref name="progress"/> (0..1) is how far the re-voted tokens have travelled from
    /// their first to their second vote; without second votes it changes nothing.
    /// </summary>
    public static BoardPicture Paint(RevealView reveal, double width, double height, BoardLabels labels, double progress = 1)
    {
        progress = Math.Clamp(progress, 0, 1);
        var field = new BoardField(
            Left: width * 0.2,
            Top: height * 0.12,
            Width: width * 0.78,
            Height: height * 0.72);
        var batch = new CanvasBatch()
            .Clear(width, height)
            .SetFill(BoardColors.Paper)
            .FillRect(0, 0, width, height);

        var sidesHidden = reveal.Outcome.SplitHidden || reveal.Answers.Any(a => a.Side is null);
        PaintLegend(batch, field, labels, sidesHidden);
        PaintField(batch, field, labels);
        var tokens = PlaceTokens(reveal.Answers, field, progress);
        PaintTrails(batch, tokens);

        // A white rim keeps neighbouring tokens apart even where the projector blurs them.
        batch.SetStroke(BoardColors.Paper).SetLineWidth(2).SetLineDash();
        foreach (var token in tokens)
        {
            PaintShape(batch, token.Answer.Side, token.X, token.Y, token.Size, TagFor(TokenTag, token.Answer.Side));
        }

        var averages = PlaceAverages(reveal, field, progress);
        var predictions = PlacePredictions(reveal, field);
        PaintPredictionMarks(batch, predictions);
        PaintGap(batch, field, averages, GapBetween(reveal, progress), labels);
        foreach (var average in averages)
        {
            PaintAverage(batch, average);
        }

        PaintPredictionLabels(batch, predictions, labels);
        return new BoardPicture(batch, field, tokens, averages, predictions);
    }

    /// <summary>
    /// Gives each answer its own slot inside its cell (a small grid sized to the answers there), ordered by side and
    /// seat, so tokens never cover each other and a redraw puts them in the same place. After a re-vote a cell keeps a
    /// slot for everyone who stood there at either vote, so a token that did not move stays exactly where it was and
    /// one that arrives never lands on another; <paramref name="progress"/> places moving tokens between their slots.
    /// </summary>
    public static IReadOnlyList<PlacedToken> PlaceTokens(IEnumerable<RevealedAnswer> answers, BoardField field, double progress = 1)
    {
        var list = answers.ToList();
        var occupants = new Dictionary<Position, List<(RevealedAnswer Answer, bool Arrives)>>();
        foreach (var answer in list)
        {
            Occupants(occupants, First(answer)).Add((answer, false));
        }

        foreach (var answer in list.Where(Moves))
        {
            Occupants(occupants, Second(answer)).Add((answer, true));
        }

        var slots = new Dictionary<(string SeatId, bool Arrives), (double X, double Y, double Size)>();
        foreach (var (cell, inCell) in occupants)
        {
            var ordered = inCell
                .OrderBy(o => o.Arrives)
                .ThenBy(o => o.Answer.Side)
                .ThenBy(o => o.Answer.SeatId, StringComparer.Ordinal)
                .ToList();
            var bounds = field.Cell(cell.Eigenaarschap, cell.Regie);
            var padding = Math.Min(bounds.Width, bounds.Height) * 0.08;
            var innerWidth = bounds.Width - 2 * padding;
            var innerHeight = bounds.Height - 2 * padding;
            var columns = (int)Math.Ceiling(Math.Sqrt(ordered.Count * innerWidth / innerHeight));
            var rows = (int)Math.Ceiling(ordered.Count / (double)columns);
            var slotWidth = innerWidth / columns;
            var slotHeight = innerHeight / rows;
            var size = Math.Min(Math.Min(slotWidth, slotHeight) * 0.78, bounds.Height * 0.36);
            for (var i = 0; i < ordered.Count; i++)
            {
                slots[(ordered[i].Answer.SeatId, ordered[i].Arrives)] = (
                    bounds.X + padding + (i % columns + 0.5) * slotWidth,
                    bounds.Y + padding + (i / columns + 0.5) * slotHeight,
                    size);
            }
        }

        return list
            .OrderBy(a => a.Eigenaarschap)
            .ThenBy(a => a.Regie)
            .ThenBy(a => a.Side)
            .ThenBy(a => a.SeatId, StringComparer.Ordinal)
            .Select(answer =>
            {
                var from = slots[(answer.SeatId, false)];
                var to = Moves(answer) ? slots[(answer.SeatId, true)] : from;
                return new PlacedToken(
                    answer,
                    Between(from.X, to.X, progress),
                    Between(from.Y, to.Y, progress),
                    Between(from.Size, to.Size, progress),
                    from.X,
                    from.Y,
                    to.X,
                    to.Y);
            })
            .ToList();
    }

    /// <summary>
    /// Each side's average, only when the split by side is shown. After a re-vote the average travels with its
    /// side's tokens, so at the end it sits among the second votes it summarises.
    /// </summary>
    public static IReadOnlyList<PlacedAverage> PlaceAverages(RevealView reveal, BoardField field, double progress = 1)
    {
        var size = AverageSize(field);
        return SideMeans(reveal, progress)
            .Select(mean =>
            {
                var (x, y) = field.PointFor(mean.Eigenaarschap, mean.Regie);
                return new PlacedAverage(mean.Side, x, y, size);
            })
            .ToList();
    }

    /// <summary>
    /// Wisselperspectief: each predicting side's average prediction. Left out once second votes are shown: then the
    /// board is about who moved, and the first-vote averages the predictions are measured against have moved on.
    /// </summary>
    public static IReadOnlyList<PlacedPrediction> PlacePredictions(RevealView reveal, BoardField field)
    {
        if (reveal.Outcome.SplitHidden || reveal.Answers.Any(a => a.Revote is not null))
        {
            return [];
        }

        var size = AverageSize(field);
        return reveal.Predictions
            .OrderBy(p => p.Side)
            .Select(p =>
            {
                var (x, y) = field.PointFor(p.PredictedEigenaarschap, p.PredictedRegie);
                var (actualX, actualY) = field.PointFor(p.ActualEigenaarschap, p.ActualRegie);
                return new PlacedPrediction(p.Side, x, y, actualX, actualY, size);
            })
            .ToList();
    }

    /// <summary>
    /// Each side's mean position, only when the split by side is shown. After a re-vote it travels with the side's
    /// tokens (seats that stayed count where they stand), so at the end it sits among the votes it summarises.
    /// </summary>
    private static IReadOnlyList<(Side Side, double Eigenaarschap, double Regie)> SideMeans(RevealView reveal, double progress)
    {
        if (reveal.Outcome.SplitHidden)
        {
            return [];
        }

        return new[] { reveal.Outcome.Gemeente, reveal.Outcome.Dorpsbelangen }
            .OfType<SideDistribution>()
            .Where(d => d.Side is not null && d.MeanEigenaarschap is not null && d.MeanRegie is not null)
            .Select(d =>
            {
                var side = reveal.Answers.Where(a => a.Side == d.Side).ToList();
                var shiftE = side.Count == 0 ? 0 : side.Average(a => (int)Second(a).Eigenaarschap - (int)a.Eigenaarschap);
                var shiftR = side.Count == 0 ? 0 : side.Average(a => (int)Second(a).Regie - (int)a.Regie);
                return (d.Side!.Value, d.MeanEigenaarschap!.Value + shiftE * progress, d.MeanRegie!.Value + shiftR * progress);
            })
            .ToList();
    }

    /// <summary>
    /// The gap as the server measured it; while and after second votes move the averages, the gap between the
    /// averages as they stand, measured the same way (each axis scaled to 0..1, 1 between opposite corners).
    /// </summary>
    private static SideGap? GapBetween(RevealView reveal, double progress)
    {
        var means = SideMeans(reveal, progress);
        if (reveal.Outcome.Gap is null || means.Count != 2 || !reveal.Answers.Any(Moves))
        {
            return reveal.Outcome.Gap;
        }

        return SideGap.Between(means[0].Eigenaarschap, means[0].Regie, means[1].Eigenaarschap, means[1].Regie);
    }

    private static List<(RevealedAnswer Answer, bool Arrives)> Occupants(
        Dictionary<Position, List<(RevealedAnswer Answer, bool Arrives)>> occupants,
        Position cell)
    {
        if (!occupants.TryGetValue(cell, out var list))
        {
            list = [];
            occupants[cell] = list;
        }

        return list;
    }

    private static Position First(RevealedAnswer answer) => new(answer.Eigenaarschap, answer.Regie);

    private static Position Second(RevealedAnswer answer) => answer.Revote ?? First(answer);

    private static bool Moves(RevealedAnswer answer) => Second(answer) != First(answer);

    private static double Between(double from, double to, double progress) => from + (to - from) * progress;

    private static double AverageSize(BoardField field) => Math.Min(field.CellWidth, field.CellHeight) * 0.42;

    private static void PaintLegend(CanvasBatch batch, BoardField field, BoardLabels labels, bool sidesHidden)
    {
        var y = field.Top * 0.45;
        var x = field.Left;
        batch.SetFont(TitleFont).SetTextAlign("left").SetStroke(BoardColors.Paper).SetLineWidth(2);
        if (sidesHidden)
        {
            // Without sides there are no averages either: the diamond is all there is to explain.
            PaintShape(batch, null, x + 14, y, 28, LegendTag);
            batch.SetFill(BoardColors.Ink).Text(x + 36, y - 14, labels.HiddenSide, field.Width - 36, LabelLine, LegendTag);
            return;
        }

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

    /// <summary>
    /// Where a re-voted token came from: a faint dashed outline on its first spot and a faint line to where it is now,
    /// under the tokens, so the eye follows the move without losing the tokens themselves.
    /// </summary>
    private static void PaintTrails(CanvasBatch batch, IReadOnlyList<PlacedToken> tokens)
    {
        foreach (var token in tokens.Where(t => t.Moves))
        {
            var tag = TagFor(TrailTag, token.Answer.Side);
            batch.SetStroke(BoardColors.Faint(token.Answer.Side)).SetLineWidth(3).SetLineDash()
                .Line(token.FromX, token.FromY, token.X, token.Y, tag)
                .SetLineDash(6, 5);
            PaintShape(batch, token.Answer.Side, token.FromX, token.FromY, token.Size, tag, Brush.Stroke);
        }

        batch.SetLineDash();
    }

    private static void PaintShape(CanvasBatch batch, Side? side, double x, double y, double size, string tag, Brush brush = Brush.FillAndStroke)
    {
        var half = size / 2;
        batch.SetFill(BoardColors.For(side));
        if (side is null)
        {
            // Side hidden: a diamond, so it is not read as either side's square or circle.
            batch.Polygon([(x, y - half), (x + half, y), (x, y + half), (x - half, y)], brush, tag);
        }
        else if (side == Side.Gemeente)
        {
            batch.Polygon([(x - half, y - half), (x + half, y - half), (x + half, y + half), (x - half, y + half)], brush, tag);
        }
        else
        {
            batch.Circle(x, y, half, brush, tag);
        }
    }

    private static void PaintAverage(CanvasBatch batch, PlacedAverage average)
    {
        batch.SetStroke(BoardColors.Ink).SetLineWidth(6);
        PaintShape(batch, average.Side, average.X, average.Y, average.Size, TagFor(AverageTag, average.Side));
        batch.SetStroke(BoardColors.Paper).SetLineWidth(2);
        PaintShape(batch, average.Side, average.X, average.Y, average.Size * 0.45, TagFor(AverageTag, average.Side) + ":mark");
    }

    /// <summary>
    /// A side's prediction as its own shape, hollow and dashed (a guess, not an answer), with a thin line to the
    /// other side's real average: the length of that line is how far off the guess was.
    /// </summary>
    private static void PaintPredictionMarks(CanvasBatch batch, IReadOnlyList<PlacedPrediction> predictions)
    {
        foreach (var prediction in predictions)
        {
            var tag = TagFor(PredictionTag, prediction.Side);
            batch.SetStroke(BoardColors.TextFor(prediction.Side)).SetLineWidth(3).SetLineDash()
                .Line(prediction.X, prediction.Y, prediction.ActualX, prediction.ActualY, tag + ":line")
                .SetStroke(BoardColors.For(prediction.Side)).SetLineWidth(6).SetLineDash(12, 8);
            PaintShape(batch, prediction.Side, prediction.X, prediction.Y, prediction.Size, tag, Brush.Stroke);
            batch.SetLineDash();
        }
    }

    private static void PaintPredictionLabels(CanvasBatch batch, IReadOnlyList<PlacedPrediction> predictions, BoardLabels labels)
    {
        batch.SetFont(LabelFont).SetLineWidth(2).SetLineDash();
        foreach (var prediction in predictions)
        {
            // On the side of the shape away from the real average, so the label covers neither the line nor that average.
            var offset = prediction.Size / 2 + 30;
            var y = prediction.ActualY < prediction.Y ? prediction.Y + offset : prediction.Y - offset;
            batch.SetFill(BoardColors.Paper).SetStroke(BoardColors.TextFor(prediction.Side))
                .Label(prediction.X, y, labels.Prediction(prediction.Side), 8, TagFor(PredictionTag, prediction.Side) + ":label");
        }
    }

    private static void PaintGap(CanvasBatch batch, BoardField field, IReadOnlyList<PlacedAverage> averages, SideGap? gap, BoardLabels labels)
    {
        if (gap is null || averages.Count != 2)
        {
            return;
        }

        var (a, b) = (averages[0], averages[1]);
        batch.SetStroke(BoardColors.Ink).SetLineWidth(5).SetLineDash(16, 10)
            .Line(a.X, a.Y, b.X, b.Y, GapTag)
            .SetLineDash();

        // Clear of both averages and of the line: under the lower average, or over the higher one at the field's foot.
        // The label is about 600 px wide, so its centre keeps that half width from the field's edges.
        var below = Math.Max(a.Y, b.Y) + a.Size / 2 + 40;
        var y = below <= field.Top + field.Height - 30 ? below : Math.Min(a.Y, b.Y) - a.Size / 2 - 40;
        var x = Math.Clamp((a.X + b.X) / 2, field.Left + GapLabelHalfWidth, field.Left + field.Width - GapLabelHalfWidth);
        batch.SetFill(BoardColors.Paper).SetStroke(BoardColors.Ink).SetLineWidth(3).SetFont(GapFont)
            .Label(x, y, labels.Gap(gap), 10, GapTag);
    }
}
