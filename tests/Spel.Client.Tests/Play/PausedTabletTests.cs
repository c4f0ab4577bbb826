using Bunit;
using Spel.Client.Tests.Support;
using Spel.Scenarios.Play;

namespace Spel.Client.Tests.Play;

/// <summary>A tablet during a pause.</summary>
public sealed partial class PlayPageTests
{
    [Fact]
    public void A_pause_says_even_pauze_and_keeps_what_was_being_filled_in()
    {
        var page = RenderPlay(TestData.Participant(5, Phase.Kiezen));
        page.ChooseAndGoOn("eigenaarschap-3");
        page.Choose("regie-2");

        _connection.Push(Paused(TestData.Participant(6, Phase.Kiezen), paused: true));
        page.WaitForElement("[data-testid=pause-notice]");
        var duringPause = (page.Find("[data-testid=play-body]").HasAttribute("inert"), Pressed(page));
        _connection.Push(Paused(TestData.Participant(7, Phase.Kiezen), paused: false));
        page.WaitForAssertion(() => Assert.Empty(page.FindAll("[data-testid=pause-notice]")));

        Assert.Equal((true, true), duringPause);
        Assert.False(page.Find("[data-testid=play-body]").HasAttribute("inert"));
        Assert.True(Pressed(page));
        page.Find("[data-testid=answer-back]").Click();
        Assert.True(page.IsChosen("eigenaarschap-3"));
    }

    [Fact]
    public void The_pause_notice_says_even_pauze()
    {
        var page = RenderPlay(Paused(TestData.Participant(5, Phase.Gesprek), paused: true));

        Assert.StartsWith("☕ Even pauze.", page.Find("[data-testid=pause-notice]").TextContent.Trim());
    }

    /// <summary>The flow is still on the question it was on, with its choice.</summary>
    private static bool Pressed(IRenderedComponent<Spel.Client.Pages.Play.Play> page) =>
        page.Step() == "regie" && page.IsChosen("regie-2");

    private static ParticipantView Paused(ParticipantView view, bool paused) => view with { Round = view.Round with { Paused = paused } };
}
