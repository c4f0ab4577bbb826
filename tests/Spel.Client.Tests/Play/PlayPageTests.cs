using Bunit;
using Bunit.TestDoubles;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Spel.Client.Pages.Play;
using Spel.Client.Realtime;
using Spel.Client.Tests.Support;
using Spel.Scenarios.Decks;
using Spel.Scenarios.Play;

namespace Spel.Client.Tests.Play;

public sealed partial class PlayPageTests : DutchContext
{
    private const string Token = "seat-token-1";
    private readonly FakeGameConnection _connection = new();
    private readonly FakeBrowserStorage _storage = new();

    public PlayPageTests()
    {
        Services.AddSingleton<IGameConnection>(_connection);
        Services.AddSingleton<IBrowserStorage>(_storage);
        _storage.Items[StorageKeys.SeatToken(TestData.Code)] = Token;
    }

    [Fact]
    public void A_reloaded_tablet_resumes_its_seat_and_the_current_phase()
    {
        _connection.ResumeReply = () => Reply<ParticipantView>.Ok(TestData.Participant(4, Phase.Situatie));

        var page = RenderPlay();

        page.WaitForAssertion(() => Assert.Equal("Situatie", page.Find("[data-testid=phase]").TextContent));
        Assert.Contains($"ResumeAsync({TestData.Code}, {Token})", _connection.Calls);
        Assert.Equal("Het terras van het dorpshuis", page.Find("[data-testid=card-title]").TextContent);
        Assert.Equal("Situatie", page.Find("main").GetAttribute("data-phase"));
    }

    [Fact]
    public void In_the_lobby_the_tablet_says_where_you_sit()
    {
        _connection.ResumeReply = () => Reply<ParticipantView>.Ok(TestData.Participant(1, Phase.Lobby));

        var page = RenderPlay();

        page.WaitForAssertion(() => Assert.Contains("Je zit aan tafel als Anna (Dorpsbelangen, Initiatiefnemer).", page.Markup));
        Assert.Contains("wacht op de begeleider", page.Markup, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Sending_an_answer_stores_it_and_shows_it_as_saved()
    {
        _connection.ResumeReply = () => Reply<ParticipantView>.Ok(TestData.Participant(5, Phase.Kiezen));
        _connection.SubmitReply = answer => Reply<ParticipantView>.Ok(TestData.Participant(6, Phase.Kiezen, answer));
        var page = RenderPlay();
        page.WaitForElement("[data-testid=answer-flow]");

        page.ChooseAndGoOn("eigenaarschap-1");
        page.ChooseAndGoOn("regie-2");
        page.ChooseAndGoOn("option-loslaten");
        page.Find("form").Submit();

        Assert.Equal([new Answer(Eigenaarschap.Gemeenschap, Regie.VooralGemeenschap, "loslaten")], _connection.SubmittedAnswers);
        var saved = page.WaitForElement("[data-testid=answer-saved]");
        Assert.Contains("Je antwoord is opgeslagen", saved.TextContent);
        Assert.Contains("Gemeenschap is eigenaar", saved.TextContent);
        Assert.Contains("Ik laat het aan het dorpshuis over", saved.TextContent);
    }

    [Fact]
    public void A_saved_answer_can_be_changed_until_the_reveal()
    {
        var earlier = new Answer(Eigenaarschap.Gemeente, Regie.Gedeeld, "regelen");
        _connection.ResumeReply = () => Reply<ParticipantView>.Ok(TestData.Participant(5, Phase.Kiezen, earlier));
        var page = RenderPlay();
        page.WaitForElement("[data-testid=answer-saved]");

        page.Find("[data-testid=answer-saved] button").Click();

        Assert.Equal("4. Gemeente is eigenaar", page.Find("[data-testid=answer-summary-eigenaarschap]").TextContent.Trim());
        Assert.False(page.Find("[data-testid=answer-submit]").HasAttribute("disabled"));
        page.Find("[data-testid=answer-edit-eigenaarschap]").Click();
        Assert.True(page.IsChosen("eigenaarschap-4"));
    }

    [Fact]
    public void A_push_moves_the_tablet_to_the_next_phase()
    {
        _connection.ResumeReply = () => Reply<ParticipantView>.Ok(TestData.Participant(5, Phase.Kiezen));
        var page = RenderPlay();
        page.WaitForElement("[data-testid=answer-flow]");

        _connection.Push(TestData.Participant(6, Phase.Onthulling));

        page.WaitForAssertion(() => Assert.Contains("Kijk naar het grote scherm", page.Markup));
    }

    [Fact]
    public void An_unknown_seat_is_forgotten_and_the_tablet_goes_back_to_the_join_form()
    {
        _connection.ResumeReply = () => Reply<ParticipantView>.Refused(ErrorCode.UnknownSeat);
        var navigation = Services.GetRequiredService<NavigationManager>();

        RenderPlay();

        Assert.Empty(_storage.Items);
        Assert.EndsWith($"doe-mee/{TestData.Code}?fout=UnknownSeat", navigation.Uri);
    }

    [Fact]
    public void A_tablet_whose_seat_the_facilitator_removed_is_told_so_and_offered_the_join_form()
    {
        var resumes = 0;
        _connection.ResumeReply = () => ++resumes == 1
            ? Reply<ParticipantView>.Ok(TestData.Participant(5, Phase.Kiezen))
            : Reply<ParticipantView>.Refused(ErrorCode.SeatRemoved);
        var navigation = Services.GetRequiredService<NavigationManager>();
        var page = RenderPlay();
        page.WaitForElement("[data-testid=answer-flow]");

        _connection.Push(new SeatsPush(6, TestData.Round(Phase.Kiezen, TestData.Card()), "terras", Summary: null, Resume: [TestData.Me.SeatId]));

        page.WaitForAssertion(() => Assert.EndsWith($"doe-mee/{TestData.Code}?fout=SeatRemoved", navigation.Uri));
        Assert.Empty(_storage.Items);
    }

    [Fact]
    public void Another_seat_being_changed_does_not_make_this_tablet_resume()
    {
        _connection.ResumeReply = () => Reply<ParticipantView>.Ok(TestData.Participant(5, Phase.Kiezen));
        var page = RenderPlay();
        page.WaitForElement("[data-testid=answer-flow]");

        _connection.Push(new SeatsPush(6, TestData.Round(Phase.Kiezen, TestData.Card(), answered: 0), "terras", Summary: null, Resume: ["seat-9"]));

        Assert.Equal(1, _connection.Calls.Count(c => c.StartsWith(nameof(IGameConnection.ResumeAsync), StringComparison.Ordinal)));
    }

    [Fact]
    public void Letting_someone_else_take_part_is_explained_first_and_can_be_called_off()
    {
        var page = RenderPlay(TestData.Participant(1, Phase.Lobby));

        page.Find("[data-testid=leave-seat-ask]").Click();

        Assert.Contains("Deze tablet verlaat dan de plek van Anna", page.Find("[data-testid=leave-seat]").TextContent);
        page.Find("[data-testid=leave-seat-cancel]").Click();
        Assert.Empty(page.FindAll("[data-testid=leave-seat-confirm]"));
        Assert.Equal(Token, _storage.Items[StorageKeys.SeatToken(TestData.Code)]);
    }

    [Fact]
    public void Someone_else_taking_part_makes_the_tablet_forget_its_seat_and_offers_the_join_form()
    {
        var page = RenderPlay(TestData.Participant(1, Phase.Lobby));

        page.Find("[data-testid=leave-seat-ask]").Click();
        page.Find("[data-testid=leave-seat-confirm]").Click();

        page.WaitForAssertion(() => Assert.EndsWith($"doe-mee/{TestData.Code}", Services.GetRequiredService<NavigationManager>().Uri));
        Assert.Empty(_storage.Items);
    }

    [Fact]
    public void Without_a_seat_token_the_tablet_is_sent_to_the_join_form()
    {
        _storage.Items.Clear();
        var navigation = Services.GetRequiredService<NavigationManager>();

        RenderPlay();

        Assert.EndsWith($"doe-mee/{TestData.Code}", navigation.Uri);
        Assert.Empty(_connection.Calls);
    }

    [Fact]
    public void A_table_sees_its_name_and_side_in_the_lobby_and_no_role()
    {
        var view = TestData.Participant(1, Phase.Lobby) with { Me = TestData.Table };

        var page = RenderPlay(view);

        Assert.Equal("Jullie tafel heet Tafel 3 en zit aan de kant van Gemeente.", page.Find("[data-testid=seat]").TextContent);
        Assert.Contains("Jullie delen deze tablet", page.Markup);
        Assert.Contains("tafel", page.Find("[data-testid=seat-badge]").TextContent);
    }

    [Fact]
    public void The_lobby_tells_the_participant_what_the_session_settings_mean_for_them()
    {
        var view = WithSettings(TestData.Participant(1, Phase.Lobby), s => s with { Anonymous = true, Herstemming = true, Wisselperspectief = true });

        var page = RenderPlay(view);

        var settings = page.Find("[data-testid=session-settings]").TextContent;
        Assert.Contains("Na het gesprek stem je nog een keer.", settings);
        Assert.Contains("Je voorspelt ook wat de andere kant (Gemeente) kiest.", settings);
        Assert.Contains("Je naam komt niet op het scherm.", settings);
    }

    [Fact]
    public void Settings_that_are_off_are_not_mentioned_in_the_lobby()
    {
        var page = RenderPlay(TestData.Participant(1, Phase.Lobby));

        var settings = page.Find("[data-testid=session-settings]").TextContent;
        Assert.DoesNotContain("nog een keer", settings);
        Assert.DoesNotContain("voorspelt", settings);
        Assert.DoesNotContain("Je naam komt niet op het scherm", settings);
        Assert.Contains("staat je naam bij je antwoord", settings);
    }

    [Fact]
    public void A_saved_answer_shows_the_prediction_for_the_other_side()
    {
        var answer = new Answer(Eigenaarschap.Gemeenschap, Regie.Gedeeld, "loslaten", new Position(Eigenaarschap.Gemeente, Regie.VolledigGemeente));
        var view = TestData.Participant(5, Phase.Kiezen, answer);
        view = view with { Round = view.Round with { Card = TestData.Card() with { AsksPrediction = true } } };

        var page = RenderPlay(view);

        var saved = page.Find("[data-testid=answer-saved]");
        Assert.Contains("Voorspelling voor Gemeente", saved.TextContent);
        Assert.Contains("4. Gemeente is eigenaar", page.Find("[data-testid=prediction-summary]").TextContent);
        Assert.Contains("5. Volledig bij de gemeente", page.Find("[data-testid=prediction-summary]").TextContent);
    }

    [Fact]
    public void The_revote_starts_from_the_first_answer_and_sends_a_position_and_a_course_of_action()
    {
        var first = new Answer(Eigenaarschap.GemeenschapMetBijdrage, Regie.VooralGemeente, "meedenken");
        _connection.RevoteReply = revote => Reply<ParticipantView>.Ok(
            TestData.Participant(8, Phase.Herstemming, first) with { MyRevote = revote, MyRevoteOption = _connection.SubmittedRevoteOptions[^1] });
        var page = RenderPlay(TestData.Participant(7, Phase.Herstemming, first));

        Assert.Equal("Vraag 1 van 3", page.Find("[data-testid=revote-progress]").TextContent);
        Assert.Contains("Je eerste stem staat al klaar", page.Find("[data-testid=revote-step-revote-eigenaarschap]").TextContent);
        Assert.True(page.IsChosen("revote-eigenaarschap-2"));
        page.Find("[data-testid=revote-next]").Click();
        Assert.True(page.IsChosen("revote-regie-4"));
        Assert.Empty(page.FindAll("[data-testid^=option-]"));

        page.ChooseAndGoOn("revote-regie-3", "revote");
        // The card's action question once more, starting from the first choice.
        Assert.Contains("Wat doe jij?", page.Find("[data-testid=revote-step-revote-option]").TextContent);
        Assert.True(page.IsChosen("revote-option-meedenken"));
        page.ChooseAndGoOn("revote-option-regelen", "revote");
        Assert.Equal("3. Gedeeld", page.Find("[data-testid=revote-summary-revote-regie]").TextContent.Trim());
        Assert.Equal("Ik regel het zelf", page.Find("[data-testid=revote-summary-revote-option]").TextContent.Trim());
        Assert.Equal("Stem opnieuw", page.Find("[data-testid=revote-submit]").TextContent.Trim());
        page.Find("[data-testid=revote-submit]").Click();

        Assert.Equal([new Position(Eigenaarschap.GemeenschapMetBijdrage, Regie.Gedeeld)], _connection.SubmittedRevotes);
        Assert.Equal(["regelen"], _connection.SubmittedRevoteOptions);
        var saved = page.WaitForElement("[data-testid=revote-saved]");
        Assert.Contains("Je tweede stem", saved.TextContent);
        Assert.Contains("2. Gemeenschap is eigenaar, gemeente of maatschappelijke partij levert bijdrage", saved.TextContent);
        Assert.Contains("3. Gedeeld", saved.TextContent);
        Assert.Equal("Ik regel het zelf", page.Find("[data-testid=revote-option-saved]").TextContent);
    }

    [Fact]
    public void A_second_vote_can_be_changed_and_starts_from_itself()
    {
        var first = new Answer(Eigenaarschap.GemeenschapMetBijdrage, Regie.VooralGemeente, "meedenken");
        var view = TestData.Participant(7, Phase.Herstemming, first) with { MyRevote = new Position(Eigenaarschap.Gemeente, Regie.VolledigGemeente) };
        var page = RenderPlay(view);

        page.Find("[data-testid=revote-change]").Click();

        Assert.Equal("summary", page.Step("revote"));
        Assert.Equal("4. Gemeente is eigenaar", page.Find("[data-testid=revote-summary-revote-eigenaarschap]").TextContent.Trim());
        Assert.Equal("5. Volledig bij de gemeente", page.Find("[data-testid=revote-summary-revote-regie]").TextContent.Trim());
    }

    [Fact]
    public void A_seat_without_a_first_answer_can_still_vote_but_chooses_everything_itself()
    {
        var page = RenderPlay(TestData.Participant(7, Phase.Herstemming));

        Assert.Contains("Je koos eerder niet bij deze kaart", page.Markup);
        Assert.Empty(page.FindAll("[data-testid^=revote-][checked]"));
        Assert.True(page.Find("[data-testid=revote-next]").HasAttribute("disabled"));

        page.ChooseAndGoOn("revote-eigenaarschap-1", "revote");
        Assert.Empty(page.FindAll("[data-testid^=revote-][checked]"));
        page.ChooseAndGoOn("revote-regie-1", "revote");
        Assert.Empty(page.FindAll("[data-testid^=revote-][checked]"));
        page.ChooseAndGoOn("revote-option-loslaten", "revote");

        Assert.False(page.Find("[data-testid=revote-submit]").HasAttribute("disabled"));
    }

    [Fact]
    public void A_refused_revote_is_explained_in_Dutch()
    {
        var first = new Answer(Eigenaarschap.Gemeenschap, Regie.Gedeeld, "loslaten");
        var page = RenderPlay(TestData.Participant(7, Phase.Herstemming, first));

        page.Find("[data-testid=revote-next]").Click();
        page.Find("[data-testid=revote-next]").Click();
        page.Find("[data-testid=revote-next]").Click();
        page.Find("[data-testid=revote-submit]").Click();

        Assert.Equal("Dat kan nu niet in deze fase van het spel.", page.WaitForElement("[data-testid=error]").TextContent);
    }

    [Fact]
    public void In_the_afspraak_the_tablet_shows_the_recorded_agreement_as_plain_text()
    {
        var agreement = new Agreement(AgreementKind.Afspraak, Eigenaarschap.GemeenschapMetBijdrage, Regie.VooralGemeenschap, "Vergunning aanvragen", "<b>Dorpshuisbestuur</b>");
        var view = TestData.Participant(9, Phase.Afspraak);
        view = view with { Round = view.Round with { Agreement = agreement } };

        var page = RenderPlay(view);

        Assert.Contains("De begeleider legt de afspraak vast", page.Markup);
        var shown = page.Find("[data-testid=agreement-on-tablet]");
        Assert.Contains("Afspraak", shown.QuerySelector("h2")!.TextContent);
        Assert.Contains("2. Gemeenschap is eigenaar, gemeente of maatschappelijke partij levert bijdrage", shown.TextContent);
        Assert.Contains("2. Vooral bij de gemeenschap", shown.TextContent);
        Assert.Contains("Vergunning aanvragen", shown.TextContent);
        Assert.Contains("<b>Dorpshuisbestuur</b>", shown.TextContent);
        Assert.Empty(shown.QuerySelectorAll("b"));
    }

    [Fact]
    public void Before_the_agreement_is_recorded_the_tablet_only_asks_to_wait()
    {
        var page = RenderPlay(TestData.Participant(9, Phase.Afspraak));

        Assert.Contains("De begeleider legt de afspraak vast", page.Find("[data-testid=agreement-wait]").TextContent);
        Assert.Empty(page.FindAll("[data-testid=agreement-on-tablet]"));
    }

    [Fact]
    public void A_pushed_agreement_appears_on_the_tablet()
    {
        var page = RenderPlay(TestData.Participant(9, Phase.Afspraak));
        var view = TestData.Participant(10, Phase.Afspraak);

        _connection.Push(view with { Round = view.Round with { Agreement = new Agreement(AgreementKind.OpenVraag, Text: "Wie betaalt het onderhoud?") } });

        page.WaitForAssertion(() => Assert.Contains("Open vraag", page.Find("[data-testid=agreement-on-tablet]").TextContent));
        Assert.Contains("Wie betaalt het onderhoud?", page.Find("[data-testid=agreement-on-tablet]").TextContent);
    }

    [Fact]
    public void The_slotvraag_sends_ten_points_and_shows_the_spread()
    {
        _connection.PointsReply = points => Reply<ParticipantView>.Ok(TestData.Participant(12, Phase.Slotvraag) with { MyPoints = points });
        var page = RenderPlay(TestData.Participant(11, Phase.Slotvraag));
        Assert.True(page.Find("[data-testid=points-submit]").HasAttribute("disabled"));

        page.Tap("points-verbinder-plus", 6);
        page.Tap("points-aanjager-plus", 3);
        Assert.True(page.Find("[data-testid=points-submit]").HasAttribute("disabled"));
        page.Tap("points-kennisdeler-plus", 1);
        page.Find("[data-testid=points-submit]").Click();

        Assert.Equal([new FunctionPoints(Vertegenwoordiger: 0, Kennisdeler: 1, Verbinder: 6, Aanjager: 3)], _connection.SubmittedPoints);
        var saved = page.WaitForElement("[data-testid=points-saved]");
        Assert.Equal("6 van de 10", page.Find("[data-testid=points-saved-verbinder]").TextContent);
        Assert.Contains("Verdeling wijzigen", saved.TextContent);
    }

    [Fact]
    public void A_saved_spread_can_be_changed_and_starts_from_itself()
    {
        var view = TestData.Participant(12, Phase.Slotvraag) with { MyPoints = new FunctionPoints(4, 3, 2, 1) };
        var page = RenderPlay(view);

        page.Find("[data-testid=points-change]").Click();

        Assert.Equal("4", page.Find("[data-testid=points-vertegenwoordiger-value]").TextContent);
        Assert.Equal("1", page.Find("[data-testid=points-aanjager-value]").TextContent);
        Assert.False(page.Find("[data-testid=points-submit]").HasAttribute("disabled"));
    }

    [Fact]
    public void Refused_points_are_explained_in_Dutch()
    {
        _connection.PointsReply = _ => Reply<ParticipantView>.Refused(ErrorCode.InvalidPoints);
        var page = RenderPlay(TestData.Participant(11, Phase.Slotvraag));

        page.Tap("points-vertegenwoordiger-plus", 10);
        page.Find("[data-testid=points-submit]").Click();

        Assert.Equal("Verdeel precies 10 punten, geen negatieve.", page.WaitForElement("[data-testid=error]").TextContent);
        Assert.Empty(page.FindAll("[data-testid=points-saved]"));
    }

    [Theory]
    [InlineData(Phase.Kiezen)]
    [InlineData(Phase.Gesprek)]
    [InlineData(Phase.Herstemming)]
    [InlineData(Phase.Slotvraag)]
    public void A_running_countdown_is_shown_on_the_tablet(Phase phase)
    {
        var view = TestData.Participant(5, phase);
        view = view with { Round = view.Round with { Timer = new TimerView(phase, 120, 95, AdvancesPhase: false) } };

        var page = RenderPlay(view);

        var countdown = page.Find("[data-testid=countdown]");
        Assert.Equal("95", countdown.GetAttribute("data-seconds-left"));
        Assert.Contains("1:35", countdown.TextContent);
    }

    [Fact]
    public void Without_a_timer_there_is_no_countdown()
    {
        var page = RenderPlay(TestData.Participant(5, Phase.Gesprek));

        Assert.Empty(page.FindAll("[data-testid=countdown]"));
    }

    [Fact]
    public void The_tablet_page_shows_its_phase_in_the_screen_the_deck_studio_previews_with()
    {
        var page = RenderPlay(TestData.Participant(5, Phase.Kiezen));

        var screen = page.FindComponent<PlayScreen>();
        Assert.Equal(Phase.Kiezen, screen.Instance.View!.Round.Phase);
        Assert.Equal(TestData.Card().Title, screen.FindComponent<AnswerForm>().Instance.Card.Title);
    }

    private IRenderedComponent<Spel.Client.Pages.Play.Play> RenderPlay(ParticipantView view)
    {
        _connection.ResumeReply = () => Reply<ParticipantView>.Ok(view);
        var page = RenderPlay();
        page.WaitForAssertion(() => Assert.Equal(view.Round.Phase.ToString(), page.Find("main").GetAttribute("data-phase")));
        return page;
    }

    private static ParticipantView WithSettings(ParticipantView view, Func<SessionSettings, SessionSettings> change) =>
        view with { Round = view.Round with { Settings = change(view.Round.Settings) } };

    private IRenderedComponent<Spel.Client.Pages.Play.Play> RenderPlay() =>
        Render<Spel.Client.Pages.Play.Play>(p => p.Add(c => c.Code, TestData.Code));
}
