using Bunit;
using Spel.Client.Cards;
using Spel.Client.Pages.Present;
using Spel.Client.Realtime;
using Spel.Client.Tests.Support;
using Spel.Scenarios.Decks;
using Spel.Scenarios.Play;

namespace Spel.Client.Tests.Present;

/// <summary>Issue 11: the projector as a fixed stage; its header, its typographic scale, its lobby and its themes.</summary>
public sealed partial class ProjectorPageTests
{
    /// <summary>The 679-character situation of the issue: within the deck limit, and 400 px too tall for the old projector.</summary>
    private static readonly string LongSituation = string.Concat(Enumerable.Repeat("Het dorpshuis wil een terras op het plein, maar de buren maken zich zorgen. ", 9))[..679];

    [Fact]
    public void The_countdown_the_phase_and_the_language_sit_in_the_stage_header_above_the_card_not_over_it()
    {
        var page = Show(View(Phase.Kiezen, null, round => round with { Timer = new TimerView(Phase.Kiezen, 120, 90, true) }));

        var header = page.Find(".stage > header.stage-header");
        Assert.Equal("Kiezen", header.QuerySelector("[data-testid=phase]")!.TextContent);
        Assert.NotNull(header.QuerySelector("[data-testid=countdown]"));
        Assert.NotNull(header.QuerySelector(".language-toggle"));
        var content = page.Find("main[data-testid=projector-phase]");
        Assert.Empty(content.QuerySelectorAll("[data-testid=countdown], .language-toggle"));
        Assert.NotNull(content.QuerySelector("[data-testid=card-title]"));
    }

    [Fact]
    public void The_projector_page_draws_its_phase_with_the_stage_the_deck_studio_previews_with()
    {
        var page = Show(View(Phase.Situatie, null));

        var stage = page.FindComponent<ProjectorStage>();
        Assert.Equal(Phase.Situatie, stage.Instance.View!.Round.Phase);
        Assert.Equal(TestData.Card().Title, stage.FindComponent<CardHeading>().Instance.Card.Title);
        Assert.NotNull(stage.Find(".stage-controls [data-testid=stage-theme]"));
    }

    [Fact]
    public void A_short_situation_is_set_large_and_the_longest_one_the_deck_allows_goes_into_two_columns()
    {
        var shortCard = Show(View(Phase.Situatie, null));
        Assert.Equal("short", shortCard.Find(".situation").GetAttribute("data-fit"));

        var longCard = Show(View(Phase.Situatie, null, round => round with { Card = round.Card! with { Situation = LongSituation } }));
        var situation = longCard.Find(".situation");
        Assert.Equal("long", situation.GetAttribute("data-fit"));
        Assert.Equal(LongSituation, situation.TextContent);
    }

    [Fact]
    public void A_full_lobby_lists_as_many_seats_as_the_stage_holds_and_says_how_many_more_joined()
    {
        var seats = Enumerable.Range(1, 35)
            .Select(i => new ParticipantBadge($"Deelnemer {i}", i % 2 == 0 ? Side.Gemeente : Side.Dorpsbelangen, null, SeatKind.Person))
            .ToList();

        var page = Show(View(Phase.Lobby, null) with { Participants = seats });

        var names = page.FindAll("[data-testid=participants] strong").Select(s => s.TextContent).ToList();
        Assert.Equal(17, names.Count);
        Assert.Equal("Deelnemer 17", names[^1]);
        Assert.Equal("en nog 18", page.Find("[data-testid=participants-more]").TextContent);
        Assert.Equal("Aan tafel: 35", page.Find(".lobby-participants h2").TextContent);
    }

    [Fact]
    public void Beside_the_board_four_options_with_predictions_take_the_dense_layout_and_three_short_ones_do_not()
    {
        var roomy = Show(View(Phase.Onthulling, Answered()));
        Assert.Equal("roomy", roomy.Find(".reveal").GetAttribute("data-fit"));

        var crowded = Answered() with
        {
            Outcome = Answered().Outcome with
            {
                Options = [.. Answered().Outcome.Options, new OptionTally("vierde", "Ik vraag de gemeente", VillageFunction.Aanjager, 0, 0, 0)],
            },
            Predictions = Predicted().Predictions,
        };
        var dense = Show(View(Phase.Onthulling, crowded));
        Assert.Equal("dense", dense.Find(".reveal").GetAttribute("data-fit"));
        Assert.Equal(4, dense.FindAll(".reveal-aside .option-result").Count);
    }

    [Fact]
    public void The_reveal_beside_the_board_says_how_well_each_side_knows_the_other_and_leaves_the_sentences_to_the_conversation()
    {
        var page = Show(View(Phase.Onthulling, Predicted()));

        var predictions = page.WaitForElement("[data-testid=predictions]");
        Assert.Equal("Hoe goed kennen we elkaar: 82%", predictions.QuerySelector("[data-testid=know-each-other-gemeente]")!.TextContent);
        Assert.DoesNotContain("De gemeente dacht", predictions.TextContent);
    }

    [Fact]
    public void The_facilitator_switches_the_stage_to_dark_for_a_dim_hall_and_this_browser_remembers_it()
    {
        var page = Show(View(Phase.Lobby, null));
        var stage = page.Find("[data-testid=stage]");
        Assert.Equal("light", stage.GetAttribute("data-theme"));
        Assert.Equal("false", page.Find("[data-testid=stage-theme]").GetAttribute("aria-pressed"));

        page.WaitForAssertion(() => Assert.False(page.Find("[data-testid=stage-theme]").HasAttribute("disabled")));
        page.Find("[data-testid=stage-theme]").Click();

        // The click's handler and the page's first after-render (which reads the stored theme) may finish in either
        // order on a busy machine: wait for the stage rather than assume the render is done.
        page.WaitForAssertion(() =>
        {
            Assert.Equal("dark", page.Find("[data-testid=stage]").GetAttribute("data-theme"));
            Assert.Equal("true", page.Find("[data-testid=stage-theme]").GetAttribute("aria-pressed"));
            Assert.Equal("dark", _storage.Items[StorageKeys.StageTheme]);
        });
    }

    [Fact]
    public void A_projector_whose_browser_chose_dark_before_opens_dark()
    {
        _storage.Items[StorageKeys.StageTheme] = "dark";

        var page = Show(View(Phase.Lobby, null));

        page.WaitForAssertion(() => Assert.Equal("dark", page.Find("[data-testid=stage]").GetAttribute("data-theme")));
    }
}
