using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Spel.Client.Board;
using Spel.Scenarios.Resources;
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
        _module.SetupVoid("draw", _ => true).SetVoidResult();
        _module.Setup<string>("snapshot", _ => true).SetResult(Png);
    }

    private const string Png = "data:image/png;base64,iVBORw0KGgo=";

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
    public void A_dark_board_is_painted_on_the_dark_palette()
    {
        var board = Render<BoardCanvas>(p => p.Add(b => b.Reveal, ThreeAndTwo()).Add(b => b.Theme, "dark"));

        var commands = DrawnCommands();
        Assert.Equal("dark", board.Find("canvas").GetAttribute("data-theme"));
        Assert.Equal(("setFill", BoardPalette.Dark.Paper), (commands[1].Op, commands[1].S));
        var gemeente = FillOfEachShape(commands).Where(f => f.Tag == BoardPainter.TagFor(BoardPainter.TokenTag, Side.Gemeente)).ToList();
        Assert.Equal(3, gemeente.Count);
        Assert.All(gemeente, f => Assert.Equal(BoardPalette.Dark.Gemeente, f.Fill));
    }

    [Fact]
    public void The_canvas_holds_two_device_pixels_for_each_pixel_of_the_box_it_is_given()
    {
        var board = Render<BoardCanvas>(p => p.Add(b => b.Reveal, ThreeAndTwo()).Add(b => b.Width, 1200).Add(b => b.Height, 800));

        var canvas = board.Find("canvas");
        Assert.Equal(("2400", "1600"), (canvas.GetAttribute("width"), canvas.GetAttribute("height")));
        var draw = _module.VerifyInvoke("draw");
        Assert.Equal(2, draw.Arguments[2]);
        Assert.Equal([1200, 800], Assert.IsAssignableFrom<IReadOnlyList<DrawCommand>>(draw.Arguments[1])[0].N);
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

    [Fact]
    public async Task When_the_second_votes_arrive_the_tokens_travel_in_several_frames_of_one_draw_call_each_and_end_on_the_second_votes()
    {
        var board = Render<BoardCanvas>(p => p.Add(b => b.Reveal, FirstVotes()).Add(b => b.Animate, true));

        board.Render(p => p.Add(b => b.Reveal, SecondVotes()));
        await board.InvokeAsync(async () => await board.Instance.SnapshotAsync());

        var frames = _module.Invocations["draw"].Select(Commands).ToList();
        Assert.True(frames.Count >= 5, $"only {frames.Count} frames");
        Assert.All(frames, frame => Assert.Equal("clear", frame[0].Op));
        var painted = Text(BoardPainter.Paint(SecondVotes(), BoardCanvas.DefaultWidth, BoardCanvas.DefaultHeight, Labels(), progress: 1).Batch.Commands);
        Assert.Equal(painted, Text(frames[^1]));
        Assert.NotEqual(painted, Text(frames[1]));
    }

    [Fact]
    public void A_board_without_Animate_shows_the_second_votes_in_one_frame()
    {
        var board = Render<BoardCanvas>(p => p.Add(b => b.Reveal, FirstVotes()));

        board.Render(p => p.Add(b => b.Reveal, SecondVotes()));

        _module.VerifyInvoke("draw", calledTimes: 2);
    }

    [Fact]
    public void A_board_that_opens_on_second_votes_or_gets_them_again_does_not_move_the_tokens_again()
    {
        var board = Render<BoardCanvas>(p => p.Add(b => b.Reveal, SecondVotes()).Add(b => b.Animate, true));

        board.Render(p => p.Add(b => b.Reveal, SecondVotes()));

        _module.VerifyInvoke("draw", calledTimes: 2);
    }

    [Fact]
    public async Task A_snapshot_is_the_drawn_board_as_a_png_data_url()
    {
        var board = Render<BoardCanvas>(p => p.Add(b => b.Reveal, ThreeAndTwo()));

        var url = "";
        await board.InvokeAsync(async () => url = await board.Instance.SnapshotAsync());

        Assert.Equal(Png, url);
        var snapshot = _module.VerifyInvoke("snapshot");
        Assert.IsType<Microsoft.AspNetCore.Components.ElementReference>(snapshot.Arguments[0]);
        _module.VerifyInvoke("draw", calledTimes: 1);
    }

    [Fact]
    public void A_board_whose_sides_are_hidden_tells_screen_readers_so()
    {
        var board = Render<BoardCanvas>(p => p.Add(b => b.Reveal, TestData.HiddenReveal(
            TestData.Answer("g1", Side.Gemeente, 4, 5),
            TestData.Answer("d1", Side.Dorpsbelangen, 1, 2))));

        Assert.Contains("2 antwoorden als ruiten", board.Find("canvas").GetAttribute("aria-label"));
    }

    private static RevealView FirstVotes() => TestData.Reveal(
        TestData.Answer("g1", Side.Gemeente, 4, 5),
        TestData.Answer("g2", Side.Gemeente, 3, 4),
        TestData.Answer("d1", Side.Dorpsbelangen, 1, 1));

    private static RevealView SecondVotes() => TestData.Reveal(
        TestData.Revoted(TestData.Answer("g1", Side.Gemeente, 4, 5), 2, 2),
        TestData.Revoted(TestData.Answer("g2", Side.Gemeente, 3, 4), 3, 4),
        TestData.Answer("d1", Side.Dorpsbelangen, 1, 1));

    private BoardLabels Labels() => BoardLabels.From(Services.GetRequiredService<IStringLocalizer<Strings>>());

    private static IReadOnlyList<DrawCommand> Commands(JSRuntimeInvocation draw) =>
        Assert.IsAssignableFrom<IReadOnlyList<DrawCommand>>(draw.Arguments[1]);

    /// <summary>A frame as comparable text: records holding lists compare by reference, frames must compare by content.</summary>
    private static string Text(IEnumerable<DrawCommand> frame) =>
        string.Join("\n", frame.Select(c => $"{c.Op} {string.Join(' ', c.N)} {c.S} {c.Tag}"));

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
