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

/// <summary>A text on the board and the box it fills; <see cref="Text"/> holds its lines, one per line break.</summary>
public sealed record PlacedLabel(string Text, Box Box, double FontSize, string Tag);

/// <summary>The painted board: the frame to draw and where everything went.</summary>
public sealed record BoardPicture(
    CanvasBatch Batch,
    BoardField Field,
    IReadOnlyList<PlacedToken> Tokens,
    IReadOnlyList<PlacedAverage> Averages,
    IReadOnlyList<PlacedPrediction> Predictions,
    IReadOnlyList<PlacedLabel> Labels);

/// <summary>
/// Turns a reveal into one frame for the projector: the field, a token per answer, each side's average and the gap
/// between them, each side's prediction of the other, the seats' names when the server sent them, and after a
/// re-vote the way each token moved. Every size derives from the box it paints (see <see cref="ReferenceWidth"/>),
/// and every text is placed by a layout that keeps it clear of tokens, other texts and the field's edge. Pure and
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
    public const string AxisTag = "axis";
    public const string NameTag = "name";
    public const string KeyTag = "key";

    /// <summary>
    /// The box the board is designed for, in stage pixels: what the 1920x1080 projector stage gives it in the
    /// reveal phases. Text grows with a larger box and never goes below <see cref="MinimumTextSize"/>.
    /// </summary>
    public const double ReferenceWidth = 1100;

    public const double ReferenceHeight = 760;

    /// <summary>
    /// The smallest text on the board, in the box's pixels: 24 px on a 1920x1080 projector. It holds in any box of
    /// at least <see cref="MinimumBoxWidth"/> by <see cref="MinimumBoxHeight"/>, in both languages.
    /// </summary>
    public const double MinimumTextSize = 24;

    public const double MinimumBoxWidth = 1050;

    public const double MinimumBoxHeight = 740;

    /// <summary>A shape's tag names its side; one whose side is hidden (anonymous, small side) is tagged "room".</summary>
    public static string TagFor(string what, Side? side) => $"{what}:{side?.ToString() ?? "room"}";

    /// <summary>
    /// Paints the board into a box of <paramref name="width"/> by <paramref name="height"/>.
    /// <paramref name="progress"/> (0..1) is how far the re-voted tokens have travelled from their first to their
    /// second vote; without second votes it changes nothing. Names are placed on still frames only: while tokens
    /// travel, a name chasing its token from spot to spot would be harder to read than none.
    /// </summary>
    public static BoardPicture Paint(RevealView reveal, double width, double height, BoardLabels labels, double progress = 1, BoardPalette? palette = null)
    {
        progress = Math.Clamp(progress, 0, 1);
        palette ??= BoardPalette.Light;
        var sidesHidden = reveal.Outcome.SplitHidden || reveal.Answers.Any(a => a.Side is null);

        // The key's room is settled on the still, final frame, so the field does not jump when the movement ends.
        // It gets the lines it needs as long as the board's text keeps its size; a longer key ends in "+N".
        var frame = BoardFrame.For(width, height, labels, sidesHidden, keyLines: 0);
        var final = Lay(reveal, frame, labels, 1);
        var smallest = Math.Min(frame.TextSize, MinimumTextSize);
        for (var attempt = 0; attempt < 3 && final.KeyLines.Count > frame.KeyLines; attempt++)
        {
            var wider = Enumerable.Range(frame.KeyLines + 1, final.KeyLines.Count - frame.KeyLines)
                .Select(lines => BoardFrame.For(width, height, labels, sidesHidden, lines))
                .TakeWhile(f => f.Fits && f.TextSize >= smallest)
                .LastOrDefault();
            if (wider is null)
            {
                break;
            }

            frame = wider;
            final = Lay(reveal, frame, labels, 1);
        }

        var still = progress >= 1 || !reveal.Answers.Any(Moves);
        var layout = still ? final : Lay(reveal, frame, labels, progress, withNames: false);
        return Draw(frame, layout, labels, palette, progress, sidesHidden);
    }

    /// <summary>Everything in the field at one moment: where tokens, averages and predictions are, and the labels placed among them.</summary>
    private sealed record FieldLayout(
        IReadOnlyList<PlacedToken> Tokens,
        IReadOnlyList<PlacedAverage> Averages,
        IReadOnlyList<PlacedPrediction> Predictions,
        SideGap? Gap,
        PlacedLabel? GapLabel,
        IReadOnlyList<(PlacedLabel Label, Side Side)> PredictionLabels,
        IReadOnlyList<NameTags.Tag> Names,
        IReadOnlyList<string> KeyLines);

    private static FieldLayout Lay(RevealView reveal, BoardFrame frame, BoardLabels labels, double progress, bool withNames = true)
    {
        var field = frame.Field;
        var tokens = PlaceTokens(reveal.Answers, field, progress);
        var averages = PlaceAverages(reveal, field, progress);
        var predictions = PlacePredictions(reveal, field);
        var layout = new LabelLayout(new Box(field.Left + 2, field.Top + 2, field.Width - 4, field.Height - 4));
        foreach (var token in tokens)
        {
            layout.Block(Box.Around(token.X, token.Y, token.Size + 4));
        }

        foreach (var mark in averages.Select(a => (a.X, a.Y, a.Size)).Concat(predictions.Select(p => (p.X, p.Y, p.Size))))
        {
            layout.Block(Box.Around(mark.X, mark.Y, mark.Size + 8));
        }

        var gap = GapBetween(reveal, progress);
        var gapLabel = PlaceGapLabel(layout, frame, averages, gap, labels);
        var predictionLabels = PlacePredictionLabels(layout, frame, predictions, labels);
        var names = withNames ? NameTags.Place(layout, tokens, frame.TextSize) : [];
        var key = NameTags.Key(names, labels.NamesKey, frame.TextSize, frame.Width - 2 * frame.Padding, frame.KeyLines);
        return new FieldLayout(tokens, averages, predictions, gap, gapLabel, predictionLabels, names, key);
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

    private static BoardPicture Draw(BoardFrame frame, FieldLayout layout, BoardLabels labels, BoardPalette palette, double progress, bool sidesHidden)
    {
        var (width, height, field) = (frame.Width, frame.Height, frame.Field);
        var batch = new CanvasBatch()
            .Clear(width, height)
            .SetFill(palette.Paper)
            .FillRect(0, 0, width, height);
        var placed = new List<PlacedLabel>();
        PaintLegend(batch, frame, labels, palette, sidesHidden, placed);
        PaintField(batch, frame, palette, placed);
        PaintTrails(batch, layout.Tokens, palette);
        NameTags.PaintLeaders(batch, layout.Names, palette);

        // A rim in the board's own background keeps neighbouring tokens apart even where the projector blurs them.
        batch.SetStroke(palette.Paper).SetLineWidth(2).SetLineDash();
        foreach (var token in layout.Tokens)
        {
            PaintShape(batch, palette, token.Answer.Side, token.X, token.Y, token.Size, TagFor(TokenTag, token.Answer.Side));
        }

        PaintPredictionMarks(batch, layout.Predictions, palette);
        if (layout.Gap is not null && layout.Averages.Count == 2)
        {
            var (a, b) = (layout.Averages[0], layout.Averages[1]);
            batch.SetStroke(palette.Ink).SetLineWidth(5).SetLineDash(16, 10)
                .Line(a.X, a.Y, b.X, b.Y, GapTag)
                .SetLineDash();
        }

        foreach (var average in layout.Averages)
        {
            PaintAverage(batch, palette, average);
        }

        batch.SetLineDash();
        if (layout.GapLabel is { } gapLabel)
        {
            batch.SetFont(BoardText.Font(gapLabel.FontSize)).SetFill(palette.Paper).SetStroke(palette.Ink).SetLineWidth(3);
            PaintLabel(batch, gapLabel, placed);
        }

        foreach (var (label, side) in layout.PredictionLabels)
        {
            batch.SetFont(BoardText.Font(label.FontSize)).SetLineWidth(2).SetFill(palette.Paper).SetStroke(palette.TextFor(side));
            PaintLabel(batch, label, placed);
        }

        NameTags.Paint(batch, layout.Names, palette, placed);
        // Only a key that got its room is drawn; in a box too small to give it any, the names beyond the board are left out.
        if (layout.KeyLines.Count > 0 && layout.KeyLines.Count <= frame.KeyLines && progress >= 1)
        {
            var size = frame.TextSize;
            var lines = layout.KeyLines;
            var box = new Box(frame.Padding, height - frame.Padding / 2 - lines.Count * BoardText.LineHeight(size), width - 2 * frame.Padding, lines.Count * BoardText.LineHeight(size));
            batch.SetFont(BoardText.Font(size)).SetTextAlign("left").SetFill(palette.Ink);
            PaintText(batch, new PlacedLabel(string.Join('\n', lines), box, size, KeyTag), "left", placed);
        }

        return new BoardPicture(batch, field, layout.Tokens, layout.Averages, layout.Predictions, placed);
    }

    /// <summary>
    /// The gap's label near the middle of the line between the averages: first just under the lower average or
    /// over the higher one, then wherever in the field is nearest that middle and clear; on a full board at the
    /// board's smallest text size rather than not at all.
    /// </summary>
    private static PlacedLabel? PlaceGapLabel(LabelLayout layout, BoardFrame frame, IReadOnlyList<PlacedAverage> averages, SideGap? gap, BoardLabels labels)
    {
        if (gap is null || averages.Count != 2)
        {
            return null;
        }

        var (a, b) = (averages[0], averages[1]);
        var text = labels.Gap(gap);
        var (middleX, middleY) = ((a.X + b.X) / 2, (a.Y + b.Y) / 2);
        foreach (var (lines, size, w, h) in LabelShapes(text, [frame.TitleSize, frame.TextSize], frame.TextSize))
        {
            var preferred = new[]
            {
                new Box(middleX - w / 2, Math.Max(a.Y, b.Y) + a.Size / 2 + 10, w, h),
                new Box(middleX - w / 2, Math.Min(a.Y, b.Y) - a.Size / 2 - 10 - h, w, h),
            };
            var candidates = preferred.Select(c => Clamp(c, layout.Bounds)).Concat(Nearest(layout.Bounds, w, h, middleX, middleY, frame.TextSize));
            if (layout.Place(candidates) is { } box)
            {
                return new PlacedLabel(lines, box, size, GapTag);
            }
        }

        return null;
    }

    /// <summary>Each prediction's label beside its mark, first on the side away from the real average, so it covers neither that average nor the line.</summary>
    private static IReadOnlyList<(PlacedLabel Label, Side Side)> PlacePredictionLabels(LabelLayout layout, BoardFrame frame, IReadOnlyList<PlacedPrediction> predictions, BoardLabels labels)
    {
        var placed = new List<(PlacedLabel, Side)>();
        foreach (var prediction in predictions)
        {
            var text = labels.Prediction(prediction.Side);
            foreach (var (lines, size, w, h) in LabelShapes(text, [frame.TextSize], frame.TextSize))
            {
                var offset = prediction.Size / 2 + 8;
                var away = prediction.ActualY < prediction.Y
                    ? new Box(prediction.X - w / 2, prediction.Y + offset, w, h)
                    : new Box(prediction.X - w / 2, prediction.Y - offset - h, w, h);
                if (layout.Place(new[] { Clamp(away, layout.Bounds) }.Concat(Nearest(layout.Bounds, w, h, prediction.X, prediction.Y, size))) is { } found)
                {
                    placed.Add((new PlacedLabel(lines, found, size, TagFor(PredictionTag, prediction.Side) + ":label"), prediction.Side));
                    break;
                }
            }
        }

        return placed;
    }

    /// <summary>A one-line label's box: the text and a padding of a quarter of the board's text size around it.</summary>
    internal static (double Width, double Height) LabelSize(string text, double size, double textSize) =>
        (BoardText.Width(text, size) + textSize / 2, BoardText.LineHeight(size) + textSize / 2);

    /// <summary>
    /// The shapes a boxed label may take, the first that finds room wins: one line at each size, then at the
    /// smallest size broken in two and then word by word, narrower each time, for a board too full for one line.
    /// </summary>
    private static IEnumerable<(string Lines, double Size, double Width, double Height)> LabelShapes(string text, double[] sizes, double textSize)
    {
        foreach (var size in sizes)
        {
            var (w, h) = LabelSize(text, size, textSize);
            yield return (text, size, w, h);
        }

        var smallest = sizes[^1];
        foreach (var share in new[] { 0.55, 0.01 })
        {
            var lines = BoardText.Wrap(text, smallest, BoardText.Width(text, smallest) * share);
            if (lines.Count > 1)
            {
                yield return (string.Join('\n', lines), smallest, BoardText.Width(lines, smallest) + textSize / 2, lines.Count * BoardText.LineHeight(smallest) + textSize / 2);
            }
        }
    }

    /// <summary>The box moved inside the bounds, if it fits at all.</summary>
    private static Box Clamp(Box box, Box bounds) => box with
    {
        X = Math.Clamp(box.X, bounds.X, Math.Max(bounds.X, bounds.Right - box.Width)),
        Y = Math.Clamp(box.Y, bounds.Y, Math.Max(bounds.Y, bounds.Bottom - box.Height)),
    };

    /// <summary>
    /// Every spot for a w x h box inside the bounds, nearest (x, y) first: <paramref name="step"/> apart across and a
    /// quarter of that down, since the free strips between rows of tokens are narrow in height, not in width.
    /// </summary>
    private static IEnumerable<Box> Nearest(Box bounds, double w, double h, double x, double y, double step)
    {
        var spots = new List<Box>();
        for (var top = bounds.Y; top + h <= bounds.Bottom; top += step / 4)
        {
            for (var left = bounds.X; left + w <= bounds.Right; left += step)
            {
                spots.Add(new Box(left, top, w, h));
            }
        }

        return spots.OrderBy(b => Math.Pow(b.X + w / 2 - x, 2) + Math.Pow(b.Y + h / 2 - y, 2));
    }

    /// <summary>A boxed label: the box in the current fill, its rim and letters in the current stroke.</summary>
    internal static void PaintLabel(CanvasBatch batch, PlacedLabel label, List<PlacedLabel> placed)
    {
        var box = label.Box;
        batch.Label(box.X, box.Y, box.Width, box.Height, BoardText.LineHeight(label.FontSize), label.Text, label.Tag);
        placed.Add(label);
    }

    private static void PaintText(CanvasBatch batch, PlacedLabel label, string align, List<PlacedLabel> placed)
    {
        var box = label.Box;
        var x = align switch
        {
            "center" => box.X + box.Width / 2,
            "right" => box.Right,
            _ => box.X,
        };
        batch.Text(x, box.Y, label.Text, box.Width, BoardText.LineHeight(label.FontSize), label.Tag);
        placed.Add(label);
    }

    private static void PaintLegend(CanvasBatch batch, BoardFrame frame, BoardLabels labels, BoardPalette palette, bool sidesHidden, List<PlacedLabel> placed)
    {
        batch.SetFont(BoardText.Font(frame.TextSize)).SetTextAlign("left");
        foreach (var item in frame.Legend)
        {
            var (x, y, size) = (item.MarkX, item.MarkY, item.MarkSize);
            if (item.Side is not null || sidesHidden)
            {
                batch.SetStroke(palette.Paper).SetLineWidth(2);
                PaintShape(batch, palette, item.Side, x, y, size, LegendTag);
            }
            else
            {
                batch.SetFill(palette.Paper).SetStroke(palette.Ink).SetLineWidth(5).Circle(x, y, size / 2 - 2, Brush.FillAndStroke, LegendTag);
            }

            batch.SetFill(palette.Ink);
            PaintText(batch, new PlacedLabel(item.Text, item.Box, frame.TextSize, LegendTag), "left", placed);
        }
    }

    private static void PaintField(CanvasBatch batch, BoardFrame frame, BoardPalette palette, List<PlacedLabel> placed)
    {
        var field = frame.Field;
        foreach (var eigenaarschap in Enum.GetValues<Eigenaarschap>())
        {
            foreach (var regie in Enum.GetValues<Regie>())
            {
                var cell = field.Cell(eigenaarschap, regie);
                batch.SetFill(((int)eigenaarschap + (int)regie) % 2 == 0 ? palette.CellLight : palette.CellDark)
                    .FillRect(cell.X, cell.Y, cell.Width, cell.Height);
            }
        }

        batch.SetStroke(palette.Grid).SetLineWidth(2).StrokeRect(field.Left, field.Top, field.Width, field.Height);
        batch.SetFill(palette.Ink);
        foreach (var (label, align) in frame.AxisTexts)
        {
            batch.SetFont(BoardText.Font(label.FontSize)).SetTextAlign(align);
            PaintText(batch, label, align, placed);
        }
    }

    /// <summary>
    /// Where a re-voted token came from: a faint dashed outline on its first spot and a faint line to where it is now,
    /// under the tokens, so the eye follows the move without losing the tokens themselves.
    /// </summary>
    private static void PaintTrails(CanvasBatch batch, IReadOnlyList<PlacedToken> tokens, BoardPalette palette)
    {
        foreach (var token in tokens.Where(t => t.Moves))
        {
            var tag = TagFor(TrailTag, token.Answer.Side);
            batch.SetStroke(palette.Faint(token.Answer.Side)).SetLineWidth(3).SetLineDash()
                .Line(token.FromX, token.FromY, token.X, token.Y, tag)
                .SetLineDash(6, 5);
            PaintShape(batch, palette, token.Answer.Side, token.FromX, token.FromY, token.Size, tag, Brush.Stroke);
        }

        batch.SetLineDash();
    }

    private static void PaintShape(CanvasBatch batch, BoardPalette palette, Side? side, double x, double y, double size, string tag, Brush brush = Brush.FillAndStroke)
    {
        var half = size / 2;
        batch.SetFill(palette.For(side));
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

    private static void PaintAverage(CanvasBatch batch, BoardPalette palette, PlacedAverage average)
    {
        batch.SetStroke(palette.Ink).SetLineWidth(6);
        PaintShape(batch, palette, average.Side, average.X, average.Y, average.Size, TagFor(AverageTag, average.Side));
        batch.SetStroke(palette.Paper).SetLineWidth(2);
        PaintShape(batch, palette, average.Side, average.X, average.Y, average.Size * 0.45, TagFor(AverageTag, average.Side) + ":mark");
    }

    /// <summary>
    /// A side's prediction as its own shape, hollow and dashed (a guess, not an answer), with a thin line to the
    /// other side's real average: the length of that line is how far off the guess was.
    /// </summary>
    private static void PaintPredictionMarks(CanvasBatch batch, IReadOnlyList<PlacedPrediction> predictions, BoardPalette palette)
    {
        foreach (var prediction in predictions)
        {
            var tag = TagFor(PredictionTag, prediction.Side);
            batch.SetStroke(palette.TextFor(prediction.Side)).SetLineWidth(3).SetLineDash()
                .Line(prediction.X, prediction.Y, prediction.ActualX, prediction.ActualY, tag + ":line")
                .SetStroke(palette.For(prediction.Side)).SetLineWidth(6).SetLineDash(12, 8);
            PaintShape(batch, palette, prediction.Side, prediction.X, prediction.Y, prediction.Size, tag, Brush.Stroke);
            batch.SetLineDash();
        }
    }
}
