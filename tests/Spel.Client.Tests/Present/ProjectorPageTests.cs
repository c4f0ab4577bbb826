using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Spel.Client.Board;
using Spel.Client.Pages.Present;
using Spel.Client.Realtime;
using Spel.Client.Tests.Support;
using Spel.Scenarios.Decks;
using Spel.Scenarios.Play;

namespace Spel.Client.Tests.Present;

public sealed partial class ProjectorPageTests : DutchContext
{
    private readonly FakeGameConnection _connection = new();
    private readonly FakeBrowserStorage _storage = new();

    public ProjectorPageTests()
    {
        Services.AddSingleton<IGameConnection>(_connection);
        Services.AddSingleton<SpelApi>();
        Services.AddSingleton<IBrowserStorage>(_storage);
        SetRendererInfo(new RendererInfo("WebAssembly", isInteractive: true));

        // The clicker and the canvas talk to the browser; these tests are about what the page shows.
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    [Fact]
    public void Zo_kozen_andere_dorpen_shows_the_sessions_and_names_each_count_by_the_cards_option_text()
    {
        var reveal = Answered() with
        {
            OtherVillages = new OtherVillagesView(
                4,
                new SideDistribution(null, 20, [2, 8, 6, 4], [1, 3, 9, 5, 2], 2.6, 3.2),
                [new OptionCount("regelen", 7), new OptionCount("loslaten", 13), new OptionCount("geschrapt", 5)]),
        };

        var page = Show(View(Phase.Onthulling, reveal));

        var others = page.WaitForElement("[data-testid=other-villages]");
        Assert.Contains("Zo kozen andere dorpen", others.TextContent);
        Assert.Contains("4 andere dorpen, 20 antwoorden", others.TextContent);
        var options = others.QuerySelectorAll(".other-villages-options .bar-row")
            .Select(row => (row.QuerySelector(".bar-label")!.TextContent.Trim(), row.QuerySelector(".bar-count")!.TextContent.Trim()))
            .ToList();
        Assert.Equal(
            [("Ik laat het aan het dorpshuis over", "13"), ("Ik denk mee over de vergunning", "0"), ("Ik regel het zelf", "7")],
            options);
    }

    [Fact]
    public void Without_other_villages_the_reveal_shows_no_such_section()
    {
        var page = Show(View(Phase.Onthulling, Answered()));

        page.WaitForElement("[data-testid=board]");
        Assert.Empty(page.FindAll("[data-testid=other-villages]"));
        Assert.DoesNotContain("Zo kozen andere dorpen", page.Markup);
    }

    [Fact]
    public void In_afspraak_the_recorded_agreement_is_on_the_screen_as_plain_text()
    {
        var agreement = new Agreement(
            AgreementKind.Afspraak,
            Eigenaarschap.GemeenschapMetBijdrage,
            Regie.VooralGemeenschap,
            "Gesprek met de wethouder over de vergunning",
            "Dorpsraad",
            "<b>Terras</b> mag in de zomer");

        var page = Show(View(Phase.Afspraak, Answered(), round => round with { Agreement = agreement }));

        var shown = page.WaitForElement("[data-testid=agreement-on-screen]");
        Assert.Contains("Afspraak", shown.QuerySelector("h2")!.TextContent);
        Assert.Contains("Eigenaar: 2. Gemeenschap is eigenaar, gemeente of maatschappelijke partij levert bijdrage", shown.TextContent);
        Assert.Contains("Regie: 2. Vooral bij de gemeenschap", shown.TextContent);
        Assert.Contains("Volgende stap: Gesprek met de wethouder over de vergunning", shown.TextContent);
        Assert.Contains("Wie: Dorpsraad", shown.TextContent);
        Assert.Contains("<b>Terras</b> mag in de zomer", shown.TextContent);
        Assert.Empty(shown.QuerySelectorAll("b"));
    }

    [Fact]
    public void In_afspraak_before_anything_is_recorded_the_screen_says_the_facilitator_will()
    {
        var page = Show(View(Phase.Afspraak, Answered()));

        page.WaitForElement("[data-testid=agreement-pending]");
        Assert.Empty(page.FindAll("[data-testid=agreement-on-screen]"));
    }

    [Fact]
    public void In_afspraak_each_side_reads_how_many_of_its_seats_moved()
    {
        var reveal = Answered() with
        {
            Movement = new MovementView(
            [
                new SideMovement(Side.Gemeente, 5, 3, 3.5, 4, 2.5, 3, 0.3),
                new SideMovement(Side.Dorpsbelangen, 4, 0, 1, 1, 1, 1, 0),
            ]),
        };

        var page = Show(View(Phase.Afspraak, reveal));

        var movement = page.WaitForElement("[data-testid=movement]");
        Assert.Contains("3 van de 5 gemeente-deelnemers schoven op", movement.TextContent);
        Assert.Contains("0 van de 4 deelnemers van dorpsbelangen schoven op", movement.TextContent);
    }

    [Fact]
    public void The_conversation_says_what_each_side_expected_of_the_other_and_how_well_they_know_each_other()
    {
        var page = Show(View(Phase.Gesprek, Predicted()));

        var predictions = page.WaitForElement("[data-testid=predictions]");
        Assert.Contains("De gemeente dacht dat dorpsbelangen eigenaarschap 2,0 en regie 2,0 zou kiezen.", predictions.TextContent);
        Assert.Contains("Het werd eigenaarschap 1,5 en regie 2,0.", predictions.TextContent);
        Assert.Equal("Hoe goed kennen we elkaar: 82%", predictions.QuerySelector("[data-testid=know-each-other-gemeente]")!.TextContent);
    }

    [Fact]
    public void Without_predictions_the_reveal_shows_no_prediction_summary()
    {
        var page = Show(View(Phase.Gesprek, Answered()));

        page.WaitForElement("[data-testid=board]");
        Assert.Empty(page.FindAll("[data-testid=predictions]"));
    }

    [Fact]
    public void Herstemming_asks_for_a_second_vote_and_counts_them_beside_the_board()
    {
        var page = Show(View(Phase.Herstemming, Answered(), round => round with { AnsweredCount = 2, SeatCount = 5 }));

        Assert.Equal("2 van 5 stemden opnieuw", page.WaitForElement("[data-testid=revote-count]").TextContent);
        Assert.Contains("Stem nog een keer", page.Markup);
        Assert.Single(page.FindAll("[data-testid=board]"));
    }

    [Fact]
    public void From_herstemming_to_afspraak_the_same_board_stays_so_its_tokens_can_travel_to_the_second_votes()
    {
        var page = Show(View(Phase.Herstemming, Answered()));
        var board = page.FindComponent<BoardCanvas>().Instance;

        var revoted = TestData.Reveal(
            TestData.Revoted(TestData.Answer("g1", Side.Gemeente, 4, 5), 2, 2),
            TestData.Answer("d1", Side.Dorpsbelangen, 1, 2));
        _connection.Push(View(Phase.Afspraak, revoted) with { Version = 2 });

        page.WaitForAssertion(() => Assert.Equal("Afspraak", page.Find("[data-testid=projector-phase]").GetAttribute("data-phase")));
        var after = page.FindComponent<BoardCanvas>();
        Assert.Same(board, after.Instance);
        Assert.True(after.Instance.Animate);
        Assert.Same(revoted, after.Instance.Reveal);
    }

    [Fact]
    public void The_slotvraag_explains_the_four_functions_and_counts_who_divided_their_points()
    {
        var page = Show(View(Phase.Slotvraag, null, round => round with { AnsweredCount = 4, SeatCount = 6 }));

        Assert.Equal("4 van 6 hebben hun punten verdeeld", page.WaitForElement("[data-testid=points-count]").TextContent);
        Assert.Equal(
            ["Vertegenwoordiger", "Kennisdeler", "Verbinder", "Aanjager"],
            page.FindAll("[data-testid=functions] dt").Select(dt => dt.TextContent));
    }

    [Fact]
    public void Choosing_in_wisselperspectief_reminds_everyone_to_predict_the_other_side()
    {
        var page = Show(View(Phase.Kiezen, null, round => round with { Card = round.Card! with { AsksPrediction = true } }));

        Assert.Equal("Voorspel ook wat de andere kant kiest", page.WaitForElement("[data-testid=also-predict]").TextContent);
    }

    [Fact]
    public void A_running_timer_is_shown_as_a_countdown()
    {
        var page = Show(View(Phase.Gesprek, Answered(), round => round with { Timer = new TimerView(Phase.Gesprek, 600, 245, false) }));

        var countdown = page.WaitForElement("[data-testid=countdown]");
        Assert.Contains("4:05", countdown.TextContent);
    }

    [Fact]
    public void An_anonymous_lobby_counts_the_seats_per_side_and_shows_no_name_and_no_role_and_the_settings_in_short()
    {
        var settings = new SessionSettings(["terras", "meer", "plein"], Anonymous: true, Herstemming: true, Wisselperspectief: true)
        {
            Timers = [new PhaseTimer(Phase.Kiezen, 120)],
        };
        var view = View(Phase.Lobby, null, round => round with { Settings = settings }) with
        {
            // Even a badge that still carried a role (an older server) shows no role in an anonymous lobby.
            Participants =
            [
                new ParticipantBadge(null, Side.Gemeente, "Wethouder", SeatKind.Person),
                new ParticipantBadge(null, Side.Dorpsbelangen, null, SeatKind.Table),
                new ParticipantBadge(null, Side.Dorpsbelangen, null, SeatKind.Table),
            ],
        };

        var page = Show(view);

        var participants = page.WaitForElement("[data-testid=participants]");
        Assert.Equal(
            ["■ Gemeente: 1 aangemeld", "● Dorpsbelangen: 2 aangemeld"],
            participants.QuerySelectorAll("li").Select(li => li.TextContent.Trim()));
        Assert.DoesNotContain("Wethouder", participants.TextContent);
        Assert.DoesNotContain("tafel", participants.TextContent);
        Assert.Equal("Aan tafel: 3", page.Find(".lobby-participants h2").TextContent);
        var shown = page.Find("[data-testid=settings]").TextContent;
        Assert.Contains("3 kaarten", shown);
        Assert.Contains("Anoniem", shown);
        Assert.Contains("Herstemming", shown);
        Assert.Contains("Wisselperspectief", shown);
        Assert.Contains("Antwoorden blijven in deze zaal", shown);
        Assert.Contains("Kiezen 2:00", shown);
    }

    [Fact]
    public void A_lobby_with_names_shows_each_name()
    {
        var view = View(Phase.Lobby, null) with
        {
            Participants = [new ParticipantBadge("Anna", Side.Dorpsbelangen, "Initiatiefnemer", SeatKind.Person)],
        };

        var page = Show(view);

        Assert.Equal("Anna", page.WaitForElement("[data-testid=participants] strong").TextContent);
        Assert.Equal("Initiatiefnemer", page.Find("[data-testid=participants] .muted").TextContent);
        Assert.Equal("●", page.Find("[data-testid=participants] .side-mark").TextContent);
        Assert.Contains("Met namen op het scherm", page.Find("[data-testid=settings]").TextContent);
    }

    private static RevealView Answered() => TestData.Reveal(
        TestData.Answer("g1", Side.Gemeente, 4, 5),
        TestData.Answer("d1", Side.Dorpsbelangen, 1, 2));

    /// <summary>Wisselperspectief: the gemeente predicted dorpsbelangen at (2, 2); it became (1.5, 2).</summary>
    private static RevealView Predicted() => Answered() with
    {
        Predictions = [new PredictionOutcome(Side.Gemeente, 2, 2, 2, 1.5, 2, 0.18)],
    };

    private static ProjectorView View(Phase phase, RevealView? reveal, Func<RoundView, RoundView>? round = null)
    {
        var card = phase is Phase.Lobby or Phase.Slotvraag or Phase.Debrief ? null : TestData.Card();
        var shown = TestData.Round(phase, card);
        return new ProjectorView(1, round?.Invoke(shown) ?? shown, [], reveal, null);
    }

    private IRenderedComponent<Projector> Show(ProjectorView view)
    {
        _connection.ProjectorReply = () => Reply<ProjectorView>.Ok(view);
        var page = Render<Projector>(p => p.Add(x => x.Code, TestData.Code));
        page.WaitForAssertion(() => Assert.Equal(view.Round.Phase.ToString(), page.Find("[data-testid=projector-phase]").GetAttribute("data-phase")));
        return page;
    }
}
