using Orleans.Core.Internal;
using Spel.Scenarios.Decks;
using Spel.Scenarios.Play;
using Spel.Server.Tests.Support;

namespace Spel.Server.Tests.Sessions;

/// <summary>The phases and settings beyond one plain round: herstemming, wisselperspectief, afspraak, slotvraag, anonymity, tables, card choice.</summary>
[Collection(ClusterCollection.Name)]
public sealed class WholeGameTests(ClusterFixture fixture)
{
    private static readonly Position Shared = new(Eigenaarschap.GemeenschapMetBijdrage, Regie.Gedeeld);

    [Fact]
    public async Task Second_votes_stay_secret_during_the_re_vote_and_show_as_movement_in_the_afspraak()
    {
        var play = await Play.OpenAsync(fixture.Grains, TestDecks.WithCards(1), s => s with { Herstemming = true });
        var anna = await play.JoinAsync("Anna", TestDecks.Bestuurslid);
        var henk = await play.JoinAsync("Henk", TestDecks.Wethouder);
        await play.StartChoosingAsync();
        await play.AnswerAsync(anna, Eigenaarschap.Gemeenschap, Regie.VolledigGemeenschap, "loslaten");
        await play.AnswerAsync(henk, Eigenaarschap.Gemeente, Regie.VolledigGemeente, "regels");
        var tooEarly = await play.Session.SubmitRevote(henk.SeatToken, Shared, "samen");

        await play.AdvanceToAsync(Phase.Herstemming);
        var henksView = await play.RevoteAsync(henk, Shared.Eigenaarschap, Shared.Regie);
        var during = (await play.Session.GetProjectorView()).Value!;
        var afspraak = await play.CommandAsync(HostCommand.Conclude);

        Assert.Equal(ErrorCode.WrongPhase, tooEarly.Error);
        Assert.Equal(Shared, henksView.MyRevote);
        Assert.All(during.Reveal!.Answers, a => Assert.Null(a.Revote));
        Assert.Null(during.Reveal.Movement);
        Assert.Equal(1, during.Round.AnsweredCount);
        Assert.Equal(Phase.Afspraak, afspraak.Round.Phase);
        Assert.Equal(Shared, afspraak.Reveal!.Answers.Single(a => a.Name == "Henk").Revote);
        var moved = Assert.Single(afspraak.Reveal.Movement!.Sides);
        Assert.Equal((Side.Gemeente, 1, 1), (moved.Side, moved.Voters, moved.Moved));
    }

    [Fact]
    public async Task The_second_vote_asks_the_course_of_action_and_refuses_none_or_an_unknown_one_without_storing_anything()
    {
        var (play, henk) = await HenkInTheHerstemmingAsync();

        var missing = await play.Session.SubmitRevote(henk.SeatToken, Shared, null);
        var unknown = await play.Session.SubmitRevote(henk.SeatToken, Shared, "bestaat-niet");
        var refusedView = (await play.Session.Resume(henk.SeatToken)).Value!;
        var henksView = await play.RevoteAsync(henk, Shared.Eigenaarschap, Shared.Regie, "samen");
        var afspraak = await play.CommandAsync(HostCommand.Conclude);

        Assert.Equal(ErrorCode.InvalidRevoteOption, missing.Error);
        Assert.Equal(ErrorCode.InvalidRevoteOption, unknown.Error);
        Assert.Null(refusedView.MyRevote);
        Assert.Equal(0, refusedView.Round.AnsweredCount);
        Assert.Equal("samen", henksView.MyRevoteOption);
        Assert.Equal("samen", afspraak.Reveal!.Answers.Single(a => a.Name == "Henk").RevoteOptionId);
        // Henk went from "regels" to "samen": now → wanted for the card, over the one seat that voted twice.
        var options = afspraak.Reveal.Movement!.Options;
        Assert.Equal((1, 0), options.Where(o => o.OptionId == "regels").Select(o => (o.Now, o.Wanted)).Single());
        Assert.Equal((0, 1), options.Where(o => o.OptionId == "samen").Select(o => (o.Now, o.Wanted)).Single());
    }

    [Fact]
    public async Task A_second_votes_course_of_action_is_saved_with_the_inputs_and_back_after_the_session_is_activated_again()
    {
        var play = await Play.OpenAsync(fixture.Grains, TestDecks.WithCards(1), s => s with { Herstemming = true });
        var henk = await play.JoinAsync("Henk", TestDecks.Wethouder);
        await play.StartChoosingAsync();
        await play.AnswerAsync(henk, Eigenaarschap.Gemeente, Regie.VolledigGemeente, "regels");
        await play.AdvanceToAsync(Phase.Herstemming);
        await play.RevoteAsync(henk, Shared.Eigenaarschap, Shared.Regie, "loslaten");

        await play.Session.Cast<IGrainManagementExtension>().DeactivateOnIdle();
        var resumed = (await play.Session.Resume(henk.SeatToken)).Value!;

        Assert.Equal((Shared, "loslaten"), (resumed.MyRevote, resumed.MyRevoteOption));
    }

    [Fact]
    public async Task The_debriefs_wanted_profile_comes_from_the_second_votes_and_the_slotvraag_stays_apart()
    {
        var (play, henk) = await HenkInTheHerstemmingAsync();
        await play.RevoteAsync(henk, Shared.Eigenaarschap, Shared.Regie, "loslaten");
        await play.AdvanceToAsync(Phase.Slotvraag);
        await play.PointsAsync(henk, new FunctionPoints(4, 2, 2, 2));
        await play.CommandAsync(HostCommand.Finish);

        var gemeente = (await play.Session.GetDebrief(play.HostKey)).Value!.Profile.Sides.Single(s => s.Side == Side.Gemeente);

        // First "regels" (vertegenwoordiger, reguleren), then "loslaten" (aanjager, loslaten).
        Assert.Equal(new FunctionScores(10, 0, 0, 0), gemeente.Now);
        Assert.Equal(new FunctionScores(0, 0, 0, 10), gemeente.Wanted);
        Assert.Equal(new FunctionScores(4, 2, 2, 2), gemeente.Slotvraag);
        Assert.Equal(new StanceScores(10, 0, 0, 0, 0), gemeente.StancesNow);
        Assert.Equal(new StanceScores(0, 0, 0, 0, 10), gemeente.StancesWanted);
    }

    /// <summary>Anna (dorpsbelangen, "loslaten") and Henk (gemeente, "regels") answered one card; its second vote is open.</summary>
    private async Task<(Play Play, SeatTicket Henk)> HenkInTheHerstemmingAsync()
    {
        var play = await Play.OpenAsync(fixture.Grains, TestDecks.WithCards(1), s => s with { Herstemming = true });
        var anna = await play.JoinAsync("Anna", TestDecks.Bestuurslid);
        var henk = await play.JoinAsync("Henk", TestDecks.Wethouder);
        await play.StartChoosingAsync();
        await play.AnswerAsync(anna, Eigenaarschap.Gemeenschap, Regie.VolledigGemeenschap, "loslaten");
        await play.AnswerAsync(henk, Eigenaarschap.Gemeente, Regie.VolledigGemeente, "regels");
        await play.AdvanceToAsync(Phase.Herstemming);
        return (play, henk);
    }

    [Fact]
    public async Task In_wisselperspectief_an_answer_needs_a_prediction_and_the_reveal_compares_it()
    {
        var play = await Play.OpenAsync(fixture.Grains, TestDecks.WithCards(1), s => s with { Wisselperspectief = true });
        var anna = await play.JoinAsync("Anna", TestDecks.Bestuurslid);
        var henk = await play.JoinAsync("Henk", TestDecks.Wethouder);
        var choosing = await play.StartChoosingAsync();

        var withoutPrediction = await play.Session.SubmitAnswer(anna.SeatToken, new Answer(Eigenaarschap.Gemeenschap, Regie.VolledigGemeenschap, "loslaten"));
        await play.AnswerAsync(anna, Eigenaarschap.Gemeenschap, Regie.VolledigGemeenschap, "loslaten", prediction: new Position(Eigenaarschap.Gemeente, Regie.VolledigGemeente));
        await play.AnswerAsync(henk, Eigenaarschap.Gemeente, Regie.VolledigGemeente, "regels", prediction: new Position(Eigenaarschap.Gemeente, Regie.VolledigGemeente));
        var reveal = (await play.CommandAsync(HostCommand.Reveal)).Reveal!;

        Assert.True(choosing.Round.Card!.AsksPrediction);
        Assert.Equal(ErrorCode.InvalidAnswer, withoutPrediction.Error);
        // Anna guessed the gemeente exactly; Henk put dorpsbelangen in the opposite corner.
        Assert.Equal(0.0, reveal.Predictions.Single(p => p.Side == Side.Dorpsbelangen).MeanDistance, 4);
        Assert.Equal(1.0, reveal.Predictions.Single(p => p.Side == Side.Gemeente).MeanDistance, 4);
    }

    [Fact]
    public async Task Without_wisselperspectief_no_prediction_is_asked_or_kept()
    {
        var play = await Play.OpenAsync(fixture.Grains, TestDecks.WithCards(1));
        var anna = await play.JoinAsync("Anna", TestDecks.Bestuurslid);
        var choosing = await play.StartChoosingAsync();

        var view = await play.AnswerAsync(anna, Eigenaarschap.Gemeenschap, Regie.Gedeeld, "samen", prediction: Shared);

        Assert.False(choosing.Round.Card!.AsksPrediction);
        Assert.Null(view.MyAnswer!.Prediction);
    }

    [Fact]
    public async Task The_facilitator_records_the_conclusion_in_the_afspraak_and_every_screen_shows_it()
    {
        var play = await Play.OpenAsync(fixture.Grains, TestDecks.WithCards(2));
        var anna = await play.JoinAsync("Anna", TestDecks.Bestuurslid);
        await play.StartChoosingAsync();
        await play.AnswerAsync(anna, Eigenaarschap.Gemeenschap, Regie.Gedeeld, "samen");
        var agreement = new Agreement(AgreementKind.Afspraak, Eigenaarschap.GemeenschapMetBijdrage, Regie.VooralGemeenschap, "  Plan voor het terras maken ", "Dorpsbelangen", "");
        var tooEarly = await play.Session.RecordAgreement(play.HostKey, agreement);

        await play.AdvanceToAsync(Phase.Afspraak);
        var wrongKey = await play.Session.RecordAgreement("geraden", agreement);
        var tooLong = await play.Session.RecordAgreement(play.HostKey, agreement with { NextStep = new string('x', Limits.NextStepLength + 1) });
        var recorded = await play.AgreeAsync(agreement);
        var tablet = (await play.Session.Resume(anna.SeatToken)).Value!;

        Assert.Equal(ErrorCode.WrongPhase, tooEarly.Error);
        Assert.Equal(ErrorCode.WrongHostKey, wrongKey.Error);
        Assert.Equal(ErrorCode.InvalidAgreement, tooLong.Error);
        var expected = agreement with { NextStep = "Plan voor het terras maken", Text = null };
        Assert.Equal(expected, recorded.Round.Agreement);
        Assert.Equal(expected, tablet.Round.Agreement);
    }

    [Fact]
    public async Task The_slotvraag_takes_exactly_ten_points_and_the_debrief_sets_them_against_the_choices()
    {
        var play = await Play.OpenAsync(fixture.Grains, TestDecks.WithCards(1));
        var anna = await play.JoinAsync("Anna", TestDecks.Bestuurslid);
        await play.StartChoosingAsync();
        await play.AnswerAsync(anna, Eigenaarschap.Gemeenschap, Regie.Gedeeld, "loslaten");
        await play.AgreeAfterAsync(Phase.Afspraak, new Agreement(AgreementKind.Bouwsteen, Text: "Dorpshuis als eigenaar"));
        var slotvraag = await play.CommandAsync(HostCommand.NextCard);

        var nine = await play.Session.SubmitPoints(anna.SeatToken, new FunctionPoints(3, 3, 3, 0));
        var negative = await play.Session.SubmitPoints(anna.SeatToken, new FunctionPoints(12, -2, 0, 0));
        await play.PointsAsync(anna, new FunctionPoints(1, 2, 3, 4));
        var debrief = (await play.CommandAsync(HostCommand.Finish)).Debrief!;
        var summary = (await play.Session.Resume(anna.SeatToken)).Value!.Summary!;

        Assert.Equal(Phase.Slotvraag, slotvraag.Round.Phase);
        Assert.Equal((ErrorCode.InvalidPoints, ErrorCode.InvalidPoints), (nine.Error!.Value, negative.Error!.Value));
        var dorp = debrief.Profile.Sides.Single(s => s.Side == Side.Dorpsbelangen);
        Assert.Equal(new FunctionScores(0, 0, 0, 10), dorp.Now);
        Assert.Equal(new FunctionScores(1, 2, 3, 4), dorp.Wanted);
        Assert.Equal("Dorpshuis als eigenaar", Assert.Single(summary.Agreements).Agreement.Text);
        Assert.Equal(debrief.Profile.Sides, summary.Profile.Sides);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task The_projectors_board_gets_each_placed_answers_name_only_when_the_session_is_not_anonymous(bool anonymous)
    {
        var play = await Play.OpenAsync(fixture.Grains, TestDecks.WithCards(1), s => s with { Anonymous = anonymous });
        var seats = new List<SeatTicket>
        {
            await play.JoinAsync("Henk", TestDecks.Wethouder),
            await play.JoinAsync("Anna", TestDecks.Bestuurslid),
            await play.JoinAsync("Bert", TestDecks.Initiatiefnemer),
        };
        await play.StartChoosingAsync();
        await play.AnswerAsync(seats[0], Eigenaarschap.Gemeente, Regie.VolledigGemeente, "regels");
        await play.AnswerAsync(seats[1], Eigenaarschap.Gemeenschap, Regie.Gedeeld, "samen");

        await play.CommandAsync(HostCommand.Reveal);
        var board = (await play.Session.GetProjectorView()).Value!.Reveal!;

        var names = board.Answers.Select(a => a.Name).ToList();
        if (anonymous)
        {
            Assert.All(names, Assert.Null);
        }
        else
        {
            Assert.Equal(["Anna", "Henk"], names.Order());
            Assert.Equal((Eigenaarschap.Gemeente, Regie.VolledigGemeente), board.Answers.Where(a => a.Name == "Henk").Select(a => (a.Eigenaarschap, a.Regie)).Single());
        }
    }

    [Fact]
    public async Task An_anonymous_session_shows_no_names_and_hides_a_small_sides_split()
    {
        var play = await Play.OpenAsync(fixture.Grains, TestDecks.WithCards(1), s => s with { Anonymous = true });
        var seats = new List<SeatTicket>
        {
            await play.JoinAsync("Henk", TestDecks.Wethouder),
            await play.JoinAsync("Anna", TestDecks.Bestuurslid),
            await play.JoinAsync("Bert", TestDecks.Initiatiefnemer),
            await play.JoinAsync("Carla", TestDecks.Initiatiefnemer),
        };
        await play.StartChoosingAsync();
        foreach (var seat in seats)
        {
            await play.AnswerAsync(seat, Eigenaarschap.Gemeenschap, Regie.Gedeeld, "samen");
        }

        await play.CommandAsync(HostCommand.Reveal);
        var projector = (await play.Session.GetProjectorView()).Value!;

        Assert.All(projector.Participants, p => Assert.Null(p.Name));
        Assert.All(projector.Reveal!.Answers, a => Assert.Equal((null, null), (a.Name, a.Side)));
        Assert.True(projector.Reveal.Outcome.SplitHidden);
        Assert.Equal(4, projector.Reveal.Outcome.All.Count);
    }

    [Fact]
    public async Task An_anonymous_lobby_sends_the_projector_no_name_and_no_role_only_each_seats_side()
    {
        var anonymous = await Play.OpenAsync(fixture.Grains, TestDecks.WithCards(1), s => s with { Anonymous = true });
        var named = await Play.OpenAsync(fixture.Grains, TestDecks.WithCards(1));
        foreach (var play in new[] { anonymous, named })
        {
            await play.JoinAsync("Henk", TestDecks.Wethouder);
            await play.JoinAsync("Anna", TestDecks.Bestuurslid);
        }

        var hidden = (await anonymous.Session.GetProjectorView()).Value!;
        var shown = (await named.Session.GetProjectorView()).Value!;

        Assert.Equal(Phase.Lobby, hidden.Round.Phase);
        Assert.Equal(
            [new ParticipantBadge(null, Side.Gemeente, null, SeatKind.Person), new ParticipantBadge(null, Side.Dorpsbelangen, null, SeatKind.Person)],
            hidden.Participants);
        Assert.Equal(["Henk", "Anna"], shown.Participants.Select(p => p.Name));
        Assert.All(shown.Participants, p => Assert.NotNull(p.RoleName));
    }

    [Fact]
    public async Task A_table_takes_a_seat_with_a_name_and_a_side_and_no_role()
    {
        var tables = await Play.OpenAsync(fixture.Grains, TestDecks.WithCards(1), s => s with { SeatKind = SeatKind.Table });
        var persons = await Play.OpenAsync(fixture.Grains, TestDecks.WithCards(1));

        var table = (await tables.Session.Join(new JoinRequest("Tafel 3", Side.Dorpsbelangen, null))).Value!;
        var noRole = await persons.Session.Join(new JoinRequest("Anna", Side.Dorpsbelangen, null));
        var info = (await tables.Session.GetJoinInfo()).Value!;

        Assert.Equal(SeatKind.Table, info.SeatKind);
        Assert.Equal(new SeatView(table.View.Me.SeatId, "Tafel 3", Side.Dorpsbelangen, null, null, SeatKind.Table), table.View.Me);
        Assert.Equal(ErrorCode.RoleNotOffered, noRole.Error);
    }

    [Fact]
    public async Task The_session_plays_the_chosen_cards_in_the_chosen_order()
    {
        var play = await Play.OpenAsync(fixture.Grains, TestDecks.WithCards(4), s => s with { CardIds = ["kaart-3", "kaart-1"] });
        var anna = await play.JoinAsync("Anna", TestDecks.Bestuurslid);
        var titles = new List<string>();

        var view = await play.CommandAsync(HostCommand.Start);
        while (view.Round.Phase != Phase.Slotvraag)
        {
            titles.Add($"{view.Round.Card!.Number}/{view.Round.Card.Count} {view.Round.Card.Title}");
            await play.CommandAsync(HostCommand.OpenChoosing);
            await play.AnswerAsync(anna, Eigenaarschap.Gemeenschap, Regie.Gedeeld, "samen");
            await play.AdvanceToAsync(Phase.Afspraak);
            view = await play.CommandAsync(HostCommand.NextCard);
        }

        Assert.Equal(["1/2 Kaart 3", "2/2 Kaart 1"], titles);
    }
}
