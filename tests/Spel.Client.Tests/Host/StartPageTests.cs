using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Spel.Client.Pages.Host;
using Spel.Client.Realtime;
using Spel.Client.Tests.Support;
using Spel.Scenarios.Play;

namespace Spel.Client.Tests.Host;

public sealed class StartPageTests : DutchContext
{
    private readonly FakeServer _server = new();
    private readonly FakeBrowserStorage _storage = new();

    public StartPageTests()
    {
        _server.Decks =
        [
            new DeckSummary("regie", "Wie heeft de regie?", "Gemengde groepen", "nl", 3,
            [
                new CardSummary("terras", "Het terras"),
                new CardSummary("zwemvijver", "De zwemvijver"),
                new CardSummary("speeltuin", "De speeltuin"),
            ]),
            new DeckSummary("nieuwe-stijl", "Dorpsbelangen nieuwe stijl", "Over de eigen rol", "nl", 1,
            [
                new CardSummary("dorpsplan", "Het dorpsplan"),
            ]),
        ];
        Services.AddSingleton(sp => new SpelApi(sp.GetRequiredService<NavigationManager>(), _server));
        Services.AddSingleton<IBrowserStorage>(_storage);
    }

    [Fact]
    public void Without_changes_a_session_plays_every_card_in_deck_order_with_everything_off()
    {
        var page = RenderWithDeck("regie");

        var request = Create(page);
        Assert.Equal("regie", request.DeckId);
        var settings = request.Settings!;
        Assert.Equal(["terras", "zwemvijver", "speeltuin"], settings.CardIds);
        Assert.False(settings.Anonymous || settings.Herstemming || settings.Wisselperspectief || settings.ShareWithOtherVillages || settings.TimersAdvance);
        Assert.Equal(SeatKind.Person, settings.SeatKind);
        Assert.Empty(settings.Timers);
    }

    [Fact]
    public void The_request_has_the_cards_in_the_order_set_with_the_arrows_without_the_unchecked_one()
    {
        var page = RenderWithDeck("regie");

        page.Find("[data-testid=card-down-terras]").Click();
        page.Find("[data-testid=card-up-speeltuin]").Click();
        page.Find("[data-testid=card-toggle-zwemvijver]").Change(false);
        Assert.Equal(["speeltuin", "terras"], Create(page).Settings!.CardIds);
    }

    [Fact]
    public void The_arrows_name_their_card_and_the_ends_of_the_list_cannot_move_further()
    {
        var page = RenderWithDeck("regie");

        Assert.Equal("Kaart ‘De zwemvijver’ omhoog", page.Find("[data-testid=card-up-zwemvijver]").GetAttribute("aria-label"));
        Assert.True(page.Find("[data-testid=card-up-terras]").HasAttribute("disabled"));
        Assert.True(page.Find("[data-testid=card-down-speeltuin]").HasAttribute("disabled"));
        Assert.False(page.Find("[data-testid=card-down-terras]").HasAttribute("disabled"));
    }

    [Fact]
    public void The_toggles_seats_and_timers_end_up_in_the_settings_with_timers_in_seconds()
    {
        var page = RenderWithDeck("regie");

        page.Find("[data-testid=setting-anonymous]").Change(true);
        page.Find("[data-testid=setting-herstemming]").Change(true);
        page.Find("[data-testid=setting-wisselperspectief]").Change(true);
        page.Find("[data-testid=setting-share]").Change(true);
        page.Find("[data-testid=setting-tables]").Change(true);
        page.Find("[data-testid=timer-kiezen]").Change("3");
        page.Find("[data-testid=timer-gesprek]").Change("1.5");
        page.Find("[data-testid=timer-herstemming]").Change("0.5");
        page.Find("[data-testid=timers-advance]").Change(true);

        var settings = Create(page).Settings!;
        Assert.True(settings.Anonymous);
        Assert.True(settings.Herstemming);
        Assert.True(settings.Wisselperspectief);
        Assert.True(settings.ShareWithOtherVillages);
        Assert.Equal(SeatKind.Table, settings.SeatKind);
        Assert.True(settings.TimersAdvance);
        Assert.Equal(
            [new PhaseTimer(Phase.Kiezen, 180), new PhaseTimer(Phase.Gesprek, 90), new PhaseTimer(Phase.Herstemming, 30)],
            settings.Timers);
    }

    [Fact]
    public void The_re_vote_timer_is_only_offered_with_herstemming_on()
    {
        var page = RenderWithDeck("regie");
        Assert.Empty(page.FindAll("[data-testid=timer-herstemming]"));

        page.Find("[data-testid=setting-herstemming]").Change(true);

        Assert.Single(page.FindAll("[data-testid=timer-herstemming]"));
    }

    [Fact]
    public void A_created_session_keeps_its_host_key_and_opens_the_console()
    {
        var page = RenderWithDeck("regie");

        page.Find("[data-testid=create-session]").Click();

        page.WaitForAssertion(() => Assert.EndsWith("/begeleider/ABCDEFG", Services.GetRequiredService<NavigationManager>().Uri));
        Assert.Equal("host-key-1", _storage.Items[StorageKeys.HostKey("ABCDEFG")]);
    }

    [Fact]
    public void Without_any_card_chosen_nothing_is_sent_and_the_page_says_why()
    {
        var page = RenderWithDeck("regie");

        page.Find("[data-testid=cards-none]").Click();
        page.Find("[data-testid=create-session]").Click();

        Assert.Empty(_server.Created);
        Assert.Equal("Kies minstens één kaart.", page.Find("[data-testid=cards-none-chosen]").TextContent);
        Assert.Contains("kies minstens één kaart", page.Find("[data-testid=settings-invalid]").TextContent);
    }

    [Theory]
    [InlineData("0.1")]
    [InlineData("61")]
    [InlineData("-2")]
    public void A_timer_out_of_range_is_marked_and_blocks_the_session(string minutes)
    {
        var page = RenderWithDeck("regie");

        page.Find("[data-testid=timer-kiezen]").Change(minutes);
        page.Find("[data-testid=create-session]").Click();

        Assert.Empty(_server.Created);
        Assert.Equal("true", page.Find("[data-testid=timer-kiezen]").GetAttribute("aria-invalid"));
        Assert.Contains("tussen 10 seconden en 60 minuten", page.Find("[data-testid=timer-kiezen-error]").TextContent);
    }

    [Fact]
    public void A_refusal_of_the_settings_is_shown_in_Dutch()
    {
        _server.CreateReply = _ => FakeServer.Problem(ErrorCode.InvalidSettings);
        var page = RenderWithDeck("regie");

        page.Find("[data-testid=create-session]").Click();

        page.WaitForAssertion(() => Assert.StartsWith("Deze instellingen kloppen niet", page.Find("[data-testid=error]").TextContent));
        Assert.False(page.Find("[data-testid=create-session]").HasAttribute("disabled"));
    }

    [Fact]
    public void Another_deck_brings_its_own_cards()
    {
        var page = RenderWithDeck("regie");
        page.Find("[data-testid=card-toggle-terras]").Change(false);

        page.Find("[data-testid=deck-nieuwe-stijl]").Click();
        var request = Create(page);
        Assert.Equal("nieuwe-stijl", request.DeckId);
        Assert.Equal(["dorpsplan"], request.Settings!.CardIds);
    }

    /// <summary>Presses "Sessie starten" and returns what the server got.</summary>
    private CreateSessionRequest Create(IRenderedComponent<Start> page)
    {
        page.Find("[data-testid=create-session]").Click();
        page.WaitForAssertion(() => Assert.Single(_server.Created));
        return _server.Created[0];
    }

    private IRenderedComponent<Start> RenderWithDeck(string deckId)
    {
        var page = Render<Start>();
        page.WaitForElement($"[data-testid=deck-{deckId}]").Click();
        page.WaitForElement("[data-testid=settings-form]");
        return page;
    }
}
