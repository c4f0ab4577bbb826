using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Spel.Client.Pages.Host;
using Spel.Client.Realtime;
using Spel.Client.Tests.Support;
using Spel.Scenarios.Play;

namespace Spel.Client.Tests.Host;

/// <summary>Issue 10: a sensible first try. The deck's suggested short set is chosen first, with its estimated time.</summary>
public sealed class CardPickerTests : DutchContext
{
    private static readonly string[] SuggestedIds = ["kaart-1", "kaart-4", "kaart-7", "kaart-10", "kaart-13", "kaart-16"];

    private readonly FakeServer _server = new();

    public CardPickerTests()
    {
        _server.Decks =
        [
            new DeckSummary("regie", "Wie heeft de regie?", "Gemengde groepen", "nl", 18,
                Enumerable.Range(1, 18).Select(n => new CardSummary($"kaart-{n}", $"Kaart {n}", SuggestedIds.Contains($"kaart-{n}"))).ToList()),
            new DeckSummary("klein", "Zonder voorstel", "Een deck dat niets voorstelt", "nl", 2,
                [new CardSummary("terras", "Het terras"), new CardSummary("zwemvijver", "De zwemvijver")]),
        ];
        Services.AddSingleton(sp => new SpelApi(sp.GetRequiredService<NavigationManager>(), _server));
        Services.AddSingleton<IBrowserStorage>(new FakeBrowserStorage());
        Services.AddSingleton<IGameConnection>(new FakeGameConnection());
    }

    [Fact]
    public void A_deck_that_suggests_a_short_set_starts_with_only_those_cards_chosen_and_shown()
    {
        var page = RenderWithDeck("regie");

        Assert.Equal(SuggestedIds.Select(id => $"card-toggle-{id}"), page.FindAll("[data-testid^=card-toggle-]").Select(e => e.GetAttribute("data-testid")));
        Assert.Equal("6 van 18 kaarten gekozen", page.Find("[data-testid=cards-chosen]").TextContent);
        Assert.Equal("Alle kaarten tonen (18)", page.Find("[data-testid=cards-show-all]").TextContent.Trim());

        page.Find("[data-testid=create-session]").Click();
        page.WaitForAssertion(() => Assert.Single(_server.Created));
        Assert.Equal(SuggestedIds, _server.Created[0].Settings!.CardIds);
    }

    [Fact]
    public void The_full_list_is_one_click_away_and_a_card_from_it_can_be_added()
    {
        var page = RenderWithDeck("regie");

        page.Find("[data-testid=cards-show-all]").Click();
        page.Find("[data-testid=card-toggle-kaart-2]").Change(true);

        Assert.Equal(18, page.FindAll("[data-testid^=card-toggle-]").Count);
        Assert.Equal("7 van 18 kaarten gekozen", page.Find("[data-testid=cards-chosen]").TextContent);
        Assert.Equal("Alleen de voorgestelde kaarten tonen", page.Find("[data-testid=cards-show-all]").TextContent.Trim());
        Assert.Contains("voorgesteld", page.Find("[data-testid=card-toggle-kaart-1]").ParentElement!.TextContent);
    }

    [Fact]
    public void In_the_short_list_the_arrows_move_a_card_past_the_hidden_ones()
    {
        var page = RenderWithDeck("regie");

        page.Find("[data-testid=card-down-kaart-1]").Click();
        page.Find("[data-testid=create-session]").Click();

        page.WaitForAssertion(() => Assert.Single(_server.Created));
        Assert.Equal(["kaart-4", "kaart-1", "kaart-7", "kaart-10", "kaart-13", "kaart-16"], _server.Created[0].Settings!.CardIds);
    }

    [Fact]
    public void A_deck_without_suggested_cards_chooses_every_card_as_before()
    {
        var page = RenderWithDeck("klein");

        Assert.Equal("2 van 2 kaarten gekozen", page.Find("[data-testid=cards-chosen]").TextContent);
        Assert.Empty(page.FindAll("[data-testid=cards-show-all]"));
    }

    [Fact]
    public void The_estimated_time_follows_the_chosen_cards_and_the_timers()
    {
        var page = RenderWithDeck("regie");
        var suggested = Estimate(page);

        page.Find("[data-testid=timer-gesprek]").Change("10");
        var longerConversations = Estimate(page);
        page.Find("[data-testid=timer-gesprek]").Change("");
        page.Find("[data-testid=cards-all]").Click();
        var everyCard = Estimate(page);

        Assert.Equal("Geschatte duur: ongeveer 45 minuten", suggested);
        Assert.Equal("Geschatte duur: ongeveer 1 uur en 30 minuten", longerConversations);
        Assert.Equal("Geschatte duur: ongeveer 2 uur en 10 minuten", everyCard);
    }

    [Fact]
    public void A_re_vote_adds_to_the_estimate()
    {
        var page = RenderWithDeck("regie");

        page.Find("[data-testid=setting-herstemming]").Change(true);

        Assert.Equal("Geschatte duur: ongeveer 55 minuten", Estimate(page));
    }

    private static string Estimate(IRenderedComponent<Start> page) => page.Find("[data-testid=cards-estimate]").TextContent.Trim();

    private IRenderedComponent<Start> RenderWithDeck(string deckId)
    {
        var page = Render<Start>();
        page.WaitForElement($"[data-testid=deck-{deckId}]").Click();
        page.WaitForElement("[data-testid=settings-form]");
        return page;
    }
}
