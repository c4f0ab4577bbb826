using Bunit;
using Spel.Client.Pages.Host;
using Spel.Client.Tests.Support;
using Spel.Scenarios.Play;

namespace Spel.Client.Tests.Host;

/// <summary>Issue 10: a sensible first try. The deck's suggested short set is chosen first, with its estimated time.</summary>
public sealed class CardPickerTests : DutchContext
{
    private static readonly string[] SuggestedIds = ["kaart-1", "kaart-4", "kaart-7", "kaart-10", "kaart-13", "kaart-16"];

    private static readonly DeckSummary Suggesting = new("regie", "Wie heeft de regie?", "Gemengde groepen", "nl", 18,
        Enumerable.Range(1, 18).Select(n => new CardSummary($"kaart-{n}", $"Kaart {n}", SuggestedIds.Contains($"kaart-{n}"))).ToList());

    private static readonly DeckSummary WithoutSuggestion = new("klein", "Zonder voorstel", "Een deck dat niets voorstelt", "nl", 2,
        [new CardSummary("terras", "Het terras"), new CardSummary("zwemvijver", "De zwemvijver")]);

    [Fact]
    public void A_deck_that_suggests_a_short_set_starts_with_only_those_cards_chosen_and_shown()
    {
        var draft = new SettingsDraft(Suggesting);
        var picker = RenderPicker(draft);

        Assert.Equal(SuggestedIds.Select(id => $"card-toggle-{id}"), picker.FindAll("[data-testid^=card-toggle-]").Select(e => e.GetAttribute("data-testid")));
        Assert.Equal("6 van 18 kaarten gekozen", picker.Find("[data-testid=cards-chosen]").TextContent);
        Assert.Equal("Alle kaarten tonen (18)", picker.Find("[data-testid=cards-show-all]").TextContent.Trim());
        Assert.Equal(SuggestedIds, draft.ToRequest().Settings!.CardIds);
    }

    [Fact]
    public void The_full_list_is_one_click_away_and_a_card_from_it_can_be_added()
    {
        var draft = new SettingsDraft(Suggesting);
        var picker = RenderPicker(draft);

        picker.Find("[data-testid=cards-show-all]").Click();
        picker.Find("[data-testid=card-toggle-kaart-2]").Change(true);

        Assert.Equal(18, picker.FindAll("[data-testid^=card-toggle-]").Count);
        Assert.Equal("7 van 18 kaarten gekozen", picker.Find("[data-testid=cards-chosen]").TextContent);
        Assert.Equal("Alleen de voorgestelde kaarten tonen", picker.Find("[data-testid=cards-show-all]").TextContent.Trim());
        Assert.Contains("voorgesteld", picker.Find("[data-testid=card-toggle-kaart-1]").ParentElement!.TextContent);
        Assert.Equal(["kaart-1", "kaart-2", "kaart-4"], draft.ToRequest().Settings!.CardIds.Take(3));
    }

    [Fact]
    public void In_the_short_list_the_arrows_move_a_card_past_the_hidden_ones()
    {
        var draft = new SettingsDraft(Suggesting);
        var picker = RenderPicker(draft);

        picker.Find("[data-testid=card-down-kaart-1]").Click();

        Assert.Equal(["kaart-4", "kaart-1", "kaart-7", "kaart-10", "kaart-13", "kaart-16"], draft.ToRequest().Settings!.CardIds);
        Assert.True(picker.Find("[data-testid=card-down-kaart-16]").HasAttribute("disabled"));
    }

    [Fact]
    public void A_deck_without_suggested_cards_chooses_every_card_as_before()
    {
        var picker = RenderPicker(new SettingsDraft(WithoutSuggestion));

        Assert.Equal("2 van 2 kaarten gekozen", picker.Find("[data-testid=cards-chosen]").TextContent);
        Assert.Empty(picker.FindAll("[data-testid=cards-show-all]"));
    }

    [Fact]
    public void The_estimated_time_follows_the_chosen_cards_and_the_timers()
    {
        var draft = new SettingsDraft(Suggesting);
        var picker = RenderPicker(draft);
        var suggested = Estimate(picker);

        draft.TimerMinutes[Phase.Gesprek] = 10;
        picker.Render();
        var longerConversations = Estimate(picker);
        draft.TimerMinutes[Phase.Gesprek] = null;
        picker.Find("[data-testid=cards-all]").Click();
        var everyCard = Estimate(picker);

        Assert.Equal("Geschatte duur: ongeveer 45 minuten", suggested);
        Assert.Equal("Geschatte duur: ongeveer 1 uur en 30 minuten", longerConversations);
        Assert.Equal("Geschatte duur: ongeveer 2 uur en 10 minuten", everyCard);
    }

    [Fact]
    public void A_re_vote_adds_to_the_estimate_and_a_timer_out_of_range_does_not_count()
    {
        var draft = new SettingsDraft(Suggesting) { Herstemming = true };
        draft.TimerMinutes[Phase.Kiezen] = 500;

        Assert.Equal("Geschatte duur: ongeveer 55 minuten", Estimate(RenderPicker(draft)));
    }

    [Fact]
    public void The_console_lobby_shows_the_same_estimate_for_the_session_as_created()
    {
        var settings = new SessionSettings(
            ["terras", "zwemvijver", "speeltuin"],
            Herstemming: true,
            Timers: [new PhaseTimer(Phase.Kiezen, 180), new PhaseTimer(Phase.Gesprek, 90)]);

        var summary = Render<SettingsSummary>(p => p.Add(c => c.Settings, settings));

        Assert.Equal("Geschatte duur: ongeveer 30 minuten", summary.Find("[data-testid=summary-estimate]").TextContent.Trim());
    }

    private static string Estimate(IRenderedComponent<CardPicker> picker) => picker.Find("[data-testid=cards-estimate]").TextContent.Trim();

    private IRenderedComponent<CardPicker> RenderPicker(SettingsDraft draft) =>
        Render<CardPicker>(p => p.Add(c => c.Draft, draft));
}
