using Spel.Client.Board;
using Spel.Client.Tests.Support;
using Spel.Scenarios.Decks;
using Spel.Scenarios.Play;

namespace Spel.Client.Tests.Board;

public sealed class BoardPainterTests
{
    private static readonly BoardLabels Labels = new(
        "Eigenaarschap",
        "Regie",
        ["e1", "e2", "e3", "e4"],
        ["r1", "r2", "r3", "r4", "r5"],
        "Gemeente",
        "Dorpsbelangen",
        "gemiddelde",
        gap => $"gap {gap.Distance:0.00}",
        "antwoord (kant verborgen)",
        side => $"voorspelling {side}",
        "namen:");

    [Fact]
    public void Every_token_lies_in_the_cell_of_its_answer()
    {
        var answers = new[]
        {
            TestData.Answer("g1", Side.Gemeente, 1, 1),
            TestData.Answer("g2", Side.Gemeente, 4, 5),
            TestData.Answer("d1", Side.Dorpsbelangen, 2, 3),
            TestData.Answer("d2", Side.Dorpsbelangen, 3, 4),
            TestData.Answer("d3", Side.Dorpsbelangen, 4, 1),
        };

        var picture = Paint(answers);

        Assert.Equal(answers.Length, picture.Tokens.Count);
        Assert.All(picture.Tokens, t =>
        {
            var cell = picture.Field.Cell(t.Answer.Eigenaarschap, t.Answer.Regie);
            Assert.True(cell.Contains(t.X - t.Size / 2, t.Y - t.Size / 2) && cell.Contains(t.X + t.Size / 2, t.Y + t.Size / 2), $"{t.Answer.SeatId} leaves its cell");
        });
    }

    [Fact]
    public void Eigenaarschap_runs_left_to_right_and_regie_bottom_to_top()
    {
        var field = new BoardField(100, 50, 800, 500);

        var communityCorner = field.Cell(Eigenaarschap.Gemeenschap, Regie.VolledigGemeenschap);
        var municipalityCorner = field.Cell(Eigenaarschap.Gemeente, Regie.VolledigGemeente);

        Assert.Equal((100, 450), (communityCorner.X, communityCorner.Y));
        Assert.Equal((700, 50), (municipalityCorner.X, municipalityCorner.Y));
    }

    [Fact]
    public void Tokens_sharing_a_cell_never_overlap()
    {
        var crowd = Enumerable.Range(0, 12)
            .Select(i => TestData.Answer($"s{i:00}", i % 2 == 0 ? Side.Gemeente : Side.Dorpsbelangen, 2, 3))
            .ToArray();

        var tokens = Paint(crowd).Tokens;

        foreach (var a in tokens)
        {
            foreach (var b in tokens.Where(b => b != a))
            {
                var apart = Math.Abs(a.X - b.X) >= (a.Size + b.Size) / 2 || Math.Abs(a.Y - b.Y) >= (a.Size + b.Size) / 2;
                Assert.True(apart, $"{a.Answer.SeatId} covers {b.Answer.SeatId}");
            }
        }
    }

    [Fact]
    public void Placement_does_not_depend_on_the_order_answers_arrive_in()
    {
        var answers = new[]
        {
            TestData.Answer("b", Side.Dorpsbelangen, 2, 2),
            TestData.Answer("a", Side.Gemeente, 2, 2),
            TestData.Answer("c", Side.Gemeente, 2, 2),
        };

        var first = Paint(answers).Tokens.ToDictionary(t => t.Answer.SeatId, t => (t.X, t.Y));
        var second = Paint([.. answers.Reverse()]).Tokens.ToDictionary(t => t.Answer.SeatId, t => (t.X, t.Y));

        Assert.Equal(first, second);
    }

    [Fact]
    public void Each_average_sits_at_the_sides_mean_position()
    {
        var picture = Paint(
        [
            TestData.Answer("g1", Side.Gemeente, 4, 5),
            TestData.Answer("g2", Side.Gemeente, 3, 4),
            TestData.Answer("d1", Side.Dorpsbelangen, 1, 1),
            TestData.Answer("d2", Side.Dorpsbelangen, 2, 1),
            TestData.Answer("d3", Side.Dorpsbelangen, 1, 4),
        ]);

        var gemeente = Assert.Single(picture.Averages, a => a.Side == Side.Gemeente);
        var dorpsbelangen = Assert.Single(picture.Averages, a => a.Side == Side.Dorpsbelangen);
        Assert.Equal(picture.Field.PointFor(3.5, 4.5), (gemeente.X, gemeente.Y));
        Assert.Equal(picture.Field.PointFor(4.0 / 3, 2), (dorpsbelangen.X, dorpsbelangen.Y));
    }

    [Fact]
    public void A_whole_number_average_sits_at_the_centre_of_its_cell()
    {
        var field = new BoardField(0, 0, 400, 500);

        var cell = field.Cell(Eigenaarschap.GemeenteMetBijdrage, Regie.VooralGemeenschap);

        Assert.Equal((cell.X + cell.Width / 2, cell.Y + cell.Height / 2), field.PointFor(3, 2));
    }

    [Fact]
    public void A_side_without_answers_gets_no_average_and_no_gap_line()
    {
        var picture = Paint([TestData.Answer("g1", Side.Gemeente, 2, 2)]);

        Assert.Single(picture.Averages);
        Assert.DoesNotContain(picture.Batch.Commands, c => c.Tag == BoardPainter.GapTag);
    }

    [Fact]
    public void The_gap_label_uses_the_words_it_was_given()
    {
        var picture = Paint(
        [
            TestData.Answer("g1", Side.Gemeente, 4, 5),
            TestData.Answer("d1", Side.Dorpsbelangen, 1, 1),
        ]);

        Assert.Single(picture.Batch.Commands, c => c is { Op: "label", Tag: BoardPainter.GapTag, S: "gap 1,00" or "gap 1.00" });
    }

    [Fact]
    public void Tokens_whose_side_is_hidden_are_grey_diamonds_tagged_as_the_room()
    {
        var picture = BoardPainter.Paint(
            TestData.HiddenReveal(
                TestData.Answer("g1", Side.Gemeente, 4, 5),
                TestData.Answer("d1", Side.Dorpsbelangen, 1, 2),
                TestData.Answer("d2", Side.Dorpsbelangen, 1, 2)),
            1600,
            1000,
            Labels);

        var tokens = ShapesWithFill(picture.Batch.Commands, BoardPainter.TagFor(BoardPainter.TokenTag, null));
        Assert.Equal(3, tokens.Count);
        Assert.All(tokens, t => Assert.Equal(("polygon", 1 + 4 * 2, BoardColors.Room), (t.Command.Op, t.Command.N.Count, t.Fill)));
        Assert.DoesNotContain(picture.Batch.Commands, c => c.Tag is { } tag && tag.StartsWith(BoardPainter.TokenTag + ":", StringComparison.Ordinal) && tag != BoardPainter.TagFor(BoardPainter.TokenTag, null));
    }

    [Fact]
    public void A_hidden_split_draws_no_averages_and_no_gap_and_the_legend_explains_the_diamond()
    {
        var picture = BoardPainter.Paint(
            TestData.HiddenReveal(
                TestData.Answer("g1", Side.Gemeente, 4, 5),
                TestData.Answer("d1", Side.Dorpsbelangen, 1, 2)),
            1600,
            1000,
            Labels);

        Assert.Empty(picture.Averages);
        Assert.DoesNotContain(picture.Batch.Commands, c => c.Tag is { } tag && (tag.StartsWith(BoardPainter.AverageTag, StringComparison.Ordinal) || tag == BoardPainter.GapTag));
        var legend = picture.Batch.Commands.Where(c => c.Tag == BoardPainter.LegendTag).ToList();
        Assert.Contains(legend, c => c is { Op: "text", S: "antwoord (kant verborgen)" });
        Assert.Contains(legend, c => c is { Op: "polygon" } && c.N.Count == 1 + 4 * 2);
        Assert.DoesNotContain(legend, c => c.S is "Gemeente" or "Dorpsbelangen" or "gemiddelde");
    }

    [Fact]
    public void Each_sides_prediction_is_its_own_shape_hollow_and_dashed_with_a_line_to_the_other_sides_average()
    {
        var reveal = TestData.Reveal(
            TestData.Answer("g1", Side.Gemeente, 4, 5),
            TestData.Answer("d1", Side.Dorpsbelangen, 1, 1)) with
        {
            Predictions =
            [
                new PredictionOutcome(Side.Gemeente, 1, 2, 2, 1, 1, 0.24),
                new PredictionOutcome(Side.Dorpsbelangen, 1, 3, 3, 4, 5, 0.4),
            ],
        };

        var picture = BoardPainter.Paint(reveal, 1600, 1000, Labels);

        var gemeente = Assert.Single(picture.Predictions, p => p.Side == Side.Gemeente);
        Assert.Equal(picture.Field.PointFor(2, 2), (gemeente.X, gemeente.Y));
        Assert.Equal(picture.Field.PointFor(1, 1), (gemeente.ActualX, gemeente.ActualY));
        var commands = picture.Batch.Commands.ToList();
        var shape = Assert.Single(commands, c => c.Tag == BoardPainter.TagFor(BoardPainter.PredictionTag, Side.Gemeente));
        Assert.Equal("polygon", shape.Op);
        Assert.Equal((double)Brush.Stroke, shape.N[0]);
        var dash = commands.Take(commands.IndexOf(shape)).Last(c => c.Op == "lineDash");
        Assert.NotEmpty(dash.N);
        var line = Assert.Single(commands, c => c.Tag == BoardPainter.TagFor(BoardPainter.PredictionTag, Side.Gemeente) + ":line");
        Assert.Equal(
            [Math.Round(gemeente.X, 1), Math.Round(gemeente.Y, 1), Math.Round(gemeente.ActualX, 1), Math.Round(gemeente.ActualY, 1)],
            line.N);
        Assert.Single(commands, c => c is { Op: "label", S: "voorspelling Gemeente" });
        Assert.Equal("circle", Assert.Single(commands, c => c.Tag == BoardPainter.TagFor(BoardPainter.PredictionTag, Side.Dorpsbelangen)).Op);
    }

    [Fact]
    public void Without_predictions_the_board_has_no_prediction_marks()
    {
        var picture = Paint([TestData.Answer("g1", Side.Gemeente, 4, 5), TestData.Answer("d1", Side.Dorpsbelangen, 1, 1)]);

        Assert.Empty(picture.Predictions);
        Assert.DoesNotContain(picture.Batch.Commands, c => c.Tag?.StartsWith(BoardPainter.PredictionTag, StringComparison.Ordinal) == true);
    }

    [Fact]
    public void A_revoted_token_stands_in_its_first_cell_at_progress_0_and_in_its_second_cell_at_progress_1()
    {
        var reveal = TestData.Reveal(
            TestData.Revoted(TestData.Answer("g1", Side.Gemeente, 4, 5), 2, 3),
            TestData.Answer("d1", Side.Dorpsbelangen, 1, 1));

        var before = Token(BoardPainter.Paint(reveal, 1600, 1000, Labels, progress: 0), "g1");
        var after = Token(BoardPainter.Paint(reveal, 1600, 1000, Labels, progress: 1), "g1");
        var halfway = Token(BoardPainter.Paint(reveal, 1600, 1000, Labels, progress: 0.5), "g1");

        var field = BoardPainter.Paint(reveal, 1600, 1000, Labels).Field;
        Assert.True(field.Cell(Eigenaarschap.Gemeente, Regie.VolledigGemeente).Contains(before.X, before.Y));
        Assert.True(field.Cell(Eigenaarschap.GemeenschapMetBijdrage, Regie.Gedeeld).Contains(after.X, after.Y));
        Assert.Equal((before.X + after.X) / 2, halfway.X, 6);
        Assert.Equal((before.Y + after.Y) / 2, halfway.Y, 6);
    }

    [Fact]
    public void A_token_without_a_revote_does_not_move_even_when_another_arrives_in_its_cell()
    {
        var reveal = TestData.Reveal(
            TestData.Answer("g1", Side.Gemeente, 2, 3),
            TestData.Revoted(TestData.Answer("g2", Side.Gemeente, 4, 5), 2, 3),
            TestData.Revoted(TestData.Answer("d1", Side.Dorpsbelangen, 1, 1), 1, 1));

        var frames = new[] { 0, 0.3, 0.7, 1 }.Select(p => BoardPainter.Paint(reveal, 1600, 1000, Labels, p)).ToList();

        Assert.Single(frames.Select(f => (Token(f, "g1").X, Token(f, "g1").Y)).Distinct());
        Assert.Single(frames.Select(f => (Token(f, "d1").X, Token(f, "d1").Y)).Distinct());
        var (stayer, arrival) = (Token(frames[^1], "g1"), Token(frames[^1], "g2"));
        Assert.True(Math.Abs(stayer.X - arrival.X) >= stayer.Size || Math.Abs(stayer.Y - arrival.Y) >= stayer.Size, "the arriving token lands on the one that stayed");
    }

    [Fact]
    public void A_moving_token_leaves_a_faint_trail_from_its_first_spot_and_a_token_that_stays_leaves_none()
    {
        var reveal = TestData.Reveal(
            TestData.Revoted(TestData.Answer("g1", Side.Gemeente, 4, 5), 2, 3),
            TestData.Revoted(TestData.Answer("d1", Side.Dorpsbelangen, 1, 1), 1, 1));

        var picture = BoardPainter.Paint(reveal, 1600, 1000, Labels);

        var trail = picture.Batch.Commands.Where(c => c.Tag == BoardPainter.TagFor(BoardPainter.TrailTag, Side.Gemeente)).ToList();
        var moved = Token(picture, "g1");
        Assert.Contains(trail, c => c.Op == "line" && c.N[0] == Math.Round(moved.FromX, 1) && c.N[2] == Math.Round(moved.X, 1));
        Assert.Contains(trail, c => c.Op == "polygon" && c.N[0] == (double)Brush.Stroke);
        Assert.DoesNotContain(picture.Batch.Commands, c => c.Tag == BoardPainter.TagFor(BoardPainter.TrailTag, Side.Dorpsbelangen));
    }

    [Fact]
    public void After_a_revote_each_average_travels_to_where_its_side_now_stands_and_predictions_make_way()
    {
        var reveal = TestData.Reveal(
            TestData.Revoted(TestData.Answer("g1", Side.Gemeente, 4, 5), 2, 3),
            TestData.Answer("g2", Side.Gemeente, 2, 1),
            TestData.Answer("d1", Side.Dorpsbelangen, 1, 1)) with
        {
            Predictions = [new PredictionOutcome(Side.Gemeente, 2, 2, 2, 1, 1, 0.24)],
        };

        var start = BoardPainter.Paint(reveal, 1600, 1000, Labels, progress: 0);
        var end = BoardPainter.Paint(reveal, 1600, 1000, Labels, progress: 1);

        var field = end.Field;
        Assert.Equal(field.PointFor(3, 3), At(start, Side.Gemeente));
        Assert.Equal(field.PointFor(2, 2), At(end, Side.Gemeente));
        Assert.Equal(field.PointFor(1, 1), At(end, Side.Dorpsbelangen));
        Assert.Single(end.Batch.Commands, c => c is { Op: "label", Tag: BoardPainter.GapTag, S: "gap 0,29" or "gap 0.29" });
        Assert.Empty(end.Predictions);
    }

    private static PlacedToken Token(BoardPicture picture, string seatId) => picture.Tokens.Single(t => t.Answer.SeatId == seatId);

    private static (double X, double Y) At(BoardPicture picture, Side side)
    {
        var average = picture.Averages.Single(a => a.Side == side);
        return (average.X, average.Y);
    }

    /// <summary>Replays the batch's fill state the way a canvas would, to see what colour each shape with the tag got.</summary>
    private static List<(DrawCommand Command, string? Fill)> ShapesWithFill(IEnumerable<DrawCommand> commands, string tag)
    {
        string? fill = null;
        var shapes = new List<(DrawCommand, string?)>();
        foreach (var command in commands)
        {
            if (command.Op == "setFill")
            {
                fill = command.S;
            }
            else if (command.Tag == tag)
            {
                shapes.Add((command, fill));
            }
        }

        return shapes;
    }

    private static BoardPicture Paint(RevealedAnswer[] answers) =>
        BoardPainter.Paint(TestData.Reveal(answers), 1600, 1000, Labels);
}
