using Bunit;
using Spel.Client.Pages.Host;
using Spel.Client.Tests.Support;
using Spel.Scenarios.Play;

namespace Spel.Client.Tests.Host;

/// <summary>The console's round controls, the clicker's and keyboard's keys for them, and the help on the keys.</summary>
public sealed partial class HostConsoleTests
{
    [Fact]
    public void The_round_controls_show_only_what_the_session_allows_and_send_it()
    {
        var view = View(Round(Phase.Gesprek, TestData.Card()), HostCommand.Conclude) with
        {
            Controls = [HostCommand.Pause, HostCommand.BackToAgreement, HostCommand.SkipCard, HostCommand.ToDebrief],
        };
        var page = RenderConsole(view);

        var shown = page.FindAll("[data-testid^=control-]").Select(button => button.TextContent.Trim()).ToList();
        page.Find("[data-testid=control-SkipCard]").Click();

        Assert.Equal(["⏸ Pauze", "Vorige kaart: afspraak", "Kaart overslaan", "Naar de nabespreking"], shown);
        Assert.Contains("Nu afronden", page.Find("[data-testid=round-controls]").TextContent);
        Assert.Equal([HostCommand.SkipCard], _connection.Commands);
    }

    [Fact]
    public void After_a_skip_the_console_offers_to_undo_that_skip()
    {
        var view = View(Round(Phase.Situatie, TestData.Card(3)), HostCommand.OpenChoosing) with
        {
            Controls = [HostCommand.Pause, HostCommand.Undo],
            Undoes = HostCommand.SkipCard,
        };
        var page = RenderConsole(view);

        var undo = page.Find("[data-testid=control-Undo]");
        Assert.Equal("↶ Ongedaan maken: Kaart overslaan", undo.TextContent.Trim());
        undo.Click();

        Assert.Equal([HostCommand.Undo], _connection.Commands);
    }

    [Fact]
    public void While_paused_the_console_says_what_a_pause_means_and_offers_verder()
    {
        var view = View(Round(Phase.Kiezen, TestData.Card()) with { Paused = true }, next: null) with { Controls = [HostCommand.Resume] };
        var page = RenderConsole(view);

        Assert.Contains("de timer staat stil", page.Find("[data-testid=paused-notice]").TextContent);
        Assert.Equal("▶ Verder", page.Find("[data-testid=control-Resume]").TextContent.Trim());
        Assert.Empty(page.FindAll("[data-testid=control-Pause]"));
        var next = page.Find("[data-testid=next-step]");
        Assert.Equal(("Even pauze", true), (next.TextContent.Trim(), next.HasAttribute("disabled")));
    }

    [Fact]
    public void The_clickers_back_key_opens_the_previous_cards_afspraak_only_when_the_session_allows_it()
    {
        var first = RenderConsole(View(Round(Phase.Situatie, TestData.Card(1)), HostCommand.OpenChoosing) with { Controls = [HostCommand.Pause] });
        first.InvokeAsync(() => first.Instance.KeyPressedAsync(Clicker.Keys.Back));
        var afterFirst = _connection.Commands.ToList();

        var second = RenderConsole(View(Round(Phase.Situatie, TestData.Card(2)), HostCommand.OpenChoosing) with
        {
            Controls = [HostCommand.Pause, HostCommand.BackToAgreement],
        });
        second.InvokeAsync(() => second.Instance.KeyPressedAsync(Clicker.Keys.Back));

        Assert.Empty(afterFirst);
        Assert.Equal([HostCommand.BackToAgreement], _connection.Commands);
    }

    [Theory]
    [InlineData(false, HostCommand.Pause)]
    [InlineData(true, HostCommand.Resume)]
    public void The_clickers_black_screen_key_pauses_and_resumes(bool paused, HostCommand expected)
    {
        var page = RenderConsole(View(Round(Phase.Gesprek, TestData.Card()) with { Paused = paused }, HostCommand.Conclude) with
        {
            Controls = [expected],
        });

        page.InvokeAsync(() => page.Instance.KeyPressedAsync(Clicker.Keys.Pause));

        Assert.Equal([expected], _connection.Commands);
    }

    [Fact]
    public void Question_mark_opens_the_help_on_the_keys_and_escape_or_question_mark_closes_it()
    {
        var page = RenderConsole(View(Round(Phase.Gesprek, TestData.Card()), HostCommand.Conclude));

        page.InvokeAsync(() => page.Instance.KeyPressedAsync(Clicker.Keys.Help));
        var help = page.Find("[data-testid=key-help]").TextContent;
        page.InvokeAsync(() => page.Instance.KeyPressedAsync(Clicker.Keys.Close));
        var afterEscape = page.FindAll("[data-testid=key-help]").Count;
        page.Find("[data-testid=key-help-open]").Click();
        var fromButton = page.FindAll("[data-testid=key-help]").Count;
        page.InvokeAsync(() => page.Instance.KeyPressedAsync(Clicker.Keys.Help));

        Assert.Contains("PageDown", help);
        Assert.Contains("volgende stap", help);
        Assert.Contains("vorige kaart (afspraak)", help);
        Assert.Contains("pauze of verder", help);
        Assert.Equal((0, 1), (afterEscape, fromButton));
        Assert.Empty(page.FindAll("[data-testid=key-help]"));
        Assert.Empty(_connection.Commands);
    }

    [Fact]
    public void The_help_closes_with_its_button()
    {
        var page = RenderConsole(View(Round(Phase.Lobby, card: null), next: null));

        page.Find("[data-testid=key-help-open]").Click();
        page.Find("[data-testid=key-help-close]").Click();

        Assert.Empty(page.FindAll("[data-testid=key-help]"));
    }

    [Fact]
    public void A_frozen_countdown_stands_still_and_says_it_is_paused()
    {
        var timer = new TimerView(Phase.Kiezen, 90, 60, AdvancesPhase: true, Frozen: true);
        var page = RenderConsole(View(Round(Phase.Kiezen, TestData.Card()) with { Timer = timer, Paused = true }, next: null));

        var countdown = page.Find("[data-testid=countdown]");

        Assert.Equal("60", countdown.GetAttribute("data-seconds-left"));
        Assert.Contains("1:00", countdown.TextContent);
        Assert.Equal("gepauzeerd", page.Find("[data-testid=countdown-frozen]").TextContent);
    }

    [Fact]
    public void A_countdown_that_ran_out_says_it_waits_for_the_first_answer()
    {
        var timer = new TimerView(Phase.Kiezen, 60, 0, AdvancesPhase: true, WaitingFor: ErrorCode.NoAnswersYet);
        var page = RenderConsole(View(Round(Phase.Kiezen, TestData.Card()) with { Timer = timer }, next: null));

        Assert.Equal("wacht op het eerste antwoord", page.Find("[data-testid=countdown-waits]").TextContent);
    }
}
