using Bunit;
using Spel.Client.Board;
using Spel.Client.Tests.Support;
using Spel.Scenarios.Decks;
using Spel.Scenarios.Play;

namespace Spel.Client.Tests.Board;

public sealed class BoardCanvasTests : DutchContext
{
    private readonly BunitJSModuleInterop _module;

    public BoardCanvasTests()
    {
        _module = JSInterop.SetupModule(BoardCanvas.ModulePath);
        _module.SetupVoid("draw", _ => true);
    }

    [Fact]
    public void Draws_the_whole_board_in_one_call()
    {
        Render<BoardCanvas>(p => p.Add(b => b.Reveal, ThreeAndTwo()));

        _module.VerifyInvoke("draw", calledTimes: 1);
    }

    [Fact]
    public void The_batch_holds_one_token_per_answer_squares_for_the_gemeente_and_circles_for_dorpsbelangen()
    {
        Render<BoardCanvas>(p => p.Add(b => b.Reveal, ThreeAndTwo()));

        var commands = DrawnCommands();
        var gemeente = commands.Where(c => c.Tag == BoardPainter.TagFor(BoardPainter.TokenTag, Side.Gemeente)).ToList();
        var dorpsbelangen = commands.Where(c => c.Tag == BoardPainter.TagFor(BoardPainter.TokenTag, Side.Dorpsbelangen)).ToList();

        Assert.Equal(3, gemeente.Count);
        Assert.All(gemeente, c => Assert.Equal("polygon", c.Op));
        Assert.All(gemeente, c => Assert.Equal(8, c.N.Count - 1));
        Assert.Equal(2, dorpsbelangen.Count);
        Assert.All(dorpsbelangen, c => Assert.Equal("circle", c.Op));
    }

    [Fact]
    public void Each_side_is_filled_with_its_own_colour()
    {
        Render<BoardCanvas>(p => p.Add(b => b.Reveal, ThreeAndTwo()));

        var fills = FillOfEachShape(DrawnCommands());

        Assert.All(fills.Where(f => f.Tag == BoardPainter.TagFor(BoardPainter.TokenTag, Side.Gemeente)), f => Assert.Equal(BoardColors.Gemeente, f.Fill));
        Assert.All(fills.Where(f => f.Tag == BoardPainter.TagFor(BoardPainter.TokenTag, Side.Dorpsbelangen)), f => Assert.Equal(BoardColors.Dorpsbelangen, f.Fill));
    }

    [Fact]
    public void The_gap_between_the_averages_is_a_labelled_line()
    {
        Render<BoardCanvas>(p => p.Add(b => b.Reveal, ThreeAndTwo()));

        var gap = DrawnCommands().Where(c => c.Tag == BoardPainter.GapTag).ToList();

        Assert.Single(gap, c => c.Op == "line");
        var label = Assert.Single(gap, c => c.Op == "label");
        Assert.Equal("Verschil: 2,2 eigenaarschap · 2,7 regie", label.S);
    }

    [Fact]
    public void Both_averages_are_marked()
    {
        Render<BoardCanvas>(p => p.Add(b => b.Reveal, ThreeAndTwo()));

        var commands = DrawnCommands();

        Assert.Single(commands, c => c.Tag == BoardPainter.TagFor(BoardPainter.AverageTag, Side.Gemeente) && c.Op == "polygon");
        Assert.Single(commands, c => c.Tag == BoardPainter.TagFor(BoardPainter.AverageTag, Side.Dorpsbelangen) && c.Op == "circle");
    }

    [Fact]
    public void The_canvas_tells_screen_readers_what_it_shows()
    {
        var board = Render<BoardCanvas>(p => p.Add(b => b.Reveal, ThreeAndTwo()));

        var canvas = board.Find("canvas[data-testid=board]");
        Assert.Equal("img", canvas.GetAttribute("role"));
        Assert.Contains("3 van de gemeente (vierkanten), 2 van dorpsbelangen (rondjes)", canvas.GetAttribute("aria-label"));
    }

    [Fact]
    public void A_new_reveal_is_drawn_once_more_and_a_plain_rerender_draws_nothing()
    {
        var board = Render<BoardCanvas>(p => p.Add(b => b.Reveal, ThreeAndTwo()));

        board.Render();
        _module.VerifyInvoke("draw", calledTimes: 1);

        board.Render(p => p.Add(b => b.Reveal, TestData.Reveal(TestData.Answer("g1", Side.Gemeente, 1, 1))));
        _module.VerifyInvoke("draw", calledTimes: 2);
    }

    private static RevealView ThreeAndTwo() => TestData.Reveal(
        TestData.Answer("g1", Side.Gemeente, 4, 5),
        TestData.Answer("g2", Side.Gemeente, 4, 5),
        TestData.Answer("g3", Side.Gemeente, 3, 4),
        TestData.Answer("d1", Side.Dorpsbelangen, 1, 2),
        TestData.Answer("d2", Side.Dorpsbelangen, 2, 2));

    private IReadOnlyList<DrawCommand> DrawnCommands()
    {
        var draw = _module.VerifyInvoke("draw");
        return Assert.IsAssignableFrom<IReadOnlyList<DrawCommand>>(draw.Arguments[1]);
    }

    /// <summary>Replays the batch's fill state the way a canvas would, to see what colour each tagged shape got.</summary>
    private static List<(string? Tag, string? Fill)> FillOfEachShape(IReadOnlyList<DrawCommand> commands)
    {
        string? fill = null;
        var shapes = new List<(string?, string?)>();
        foreach (var command in commands)
        {
            if (command.Op == "setFill")
            {
                fill = command.S;
            }
            else if (command.Tag is not null)
            {
                shapes.Add((command.Tag, fill));
            }
        }

        return shapes;
    }
}
