using Bunit;
using Spel.Client.Tests.Support;
using Spel.Scenarios.Play;

namespace Spel.Client.Tests.Host;

/// <summary>Issue 13, "Wat deden anderen?": the console's button for how the card went in practice.</summary>
public sealed partial class HostConsoleTests
{
    [Fact]
    public void After_the_reveal_the_console_offers_to_show_how_it_went_in_practice_and_sends_that()
    {
        var view = View(Round(Phase.Onthulling, TestData.Card() with { WhatHappened = "Het terras kwam er." }), HostCommand.Discuss) with
        {
            Controls = [HostCommand.Pause, HostCommand.ShowPractice],
        };
        var page = RenderConsole(view);

        var show = page.Find("[data-testid=control-ShowPractice]");
        Assert.Equal("Zo ging het in de praktijk tonen", show.TextContent.Trim());
        Assert.Contains("Wat deden anderen?", page.Find("[data-testid=round-controls]").TextContent);
        Assert.Empty(page.FindAll("[data-testid=control-HidePractice]"));
        Assert.Equal("Het terras kwam er.", page.Find("[data-testid=practice-preview]").TextContent);
        show.Click();

        Assert.Equal([HostCommand.ShowPractice], _connection.Commands);
    }

    [Fact]
    public void Once_shown_the_console_offers_to_hide_it_again()
    {
        var card = TestData.Card() with { WhatHappened = "Het terras kwam er." };
        var view = View(Round(Phase.Gesprek, card) with { PracticeShown = true }, HostCommand.Conclude) with
        {
            Controls = [HostCommand.Pause, HostCommand.HidePractice],
        };
        var page = RenderConsole(view);

        page.Find("[data-testid=control-HidePractice]").Click();

        Assert.Empty(page.FindAll("[data-testid=control-ShowPractice]"));
        Assert.Equal([HostCommand.HidePractice], _connection.Commands);
    }

    [Fact]
    public void A_card_that_does_not_tell_how_it_went_gets_no_practice_button()
    {
        var view = View(Round(Phase.Onthulling, TestData.Card()), HostCommand.Discuss) with { Controls = [HostCommand.Pause, HostCommand.SkipCard] };
        var page = RenderConsole(view);

        Assert.Empty(page.FindAll("[data-testid=control-ShowPractice], [data-testid=control-HidePractice], [data-testid=practice-preview]"));
        Assert.DoesNotContain("Wat deden anderen?", page.Find("[data-testid=round-controls]").TextContent);
    }
}
