using Bunit;
using Spel.Client.Tests.Support;
using Spel.Scenarios.Play;

namespace Spel.Client.Tests.Present;

/// <summary>Issue 13, "Zo ging het in de praktijk" on the projector's stage.</summary>
public sealed partial class ProjectorPageTests
{
    private const string Practice = "Het terras kwam er, <b>kleiner</b> dan gevraagd.\nDe buren zitten er nu zelf.";

    [Fact]
    public void Shown_after_the_reveal_how_it_went_in_practice_takes_the_boards_place_as_plain_text()
    {
        var page = Show(View(Phase.Gesprek, TestData.Reveal(), round => round with
        {
            Card = round.Card! with { WhatHappened = Practice },
            PracticeShown = true,
        }));

        var practice = page.Find("[data-testid=practice]");
        Assert.Equal("Zo ging het in de praktijk", practice.QuerySelector("h2")!.TextContent);
        var text = page.Find("[data-testid=practice-text]");
        Assert.Equal(Practice, text.TextContent);
        Assert.Empty(text.QuerySelectorAll("b"));
        Assert.Equal("short", text.GetAttribute("data-fit"));
        Assert.Empty(page.FindAll("canvas"));
    }

    [Fact]
    public void The_longest_practice_the_deck_allows_goes_into_two_columns_as_the_longest_situation_does()
    {
        var page = Show(View(Phase.Onthulling, TestData.Reveal(), round => round with
        {
            Card = round.Card! with { WhatHappened = LongSituation },
            PracticeShown = true,
        }));

        Assert.Equal("long", page.Find("[data-testid=practice-text]").GetAttribute("data-fit"));
    }

    [Fact]
    public void Not_shown_the_projector_keeps_the_board_and_keeps_what_happened_to_itself()
    {
        var page = Show(View(Phase.Onthulling, TestData.Reveal(), round => round with { Card = round.Card! with { WhatHappened = Practice } }));

        Assert.Empty(page.FindAll("[data-testid=practice]"));
        Assert.DoesNotContain("De buren zitten er nu zelf", page.Markup);
        Assert.NotEmpty(page.FindAll("canvas"));
    }
}
