using System.Net;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Spel.Client.Pages.Host;
using Spel.Client.Realtime;
using Spel.Client.Tests.Debrief;
using Spel.Client.Tests.Support;
using Spel.Scenarios.Decks;
using Spel.Scenarios.Play;

namespace Spel.Client.Tests.Host;

public sealed partial class HostConsoleTests : ConsoleContext
{
    private long _version;

    [Theory]
    [InlineData(Phase.Gesprek, HostCommand.Revote, 2, "Herstemming openen")]
    [InlineData(Phase.Gesprek, HostCommand.Conclude, 2, "Naar de afspraak")]
    [InlineData(Phase.Herstemming, HostCommand.Conclude, 2, "Toon verschuiving en leg vast")]
    [InlineData(Phase.Afspraak, HostCommand.NextCard, 2, "Volgende kaart")]
    [InlineData(Phase.Afspraak, HostCommand.NextCard, 8, "Naar de slotvraag")]
    [InlineData(Phase.Slotvraag, HostCommand.Finish, 8, "Naar de nabespreking")]
    public void The_big_button_says_what_the_next_step_does(Phase phase, HostCommand next, int cardNumber, string label)
    {
        var page = RenderConsole(View(Round(phase, TestData.Card(cardNumber, count: 8)), next));

        Assert.Equal($"{label} →", page.Find("[data-testid=next-step]").TextContent.Trim());
    }

    [Fact]
    public void The_clicker_sends_the_same_command_as_the_button()
    {
        var page = RenderConsole(View(Round(Phase.Herstemming, TestData.Card()), HostCommand.Conclude));

        page.InvokeAsync(() => page.Instance.KeyPressedAsync(Clicker.Keys.Next));
        page.Find("[data-testid=next-step]").Click();

        Assert.Equal([HostCommand.Conclude, HostCommand.Conclude], _connection.Commands);
    }

    [Fact]
    public void Without_a_timer_there_is_nothing_to_extend_or_stop()
    {
        var page = RenderConsole(View(Round(Phase.Gesprek, TestData.Card()), HostCommand.Conclude));

        Assert.Empty(page.FindAll("[data-testid=timer-extend]"));
        Assert.Empty(page.FindAll("[data-testid=timer-stop]"));
        Assert.Empty(page.FindAll("[data-testid=countdown]"));
    }

    [Fact]
    public void A_running_timer_shows_its_countdown_and_can_be_extended_and_stopped()
    {
        var timer = new TimerView(Phase.Gesprek, 300, 125, AdvancesPhase: false);
        var page = RenderConsole(View(Round(Phase.Gesprek, TestData.Card()) with { Timer = timer }, HostCommand.Conclude));

        Assert.Contains("2:05", page.Find("[data-testid=countdown]").TextContent);
        page.Find("[data-testid=timer-extend]").Click();
        page.Find("[data-testid=timer-stop]").Click();

        // The second command is sent from the click's handler after the first one's reply; wait for it to land.
        page.WaitForAssertion(() => Assert.Equal([HostCommand.ExtendTimer, HostCommand.StopTimer], _connection.Commands.ToArray()));
        Assert.Equal("+1 minuut", page.Find("[data-testid=timer-extend]").TextContent.Trim());
    }

    [Fact]
    public void A_stopped_timer_takes_its_buttons_away()
    {
        var timer = new TimerView(Phase.Kiezen, 120, 60, AdvancesPhase: true);
        var running = View(Round(Phase.Kiezen, TestData.Card()) with { Timer = timer }, HostCommand.Reveal);
        _connection.CommandReply = _ => Reply<FacilitatorView>.Ok(View(Round(Phase.Kiezen, TestData.Card()), HostCommand.Reveal));
        var page = RenderConsole(running);

        page.Find("[data-testid=timer-stop]").Click();

        page.WaitForAssertion(() => Assert.Empty(page.FindAll("[data-testid=timer-stop]")));
    }

    [Fact]
    public void A_refused_command_is_explained()
    {
        _connection.CommandReply = _ => Reply<FacilitatorView>.Refused(ErrorCode.NoTimerRunning);
        var timer = new TimerView(Phase.Gesprek, 300, 10, AdvancesPhase: false);
        var page = RenderConsole(View(Round(Phase.Gesprek, TestData.Card()) with { Timer = timer }, HostCommand.Conclude));

        page.Find("[data-testid=timer-extend]").Click();

        page.WaitForAssertion(() => Assert.Equal("Er loopt nu geen klok.", page.Find("[data-testid=command-error]").TextContent));
    }

    [Fact]
    public void The_lobby_shows_the_settings_in_plain_words()
    {
        var settings = new SessionSettings(
            ["terras", "zwemvijver", "speeltuin"],
            Anonymous: true,
            Herstemming: true,
            Wisselperspectief: false,
            ShareWithOtherVillages: true,
            SeatKind: SeatKind.Table,
            Timers: [new PhaseTimer(Phase.Kiezen, 180), new PhaseTimer(Phase.Gesprek, 90)],
            TimersAdvance: false);
        var page = RenderConsole(View(Round(Phase.Lobby, card: null) with { Settings = settings }, next: null));

        var summary = page.Find("[data-testid=settings-summary]");
        Assert.Equal("3 kaarten", page.Find("[data-testid=summary-cards]").TextContent);
        Assert.Contains("Anoniem", page.Find("[data-testid=summary-anonymous]").TextContent);
        Assert.Equal("Herstemming na het gesprek", page.Find("[data-testid=summary-herstemming]").TextContent);
        Assert.Equal("Geen wisselperspectief", page.Find("[data-testid=summary-wisselperspectief]").TextContent);
        Assert.Contains("gedeeld met andere dorpen", page.Find("[data-testid=summary-share]").TextContent);
        Assert.Equal("Tafels delen een tablet", page.Find("[data-testid=summary-seats]").TextContent);
        Assert.Contains("Timers: Kiezen 3 min, Gesprek 1:30 min", summary.TextContent);
        Assert.Contains("alleen de tijd", summary.TextContent);
    }

    [Fact]
    public void The_settings_are_only_summed_up_in_the_lobby()
    {
        var page = RenderConsole(View(Round(Phase.Situatie, TestData.Card()), HostCommand.OpenChoosing));

        Assert.Empty(page.FindAll("[data-testid=settings-summary]"));
    }

    [Fact]
    public void In_the_re_vote_the_seat_list_says_who_has_voted_again_and_tells_tables_from_persons()
    {
        var round = Round(Phase.Herstemming, TestData.Card()) with { AnsweredCount = 1, SeatCount = 2 };
        var page = RenderConsole(View(
            round,
            HostCommand.Conclude,
            new SeatStatus("seat-1", "Tafel bij het raam", Side.Gemeente, null, SeatKind.Table, HasAnswered: true),
            new SeatStatus("seat-2", "Anna", Side.Dorpsbelangen, "Initiatiefnemer", SeatKind.Person, HasAnswered: false)));

        Assert.Equal("1 van 2 hebben opnieuw gestemd", page.Find("[data-testid=answered-count]").TextContent);
        var table = page.Find("[data-testid=seat-seat-1]");
        Assert.Equal("table", table.GetAttribute("data-kind"));
        Assert.Contains("Tafel", table.QuerySelector(".seat-role")!.TextContent);
        Assert.Contains("Gestemd", table.QuerySelector("[data-testid=seat-status]")!.TextContent);
        var person = page.Find("[data-testid=seat-seat-2]");
        Assert.Contains("Dorpsbelangen · Initiatiefnemer", person.TextContent);
        Assert.Contains("Nog niet gestemd", person.QuerySelector("[data-testid=seat-status]")!.TextContent);
    }

    [Fact]
    public void In_the_slotvraag_the_seat_list_says_who_has_divided_their_points()
    {
        var round = Round(Phase.Slotvraag, card: null) with { AnsweredCount = 1, SeatCount = 1 };
        var page = RenderConsole(View(round, HostCommand.Finish, new SeatStatus("seat-1", "Anna", Side.Dorpsbelangen, "Bewoner", SeatKind.Person, true)));

        Assert.Equal("1 van 1 hebben hun punten verdeeld", page.Find("[data-testid=answered-count]").TextContent);
        Assert.Contains("Verdeeld", page.Find("[data-testid=seat-status]").TextContent);
    }

    [Fact]
    public void Outside_an_input_phase_no_seat_is_marked_as_not_answered()
    {
        var page = RenderConsole(View(
            Round(Phase.Gesprek, TestData.Card()),
            HostCommand.Conclude,
            new SeatStatus("seat-1", "Anna", Side.Dorpsbelangen, "Bewoner", SeatKind.Person, false)));

        Assert.Empty(page.FindAll("[data-testid=seat-status]"));
        Assert.Empty(page.FindAll("[data-testid=answered-count]"));
    }

    [Fact]
    public void An_afspraak_is_recorded_with_owner_regie_next_step_and_who_and_then_shown()
    {
        var round = Round(Phase.Afspraak, TestData.Card());
        var expected = new Agreement(
            AgreementKind.Afspraak,
            Eigenaarschap.GemeenschapMetBijdrage,
            Regie.Gedeeld,
            "Offerte voor het terras opvragen",
            "Bestuur dorpshuis",
            "Gemeente denkt mee over de vergunning");
        _connection.RecordReply = agreement => Reply<FacilitatorView>.Ok(View(round with { Agreement = agreement }, HostCommand.NextCard));
        var page = RenderConsole(View(round, HostCommand.NextCard));

        page.Find("[data-testid=agreement-kind-afspraak]").Change(true);
        page.Find("[data-testid=agreement-owner-2]").Change(true);
        page.Find("[data-testid=agreement-regie-3]").Change(true);
        page.Find("[data-testid=agreement-next-step]").Input("  Offerte voor het terras opvragen ");
        page.Find("[data-testid=agreement-who]").Input("Bestuur dorpshuis");
        page.Find("[data-testid=agreement-text]").Input("Gemeente denkt mee over de vergunning");
        page.Find("[data-testid=agreement-save]").Click();

        Assert.Equal([expected], _connection.RecordedAgreements);
        var recorded = page.WaitForElement("[data-testid=agreement-recorded]");
        Assert.Contains("Vastgelegd: Afspraak", recorded.TextContent);
        Assert.Contains("Gemeenschap is eigenaar, gemeente of maatschappelijke partij levert bijdrage", recorded.TextContent);
        Assert.Contains("Gedeeld", recorded.TextContent);
        Assert.Contains("Offerte voor het terras opvragen", recorded.TextContent);
        Assert.Contains("Bestuur dorpshuis", recorded.TextContent);
        Assert.Empty(page.FindAll("[data-testid=agreement-save]"));
    }

    [Fact]
    public void The_agreement_fields_are_limited_and_count_their_characters()
    {
        var page = RenderConsole(View(Round(Phase.Afspraak, TestData.Card()), HostCommand.NextCard));
        page.Find("[data-testid=agreement-kind-afspraak]").Change(true);

        page.Find("[data-testid=agreement-who]").Input("Jan");

        Assert.Equal($"{Limits.NextStepLength}", page.Find("[data-testid=agreement-next-step]").GetAttribute("maxlength"));
        Assert.Equal($"{Limits.WhoLength}", page.Find("[data-testid=agreement-who]").GetAttribute("maxlength"));
        Assert.Equal($"{Limits.AgreementTextLength}", page.Find("[data-testid=agreement-text]").GetAttribute("maxlength"));
        Assert.Equal($"3 van {Limits.WhoLength} tekens", page.Find("#agreement-who-count").TextContent);
    }

    [Fact]
    public void A_bouwsteen_needs_its_text_and_sends_nothing_else()
    {
        var page = RenderConsole(View(Round(Phase.Afspraak, TestData.Card()), HostCommand.NextCard));

        page.Find("[data-testid=agreement-kind-bouwsteen]").Change(true);
        Assert.True(page.Find("[data-testid=agreement-save]").HasAttribute("disabled"));
        Assert.Empty(page.FindAll("[data-testid=agreement-owner-1]"));
        page.Find("[data-testid=agreement-text]").Input("Een vast aanspreekpunt per kern");
        page.Find("[data-testid=agreement-save]").Click();

        Assert.Equal([new Agreement(AgreementKind.Bouwsteen, Text: "Een vast aanspreekpunt per kern")], _connection.RecordedAgreements);
    }

    [Fact]
    public void A_recorded_agreement_can_be_changed_until_the_next_card()
    {
        var earlier = new Agreement(AgreementKind.OpenVraag, Text: "Wie betaalt het onderhoud?");
        var round = Round(Phase.Afspraak, TestData.Card()) with { Agreement = earlier };
        _connection.RecordReply = agreement => Reply<FacilitatorView>.Ok(View(round with { Agreement = agreement }, HostCommand.NextCard));
        var page = RenderConsole(View(round, HostCommand.NextCard));
        Assert.Contains("Wie betaalt het onderhoud?", page.Find("[data-testid=agreement-recorded]").TextContent);

        page.Find("[data-testid=agreement-edit]").Click();
        Assert.Equal("Wie betaalt het onderhoud?", page.Find("[data-testid=agreement-text]").GetAttribute("value"));
        page.Find("[data-testid=agreement-kind-bouwsteen]").Change(true);
        page.Find("[data-testid=agreement-save]").Click();

        Assert.Equal([new Agreement(AgreementKind.Bouwsteen, Text: "Wie betaalt het onderhoud?")], _connection.RecordedAgreements);
        page.WaitForAssertion(() => Assert.Contains("Vastgelegd: Bouwsteen voor beleid", page.Find("[data-testid=agreement-recorded]").TextContent));
    }

    [Fact]
    public void A_refused_agreement_keeps_the_form_and_says_why()
    {
        _connection.RecordReply = _ => Reply<FacilitatorView>.Refused(ErrorCode.InvalidAgreement);
        var page = RenderConsole(View(Round(Phase.Afspraak, TestData.Card()), HostCommand.NextCard));

        page.Find("[data-testid=agreement-kind-openvraag]").Change(true);
        page.Find("[data-testid=agreement-text]").Input("Hoe houden we elkaar op de hoogte?");
        page.Find("[data-testid=agreement-save]").Click();

        page.WaitForAssertion(() => Assert.StartsWith("Deze afspraak is niet compleet", page.Find("[data-testid=agreement-error]").TextContent));
        Assert.Equal("Hoe houden we elkaar op de hoogte?", page.Find("[data-testid=agreement-text]").GetAttribute("value"));
    }

    [Fact]
    public void The_agreement_form_is_only_there_in_the_afspraak_phase()
    {
        var page = RenderConsole(View(Round(Phase.Gesprek, TestData.Card()), HostCommand.Conclude));

        Assert.Empty(page.FindAll("[data-testid=agreement]"));
    }

    [Fact]
    public void The_next_card_starts_with_an_empty_agreement_form()
    {
        var recorded = new Agreement(AgreementKind.OpenVraag, Text: "Wie betaalt het onderhoud?");
        var page = RenderConsole(View(Round(Phase.Afspraak, TestData.Card(2)) with { Agreement = recorded }, HostCommand.NextCard));
        page.Find("[data-testid=agreement-recorded]");

        var next = TestData.Card(3) with { Id = "zwemvijver" };
        _connection.Push(View(Round(Phase.Afspraak, next), HostCommand.NextCard));

        page.WaitForAssertion(() => Assert.Empty(page.FindAll("[data-testid=agreement-recorded]")));
        Assert.Null(page.Find("[data-testid=agreement-kind-openvraag]").GetAttribute("checked"));
    }

    [Fact]
    public void In_the_debrief_the_console_leads_to_the_debrief_page()
    {
        var page = RenderConsole(View(Round(Phase.Debrief, card: null), next: null));

        Assert.Equal($"begeleider/{TestData.Code}/debrief", page.Find("[data-testid=debrief-link]").GetAttribute("href"));
    }

    [Fact]
    public void Deleting_asks_first_and_says_what_is_lost_for_good()
    {
        var page = RenderConsole(View(Round(Phase.Lobby, card: null), next: null));

        page.Find("[data-testid=delete-ask]").Click();

        Assert.Empty(_server.Deleted);
        Assert.Contains("Sessie ABC DEFG en alle antwoorden echt verwijderen?", page.Find("[data-testid=delete-session]").TextContent);
        var lost = page.Find("[data-testid=delete-lost]").TextContent;
        Assert.Contains("niet ongedaan", lost);
        Assert.Contains("namen, antwoorden en afspraken", lost);
        Assert.Contains("nabespreking kan daarna niet meer worden bekeken, afgedrukt of gedownload", lost);
        Assert.Equal("⚠ Ja, alles verwijderen", page.Find("[data-testid=delete-confirm]").TextContent.Trim());
        Assert.Equal("Nee, terug", page.Find("[data-testid=delete-cancel]").TextContent.Trim());
    }

    [Fact]
    public void No_go_back_deletes_nothing_and_keeps_the_host_key()
    {
        var page = RenderConsole(View(Round(Phase.Kiezen, TestData.Card()), HostCommand.Reveal));

        page.Find("[data-testid=delete-ask]").Click();
        page.Find("[data-testid=delete-cancel]").Click();

        Assert.Empty(_server.Deleted);
        Assert.Empty(page.FindAll("[data-testid=delete-confirm]"));
        Assert.Equal("Sessie en alle antwoorden verwijderen", page.Find("[data-testid=delete-ask]").TextContent);
        Assert.Equal(HostKey, _storage.Items[StorageKeys.HostKey(TestData.Code)]);
    }

    [Fact]
    public void Yes_deletes_with_the_host_key_forgets_it_and_lands_on_the_start_page_with_a_confirmation()
    {
        var navigation = Services.GetRequiredService<NavigationManager>();
        var page = RenderConsole(View(Round(Phase.Debrief, card: null), next: null));

        page.Find("[data-testid=delete-ask]").Click();
        page.Find("[data-testid=delete-confirm]").Click();

        page.WaitForAssertion(() => Assert.Equal("http://localhost/", navigation.Uri));
        Assert.Equal([(TestData.Code, (string?)HostKey)], _server.Deleted);
        Assert.False(_storage.Items.ContainsKey(StorageKeys.HostKey(TestData.Code)));

        var start = Render<Start>();
        Assert.Equal("✓ De sessie ABC DEFG en alle antwoorden zijn verwijderd.", start.Find("[data-testid=deleted]").TextContent);
    }

    [Theory]
    [InlineData(ErrorCode.WrongHostKey, HttpStatusCode.Forbidden, "Deze browser mag dit spel niet begeleiden")]
    [InlineData(ErrorCode.TooManyAttempts, HttpStatusCode.TooManyRequests, "Te veel pogingen vanaf dit apparaat")]
    public void A_refused_deletion_says_why_and_changes_nothing_else(ErrorCode code, HttpStatusCode status, string dutch)
    {
        _server.DeleteReply = () => FakeServer.Problem(code, status);
        var navigation = Services.GetRequiredService<NavigationManager>();
        var page = RenderConsole(View(Round(Phase.Lobby, card: null), next: null));
        var before = navigation.Uri;

        page.Find("[data-testid=delete-ask]").Click();
        page.Find("[data-testid=delete-confirm]").Click();

        page.WaitForAssertion(() => Assert.StartsWith(dutch, page.Find("[data-testid=delete-error]").TextContent));
        Assert.Equal(before, navigation.Uri);
        Assert.Equal(HostKey, _storage.Items[StorageKeys.HostKey(TestData.Code)]);
        Assert.Single(page.FindAll("[data-testid=delete-confirm]"));
    }

    [Fact]
    public void Deleting_a_session_that_is_already_gone_forgets_it_and_lands_on_the_start_page()
    {
        _server.DeleteReply = () => FakeServer.Problem(ErrorCode.SessionNotFound, HttpStatusCode.NotFound);
        var navigation = Services.GetRequiredService<NavigationManager>();
        var page = RenderConsole(View(Round(Phase.Lobby, card: null), next: null));

        page.Find("[data-testid=delete-ask]").Click();
        page.Find("[data-testid=delete-confirm]").Click();

        page.WaitForAssertion(() => Assert.Equal("http://localhost/", navigation.Uri));
        Assert.False(_storage.Items.ContainsKey(StorageKeys.HostKey(TestData.Code)));
    }

    [Fact]
    public void A_deletion_without_an_answer_from_the_server_says_so_and_keeps_the_host_key()
    {
        _server.DeleteReply = () => throw new HttpRequestException("The line is down.");
        var page = RenderConsole(View(Round(Phase.Lobby, card: null), next: null));

        page.Find("[data-testid=delete-ask]").Click();
        page.Find("[data-testid=delete-confirm]").Click();

        page.WaitForAssertion(() => Assert.StartsWith("Het verwijderen kon niet worden bevestigd", page.Find("[data-testid=delete-error]").TextContent));
        Assert.Equal(HostKey, _storage.Items[StorageKeys.HostKey(TestData.Code)]);
    }

    [Fact]
    public void The_debrief_page_offers_deleting_the_session_after_its_downloads()
    {
        _connection.HostReply = () => Reply<FacilitatorView>.Ok(
            View(Round(Phase.Debrief, card: null), next: null) with { Debrief = DebriefData.Debrief() });

        var page = Render<Spel.Client.Pages.Debrief.Debrief>(p => p.Add(c => c.Code, TestData.Code));

        page.WaitForElement("[data-testid=delete-ask]");
        var order = page.FindAll("[data-testid=export-json], [data-testid=delete-ask]").Select(e => e.GetAttribute("data-testid"));
        Assert.Equal(["export-json", "delete-ask"], order);
        Assert.Contains("Heb je de nabespreking afgedrukt of gedownload?", page.Find("[data-testid=delete-session]").TextContent);
    }

    private static RoundView Round(Phase phase, CardView? card) => TestData.Round(phase, card);

    private FacilitatorView View(RoundView round, HostCommand? next, params SeatStatus[] seats) =>
        new(++_version, round, seats, next, Reveal: null, Debrief: null);
}
