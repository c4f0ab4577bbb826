using System.Net;
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
        Services.AddSingleton<IGameConnection>(new FakeGameConnection());
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
        Assert.Null(settings.Venue);
        Assert.Null(settings.Facilitator);
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
    public void A_facilitator_may_choose_that_a_typed_afspraak_is_kept_on_next_instead_of_being_asked_about()
    {
        var page = RenderWithDeck("regie");

        var asked = page.Find("[data-testid=setting-save-draft]").HasAttribute("checked");
        page.Find("[data-testid=setting-save-draft]").Change(true);

        Assert.False(asked);
        Assert.True(Create(page).Settings!.SaveDraftOnNext);
    }

    [Fact]
    public void The_venue_and_facilitator_for_the_debrief_cover_are_asked_and_optional()
    {
        var page = RenderWithDeck("regie");

        Assert.Equal("Dorp of locatie", page.Find("label[for=setting-venue]").TextContent);
        Assert.Equal("Begeleider", page.Find("label[for=setting-facilitator]").TextContent);
        Assert.Equal("80", page.Find("[data-testid=setting-venue]").GetAttribute("maxlength"));
        Assert.Contains("Niet verplicht", page.Find("#cover-hint").TextContent);

        page.Find("[data-testid=setting-venue]").Change("Dorpshuis De Linde, Ees");
        page.Find("[data-testid=setting-facilitator]").Change(" Anna de Vries ");

        var settings = Create(page).Settings!;
        Assert.Equal("Dorpshuis De Linde, Ees", settings.Venue);
        Assert.Equal("Anna de Vries", settings.Facilitator);
    }

    [Fact]
    public void A_created_session_keeps_its_host_key_and_opens_the_console()
    {
        var page = RenderWithDeck("regie");

        page.Find("[data-testid=create-session]").Click();

        page.WaitForAssertion(() => Assert.EndsWith("/begeleider/ABCDEFG", Services.GetRequiredService<NavigationManager>().Uri));
        Assert.Equal("host-key-1", _storage.Items[StorageKeys.HostKey("ABCDEFG")]);
        Assert.Equal(FakeServer.RecoveryCode, _storage.Items[StorageKeys.RecoveryCode("ABCDEFG")]);
        Assert.Equal([("ABCDEFG", "Wie heeft de regie?", ConsoleRole.Main)],
            System.Text.Json.JsonSerializer.Deserialize<List<KeptSession>>(_storage.Items[StorageKeys.MySessions], System.Text.Json.JsonSerializerOptions.Web)!
                .Select(s => (s.Code, s.DeckTitle, s.Role)));
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

    [Fact]
    public void On_the_laptop_in_the_hall_no_facilitator_code_is_asked()
    {
        var page = RenderWithDeck("regie");

        Assert.Empty(page.FindAll("[data-testid=facilitator-code]"));
        Create(page);
        Assert.Equal([null], _server.FacilitatorCodes);
    }

    [Fact]
    public void A_hosted_server_asks_for_the_facilitator_code_in_a_labelled_hidden_field()
    {
        _server.Policy = new CreationPolicy(NeedsFacilitatorCode: true, AllowedHere: true);
        var page = RenderWithDeck("regie");

        var field = page.Find("[data-testid=facilitator-code]");
        Assert.Equal("password", field.GetAttribute("type"));
        Assert.Equal("Begeleiderscode", page.Find("label[for=facilitator-code]").TextContent);
        Assert.Equal(
            "Deze server vraagt een code van de organisatie; die krijg je van de beheerder.",
            page.Find("#facilitator-code-hint").TextContent);

        page.Find("[data-testid=facilitator-code-show]").Click();
        Assert.Equal("text", page.Find("[data-testid=facilitator-code]").GetAttribute("type"));
    }

    [Fact]
    public void The_facilitator_code_goes_along_as_a_header_and_is_remembered_once_the_session_started()
    {
        _server.Policy = new CreationPolicy(NeedsFacilitatorCode: true, AllowedHere: true);
        var page = RenderWithDeck("regie");

        page.Find("[data-testid=facilitator-code]").Input("  organisatie-code-van-de-gemeente ");
        Create(page);

        Assert.Equal(["organisatie-code-van-de-gemeente"], _server.FacilitatorCodes);
        page.WaitForAssertion(() => Assert.Equal("organisatie-code-van-de-gemeente", _storage.Items[Start.FacilitatorCodeKey]));
    }

    [Fact]
    public void A_remembered_code_is_filled_in_so_the_facilitator_types_it_once()
    {
        _server.Policy = new CreationPolicy(NeedsFacilitatorCode: true, AllowedHere: true);
        _storage.Items[Start.FacilitatorCodeKey] = "organisatie-code-van-de-gemeente";
        var page = RenderWithDeck("regie");

        Assert.Equal("organisatie-code-van-de-gemeente", page.Find("[data-testid=facilitator-code]").GetAttribute("value"));
        Create(page);
        Assert.Equal(["organisatie-code-van-de-gemeente"], _server.FacilitatorCodes);
    }

    [Fact]
    public void A_remembered_code_can_be_forgotten_on_a_shared_computer()
    {
        _server.Policy = new CreationPolicy(NeedsFacilitatorCode: true, AllowedHere: true);
        _storage.Items[Start.FacilitatorCodeKey] = "organisatie-code-van-de-gemeente";
        var page = RenderWithDeck("regie");

        page.Find("[data-testid=facilitator-code-forget]").Click();

        Assert.False(_storage.Items.ContainsKey(Start.FacilitatorCodeKey));
        Assert.Equal("", page.Find("[data-testid=facilitator-code]").GetAttribute("value"));
        Assert.Empty(page.FindAll("[data-testid=facilitator-code-forget]"));
    }

    [Fact]
    public void Without_the_code_nothing_is_sent_and_the_field_says_why()
    {
        _server.Policy = new CreationPolicy(NeedsFacilitatorCode: true, AllowedHere: true);
        var page = RenderWithDeck("regie");

        page.Find("[data-testid=create-session]").Click();

        Assert.Empty(_server.Created);
        Assert.Equal("Vul de begeleiderscode in om de sessie te starten.", page.Find("[data-testid=facilitator-code-missing]").TextContent);
        Assert.Equal("true", page.Find("[data-testid=facilitator-code]").GetAttribute("aria-invalid"));
    }

    [Fact]
    public void A_wrong_facilitator_code_is_explained_and_not_kept()
    {
        _server.Policy = new CreationPolicy(NeedsFacilitatorCode: true, AllowedHere: true);
        _storage.Items[Start.FacilitatorCodeKey] = "een-code-die-niet-meer-geldt";
        _server.CreateReply = _ => FakeServer.Problem(ErrorCode.WrongFacilitatorCode, HttpStatusCode.Forbidden);
        var page = RenderWithDeck("regie");

        page.Find("[data-testid=create-session]").Click();

        page.WaitForAssertion(() => Assert.StartsWith("Deze begeleiderscode klopt niet", page.Find("[data-testid=error]").TextContent));
        Assert.False(_storage.Items.ContainsKey(Start.FacilitatorCodeKey));
        Assert.Equal("http://localhost/", Services.GetRequiredService<NavigationManager>().Uri);
    }

    [Fact]
    public void A_code_a_header_cannot_carry_is_refused_without_asking_the_server()
    {
        _server.Policy = new CreationPolicy(NeedsFacilitatorCode: true, AllowedHere: true);
        var page = RenderWithDeck("regie");

        page.Find("[data-testid=facilitator-code]").Input("café-van-het-dorpshuis");
        page.Find("[data-testid=create-session]").Click();

        page.WaitForAssertion(() => Assert.StartsWith("Deze begeleiderscode klopt niet", page.Find("[data-testid=error]").TextContent));
        Assert.Empty(_server.Created);
    }

    [Theory]
    [InlineData(ErrorCode.CreationNotAllowed, HttpStatusCode.Forbidden, "Een sessie starten kan alleen op de laptop van de begeleider")]
    [InlineData(ErrorCode.TooManySessions, HttpStatusCode.TooManyRequests, "Vanaf dit apparaat zijn net veel sessies gestart")]
    [InlineData(ErrorCode.TooManyAttempts, HttpStatusCode.TooManyRequests, "Te veel pogingen vanaf dit apparaat")]
    [InlineData(ErrorCode.InvalidSettings, HttpStatusCode.RequestEntityTooLarge, "Deze instellingen kloppen niet")]
    [InlineData(ErrorCode.DeckNotFound, HttpStatusCode.NotFound, "Deze kaartenset bestaat niet")]
    public void Every_refusal_is_shown_in_Dutch_whatever_its_status(ErrorCode code, HttpStatusCode status, string dutch)
    {
        _server.CreateReply = _ => FakeServer.Problem(code, status);
        var page = RenderWithDeck("regie");

        page.Find("[data-testid=create-session]").Click();

        page.WaitForAssertion(() => Assert.StartsWith(dutch, page.Find("[data-testid=error]").TextContent));
    }

    [Fact]
    public void A_tablet_in_the_hall_is_not_offered_to_start_but_told_where_and_led_to_the_join_page()
    {
        _server.Policy = new CreationPolicy(NeedsFacilitatorCode: false, AllowedHere: false);

        var page = Render<Start>();

        var notHere = page.WaitForElement("[data-testid=not-here]");
        Assert.Contains("alleen worden gestart op de laptop waarop het spel draait", notHere.TextContent);
        Assert.Equal("http://localhost/", page.Find("[data-testid=laptop-address]").TextContent);
        Assert.Equal("doe-mee", page.Find("[data-testid=join-link]").GetAttribute("href"));
        Assert.Empty(page.FindAll("[data-testid=create-session]"));
        Assert.Empty(page.FindAll(".deck-card"));
        Assert.DoesNotContain("Sessie starten", page.Markup);
    }

    [Fact]
    public void After_a_deletion_the_start_page_says_which_session_went()
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo("/", new NavigationOptions { HistoryEntryState = "ABCDEFG" });

        var page = Render<Start>();

        Assert.Equal("✓ De sessie ABC DEFG en alle antwoorden zijn verwijderd.", page.Find("[data-testid=deleted]").TextContent);
    }

    [Fact]
    public void Without_a_deletion_there_is_no_such_message()
    {
        var page = RenderWithDeck("regie");

        Assert.Empty(page.FindAll("[data-testid=deleted]"));
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
