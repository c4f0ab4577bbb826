using Bunit;
using Spel.Client.Tests.Support;
using Spel.Scenarios.Play;

namespace Spel.Client.Tests.Present;

/// <summary>The projector during a pause.</summary>
public sealed partial class ProjectorPageTests
{
    [Fact]
    public void A_paused_session_shows_a_calm_pause_screen_with_the_join_code_and_none_of_the_round()
    {
        var page = Show(View(Phase.Kiezen, reveal: null, round => round with { Paused = true }));

        var pause = page.Find("[data-testid=pause-screen]");

        Assert.Contains("Even pauze", pause.TextContent);
        Assert.Equal("ABC DEFG", page.Find("[data-testid=pause-join-code]").TextContent);
        Assert.Empty(page.FindAll("[data-testid=answered-count]"));
    }

    [Fact]
    public void After_the_pause_the_projector_shows_the_round_again()
    {
        var page = Show(View(Phase.Kiezen, reveal: null, round => round with { Paused = true }));

        _connection.Push(View(Phase.Kiezen, reveal: null) with { Version = 2 });

        page.WaitForAssertion(() => Assert.Empty(page.FindAll("[data-testid=pause-screen]")));
        Assert.NotNull(page.Find("[data-testid=answered-count]"));
    }
}
