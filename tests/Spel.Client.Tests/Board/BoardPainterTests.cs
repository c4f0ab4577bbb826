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
        gap => $"gap {gap.Distance:0.00}");

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

    private static BoardPicture Paint(RevealedAnswer[] answers) =>
        BoardPainter.Paint(TestData.Reveal(answers), 1600, 1000, Labels);
}
