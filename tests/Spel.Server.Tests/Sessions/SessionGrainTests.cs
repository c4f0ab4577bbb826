using Spel.Scenarios.Decks;
using Spel.Scenarios.Play;
using Spel.Server.Tests.Support;

namespace Spel.Server.Tests.Sessions;

[Collection(ClusterCollection.Name)]
public sealed class SessionGrainTests(ClusterFixture fixture)
{
    [Fact]
    public async Task Joined_participants_appear_in_the_projector_lobby_with_side_and_role()
    {
        var play = await Play.OpenAsync(fixture.Grains, TestDecks.WithCards(2));

        await play.JoinAsync("Anna", TestDecks.Bestuurslid);
        await play.JoinAsync("Henk", TestDecks.Wethouder);

        var projector = (await play.Session.GetProjectorView()).Value!;
        Assert.Equal(Phase.Lobby, projector.Round.Phase);
        Assert.Equal(
            [new ParticipantBadge("Anna", Side.Dorpsbelangen, "Bestuurslid dorpsbelangen", SeatKind.Person), new ParticipantBadge("Henk", Side.Gemeente, "Wethouder", SeatKind.Person)],
            projector.Participants);
    }

    [Fact]
    public async Task Before_the_reveal_nobody_sees_what_others_answered()
    {
        var play = await Play.OpenAsync(fixture.Grains, TestDecks.WithCards(2));
        var anna = await play.JoinAsync("Anna", TestDecks.Bestuurslid);
        var henk = await play.JoinAsync("Henk", TestDecks.Wethouder);
        await play.StartChoosingAsync();

        await play.AnswerAsync(anna, Eigenaarschap.Gemeenschap, Regie.VolledigGemeenschap, "loslaten");
        var henksView = (await play.Session.Resume(henk.SeatToken)).Value!;
        var projector = (await play.Session.GetProjectorView()).Value!;

        Assert.Null(henksView.MyAnswer);
        Assert.Equal(1, henksView.Round.AnsweredCount);
        Assert.Null(projector.Reveal);
        Assert.Equal((1, 2), (projector.Round.AnsweredCount, projector.Round.SeatCount));
    }

    [Fact]
    public async Task The_reveal_shows_every_answer_with_the_gap_between_the_sides()
    {
        var play = await Play.OpenAsync(fixture.Grains, TestDecks.WithCards(2));
        var anna = await play.JoinAsync("Anna", TestDecks.Bestuurslid);
        var henk = await play.JoinAsync("Henk", TestDecks.Wethouder);
        await play.StartChoosingAsync();
        await play.AnswerAsync(anna, Eigenaarschap.Gemeenschap, Regie.VolledigGemeenschap, "loslaten");
        await play.AnswerAsync(henk, Eigenaarschap.Gemeente, Regie.VolledigGemeente, "regels");

        var view = await play.CommandAsync(HostCommand.Reveal);

        Assert.Equal(Phase.Onthulling, view.Round.Phase);
        Assert.Equal(2, view.Reveal!.Answers.Count);
        var gap = view.Reveal.Outcome.Gap!;
        Assert.Equal((3.0, 4.0, 1.0), (gap.Eigenaarschap, gap.Regie, gap.Distance));
        Assert.Contains(view.Reveal.Outcome.Options, o => o is { OptionId: "regels", Gemeente: 1, Dorpsbelangen: 0 });
    }

    [Fact]
    public async Task A_participant_who_dropped_out_does_not_block_the_reveal()
    {
        var play = await Play.OpenAsync(fixture.Grains, TestDecks.WithCards(1));
        var anna = await play.JoinAsync("Anna", TestDecks.Bestuurslid);
        await play.JoinAsync("Henk (tablet leeg)", TestDecks.Wethouder);
        await play.StartChoosingAsync();
        await play.AnswerAsync(anna, Eigenaarschap.GemeenschapMetBijdrage, Regie.Gedeeld, "samen");

        var view = await play.CommandAsync(HostCommand.Reveal);

        Assert.Equal(Phase.Onthulling, view.Round.Phase);
        Assert.Equal([true, false], view.Seats.Select(s => s.HasAnswered));
    }

    [Fact]
    public async Task A_reloaded_tablet_gets_its_seat_phase_and_answer_back()
    {
        var play = await Play.OpenAsync(fixture.Grains, TestDecks.WithCards(2));
        var anna = await play.JoinAsync("Anna", TestDecks.Initiatiefnemer);
        await play.StartChoosingAsync();
        await play.AnswerAsync(anna, Eigenaarschap.GemeenteMetBijdrage, Regie.VooralGemeente, "samen");

        var resumed = (await play.Session.Resume(anna.SeatToken)).Value!;

        Assert.Equal(anna.View.Me, resumed.Me);
        Assert.Equal(Phase.Kiezen, resumed.Round.Phase);
        Assert.Equal(new Answer(Eigenaarschap.GemeenteMetBijdrage, Regie.VooralGemeente, "samen"), resumed.MyAnswer);
    }

    [Fact]
    public async Task A_forged_seat_token_is_refused()
    {
        var play = await Play.OpenAsync(fixture.Grains, TestDecks.WithCards(1));
        await play.JoinAsync("Anna", TestDecks.Initiatiefnemer);

        var resume = await play.Session.Resume("AAAAAAAAAAAAAAAAAAAAAA");
        var answer = await play.Session.SubmitAnswer("AAAAAAAAAAAAAAAAAAAAAA", new Answer(Eigenaarschap.Gemeenschap, Regie.Gedeeld, "samen"));

        Assert.Equal(ErrorCode.UnknownSeat, resume.Error);
        Assert.Equal(ErrorCode.UnknownSeat, answer.Error);
    }

    [Fact]
    public async Task Commands_without_the_host_key_are_refused_and_change_nothing()
    {
        var play = await Play.OpenAsync(fixture.Grains, TestDecks.WithCards(1));
        await play.JoinAsync("Anna", TestDecks.Initiatiefnemer);

        var reply = await play.Session.Command("not-the-host-key", HostCommand.Start);

        Assert.Equal(ErrorCode.WrongHostKey, reply.Error);
        Assert.Equal(Phase.Lobby, (await play.Session.GetProjectorView()).Value!.Round.Phase);
    }

    [Fact]
    public async Task A_command_in_the_wrong_phase_is_refused_with_a_reason()
    {
        var play = await Play.OpenAsync(fixture.Grains, TestDecks.WithCards(1));
        var anna = await play.JoinAsync("Anna", TestDecks.Initiatiefnemer);

        var reveal = await play.Session.Command(play.HostKey, HostCommand.Reveal);
        var answer = await play.Session.SubmitAnswer(anna.SeatToken, new Answer(Eigenaarschap.Gemeenschap, Regie.Gedeeld, "samen"));

        Assert.Equal(ErrorCode.WrongPhase, reveal.Error);
        Assert.Equal(ErrorCode.WrongPhase, answer.Error);
    }

    [Theory]
    [InlineData("", "bestuurslid", Side.Dorpsbelangen, ErrorCode.NameRequired)]
    [InlineData("Een naam die veel te lang is voor een tablet en een projector", "bestuurslid", Side.Dorpsbelangen, ErrorCode.NameTooLong)]
    [InlineData("Anna", "bestuurslid", Side.Gemeente, ErrorCode.RoleNotOffered)]
    [InlineData("Anna", "burgemeester", Side.Gemeente, ErrorCode.RoleNotOffered)]
    public async Task A_join_with_bad_details_is_refused_with_a_reason(string name, string roleId, Side side, ErrorCode expected)
    {
        var play = await Play.OpenAsync(fixture.Grains, TestDecks.WithCards(1));

        var reply = await play.Session.Join(new JoinRequest(name, side, roleId));

        Assert.Equal(expected, reply.Error);
        Assert.Empty((await play.Session.GetProjectorView()).Value!.Participants);
    }

    [Fact]
    public async Task An_answer_naming_an_option_the_card_lacks_is_refused()
    {
        var play = await Play.OpenAsync(fixture.Grains, TestDecks.WithCards(1));
        var anna = await play.JoinAsync("Anna", TestDecks.Initiatiefnemer);
        await play.StartChoosingAsync();

        var reply = await play.Session.SubmitAnswer(anna.SeatToken, new Answer(Eigenaarschap.Gemeenschap, (Regie)9, "samen"));
        var other = await play.Session.SubmitAnswer(anna.SeatToken, new Answer(Eigenaarschap.Gemeenschap, Regie.Gedeeld, "bestaat-niet"));

        Assert.Equal(ErrorCode.InvalidAnswer, reply.Error);
        Assert.Equal(ErrorCode.InvalidAnswer, other.Error);
    }

    [Fact]
    public async Task A_session_that_was_never_created_is_not_found()
    {
        var session = fixture.Grains.GetGrain<Spel.Server.Sessions.ISessionGrain>(JoinCode.NewCode());

        Assert.Equal(ErrorCode.SessionNotFound, (await session.GetJoinInfo()).Error);
        Assert.Equal(ErrorCode.SessionNotFound, (await session.Join(new JoinRequest("Anna", Side.Gemeente, "wethouder"))).Error);
    }

    [Fact]
    public async Task After_the_last_card_the_debrief_shows_every_card_per_side()
    {
        var play = await Play.OpenAsync(fixture.Grains, TestDecks.WithCards(2));
        var anna = await play.JoinAsync("Anna", TestDecks.Bestuurslid);
        var henk = await play.JoinAsync("Henk", TestDecks.Wethouder);
        await play.CommandAsync(HostCommand.Start);
        for (var card = 0; card < 2; card++)
        {
            await play.CommandAsync(HostCommand.OpenChoosing);
            await play.AnswerAsync(anna, Eigenaarschap.Gemeenschap, Regie.VooralGemeenschap, "loslaten");
            await play.AnswerAsync(henk, Eigenaarschap.GemeenteMetBijdrage, Regie.VooralGemeente, "samen");
            await play.CommandAsync(HostCommand.Reveal);
            await play.CommandAsync(HostCommand.Discuss);
            await play.CommandAsync(HostCommand.Conclude);
            await play.CommandAsync(HostCommand.NextCard);
        }

        await play.CommandAsync(HostCommand.Finish);

        var view = (await play.Session.GetFacilitatorView(play.HostKey)).Value!;

        Assert.Equal(Phase.Debrief, view.Round.Phase);
        Assert.Null(view.NextCommand);
        Assert.Equal(2, view.Debrief!.Cards.Count);
        var first = view.Debrief.Cards.Single(c => c.Reveal.Outcome.Number == 1).Reveal.Outcome;
        Assert.Equal([1, 0, 0, 0], first.Dorpsbelangen!.Eigenaarschap);
        Assert.Equal([0, 0, 1, 0], first.Gemeente!.Eigenaarschap);
        Assert.Equal([0, 0, 0, 1, 0], first.Gemeente.Regie);
        Assert.Equal((2.0, 2.0), (first.Gap!.Eigenaarschap, first.Gap.Regie));
    }
}
