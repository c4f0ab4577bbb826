using Microsoft.Extensions.DependencyInjection;
using Orleans.Core.Internal;
using Spel.Scenarios.Decks;
using Spel.Scenarios.Play;
using Spel.Server.Tests.Support;

namespace Spel.Server.Tests.Sessions;

/// <summary>Issue 10, seats: the facilitator removes, moves and merges seats, and sees who is connected.</summary>
[Collection(ClusterCollection.Name)]
public sealed class SeatCorrectionTests(ClusterFixture fixture)
{
    private SiloAddress ServerA => fixture.Cluster.Silos[0].SiloAddress;

    private SiloAddress ServerB => fixture.Cluster.Silos[1].SiloAddress;

    [Fact]
    public async Task Removing_a_seat_takes_its_answer_out_of_the_tally_on_the_board()
    {
        var (play, anna, henk) = await AnnaAndHenkRevealedAsync();

        var view = Ok(await play.Session.RemoveSeat(play.HostKey, henk.View.Me.SeatId));

        Assert.Equal(["Anna"], view.Seats.Select(s => s.Name));
        Assert.Equal(1, view.Round.SeatCount);
        Assert.Equal([anna.View.Me.SeatId], view.Reveal!.Answers.Select(a => a.SeatId));
        Assert.Contains(view.Reveal.Outcome.Options, o => o is { OptionId: "regels", Total: 0 });
        Assert.Equal(0, view.Reveal.Outcome.Gemeente!.Count);
        var projector = (await play.Session.GetProjectorView()).Value!;
        Assert.Single(projector.Reveal!.Answers);
    }

    [Fact]
    public async Task Removing_a_duplicate_seat_hides_the_split_again_under_the_anonymity_rule()
    {
        var play = await Play.OpenAsync(fixture.Grains, TestDecks.WithCards(1), s => s with { Anonymous = true });
        var village = new[]
        {
            await play.JoinAsync("Anna", TestDecks.Bestuurslid),
            await play.JoinAsync("Anna", TestDecks.Bestuurslid),
            await play.JoinAsync("Bram", TestDecks.Initiatiefnemer),
        };
        var town = new[]
        {
            await play.JoinAsync("Henk", TestDecks.Wethouder),
            await play.JoinAsync("Ilse", TestDecks.Ambtenaar),
            await play.JoinAsync("Joop", TestDecks.Wethouder),
        };
        await play.StartChoosingAsync();
        foreach (var seat in village)
        {
            await play.AnswerAsync(seat, Eigenaarschap.Gemeenschap, Regie.Gedeeld, "samen");
        }

        foreach (var seat in town)
        {
            await play.AnswerAsync(seat, Eigenaarschap.Gemeente, Regie.VolledigGemeente, "regels");
        }

        var revealed = await play.CommandAsync(HostCommand.Reveal);
        var afterRemoval = Ok(await play.Session.RemoveSeat(play.HostKey, village[1].View.Me.SeatId));

        Assert.False(revealed.Reveal!.Outcome.SplitHidden);
        Assert.True(afterRemoval.Reveal!.Outcome.SplitHidden);
        Assert.Equal(5, afterRemoval.Reveal.Outcome.All.Count);
        Assert.All(afterRemoval.Reveal.Answers, a => Assert.Null(a.Side));
    }

    [Fact]
    public async Task A_removed_seat_leaves_the_debrief()
    {
        var play = await Play.OpenAsync(fixture.Grains, TestDecks.WithCards(1));
        var anna = await play.JoinAsync("Anna", TestDecks.Bestuurslid);
        var test = await play.JoinAsync("Test", TestDecks.Wethouder);
        var henk = await play.JoinAsync("Henk", TestDecks.Wethouder);
        await play.StartChoosingAsync();
        await play.AnswerAsync(anna, Eigenaarschap.Gemeenschap, Regie.Gedeeld, "samen");
        await play.AnswerAsync(test, Eigenaarschap.Gemeente, Regie.VolledigGemeente, "regels");
        await play.AnswerAsync(henk, Eigenaarschap.GemeenteMetBijdrage, Regie.Gedeeld, "samen");
        await play.AdvanceToAsync(Phase.Slotvraag);
        await play.PointsAsync(test, new FunctionPoints(10, 0, 0, 0));

        Ok(await play.Session.RemoveSeat(play.HostKey, test.View.Me.SeatId));
        await play.CommandAsync(HostCommand.Finish);
        var debrief = (await play.Session.GetDebrief(play.HostKey)).Value!;

        Assert.Equal(2, debrief.SeatCount);
        Assert.Equal(["Anna", "Henk"], debrief.Seats.Select(s => s.Name));
        Assert.Equal(2, debrief.Cards.Single().Reveal.Answers.Count);
        Assert.DoesNotContain(debrief.Cards.Single().Reveal.Outcome.Options, o => o is { OptionId: "regels", Total: > 0 });
        Assert.All(debrief.Profile.Sides, side => Assert.Equal(0, side.Respondents));
    }

    [Fact]
    public async Task A_removed_tablet_is_told_so_and_may_join_again()
    {
        var play = await Play.OpenAsync(fixture.Grains, TestDecks.WithCards(1));
        await play.JoinAsync("Anna", TestDecks.Bestuurslid);
        var twice = await play.JoinAsync("Anna", TestDecks.Bestuurslid);
        await play.StartChoosingAsync();

        Ok(await play.Session.RemoveSeat(play.HostKey, twice.View.Me.SeatId));
        var resumed = await play.Session.Resume(twice.SeatToken);
        var answered = await play.Session.SubmitAnswer(twice.SeatToken, new Answer(Eigenaarschap.Gemeenschap, Regie.Gedeeld, "samen"));
        var again = await play.Session.Join(new JoinRequest("Anna (2)", Side.Dorpsbelangen, TestDecks.Bestuurslid.Id));

        Assert.Equal(ErrorCode.SeatRemoved, resumed.Error);
        Assert.Equal(ErrorCode.SeatRemoved, answered.Error);
        Assert.True(again.IsOk);
        Assert.Equal(ErrorCode.UnknownSeat, (await play.Session.Resume("niet-een-echte-plek-1234")).Error);
    }

    [Fact]
    public async Task Merging_keeps_the_kept_seats_answer_and_takes_over_what_only_the_other_gave()
    {
        var play = await Play.OpenAsync(fixture.Grains, TestDecks.WithCards(2));
        var first = await play.JoinAsync("Anna", TestDecks.Bestuurslid);
        var second = await play.JoinAsync("Anna", TestDecks.Bestuurslid);
        var henk = await play.JoinAsync("Henk", TestDecks.Wethouder);
        await play.StartChoosingAsync();
        await play.AnswerAsync(first, Eigenaarschap.Gemeenschap, Regie.Gedeeld, "loslaten");
        await play.AnswerAsync(henk, Eigenaarschap.Gemeente, Regie.VolledigGemeente, "regels");
        await play.AdvanceToAsync(Phase.Situatie);
        await play.CommandAsync(HostCommand.OpenChoosing);
        await play.AnswerAsync(first, Eigenaarschap.Gemeenschap, Regie.Gedeeld, "loslaten");
        await play.AnswerAsync(second, Eigenaarschap.GemeenteMetBijdrage, Regie.VolledigGemeente, "regels");

        var view = Ok(await play.Session.MergeSeats(play.HostKey, first.View.Me.SeatId, second.View.Me.SeatId));
        var kept = (await play.Session.Resume(second.SeatToken)).Value!;
        await play.AdvanceToAsync(Phase.Slotvraag);
        await play.CommandAsync(HostCommand.Finish);
        var debrief = (await play.Session.GetDebrief(play.HostKey)).Value!;

        Assert.Equal(2, view.Seats.Count);
        Assert.DoesNotContain(view.Seats, s => s.SeatId == first.View.Me.SeatId);
        Assert.Equal(1, view.Round.AnsweredCount);
        Assert.Equal("regels", kept.MyAnswer!.OptionId);
        Assert.Equal(ErrorCode.SeatRemoved, (await play.Session.Resume(first.SeatToken)).Error);
        var firstCard = debrief.Cards.Single(c => c.Reveal.Outcome.CardId == "kaart-1").Reveal;
        Assert.Contains(firstCard.Answers, a => a.SeatId == second.View.Me.SeatId && a.OptionId == "loslaten");
        Assert.Equal(2, firstCard.Answers.Count);
    }

    [Fact]
    public async Task Moving_a_seat_to_the_other_side_changes_the_side_counts()
    {
        var (play, anna, _) = await AnnaAndHenkRevealedAsync();

        var view = Ok(await play.Session.MoveSeat(play.HostKey, anna.View.Me.SeatId, Side.Gemeente, TestDecks.Ambtenaar.Id));
        var annasTablet = (await play.Session.Resume(anna.SeatToken)).Value!;

        Assert.Equal((2, 0), (view.Reveal!.Outcome.Gemeente!.Count, view.Reveal.Outcome.Dorpsbelangen!.Count));
        Assert.Contains(view.Seats, s => s is { Name: "Anna", Side: Side.Gemeente, RoleName: "Beleidsambtenaar" });
        Assert.Equal((Side.Gemeente, TestDecks.Ambtenaar.Id), (annasTablet.Me.Side, annasTablet.Me.RoleId));
        Assert.Equal("loslaten", annasTablet.MyAnswer!.OptionId);
    }

    [Fact]
    public async Task A_seat_is_only_moved_to_a_role_the_deck_offers_on_that_side()
    {
        var play = await Play.OpenAsync(fixture.Grains, TestDecks.WithCards(1));
        var anna = await play.JoinAsync("Anna", TestDecks.Bestuurslid);
        var before = (await play.Session.GetFacilitatorView(play.HostKey)).Value!;

        var wrongSide = await play.Session.MoveSeat(play.HostKey, anna.View.Me.SeatId, Side.Dorpsbelangen, TestDecks.Wethouder.Id);
        var noRole = await play.Session.MoveSeat(play.HostKey, anna.View.Me.SeatId, Side.Gemeente, null);
        var after = (await play.Session.GetFacilitatorView(play.HostKey)).Value!;

        Assert.Equal((ErrorCode.RoleNotOffered, ErrorCode.RoleNotOffered), (wrongSide.Error, noRole.Error));
        Assert.Equal(before.Version, after.Version);
    }

    [Fact]
    public async Task Seat_corrections_get_specific_refusals_and_change_nothing()
    {
        var play = await Play.OpenAsync(fixture.Grains, TestDecks.WithCards(1));
        var anna = await play.JoinAsync("Anna", TestDecks.Bestuurslid);
        var henk = await play.JoinAsync("Henk", TestDecks.Wethouder);
        var annaId = anna.View.Me.SeatId;
        var before = (await play.Session.GetFacilitatorView(play.HostKey)).Value!;

        Assert.Equal(ErrorCode.WrongHostKey, (await play.Session.RemoveSeat("verkeerde-sleutel-000000", annaId)).Error);
        Assert.Equal(ErrorCode.SeatNotFound, (await play.Session.RemoveSeat(play.HostKey, "000000000000")).Error);
        Assert.Equal(ErrorCode.SeatNotFound, (await play.Session.MoveSeat(play.HostKey, "000000000000", Side.Gemeente, TestDecks.Wethouder.Id)).Error);
        Assert.Equal(ErrorCode.MergeWithItself, (await play.Session.MergeSeats(play.HostKey, annaId, annaId)).Error);
        Assert.Equal(ErrorCode.SeatNotFound, (await play.Session.MergeSeats(play.HostKey, annaId, "000000000000")).Error);
        var after = (await play.Session.GetFacilitatorView(play.HostKey)).Value!;
        Assert.Equal(before.Version, after.Version);
        Assert.Equal(2, after.Seats.Count);

        await play.StartChoosingAsync();
        await play.AnswerAsync(anna, Eigenaarschap.Gemeenschap, Regie.Gedeeld, "samen");
        await play.AdvanceToAsync(Phase.Slotvraag);
        await play.CommandAsync(HostCommand.Finish);
        Assert.Equal(ErrorCode.WrongPhase, (await play.Session.RemoveSeat(play.HostKey, annaId)).Error);
        Assert.Equal(ErrorCode.WrongPhase, (await play.Session.MoveSeat(play.HostKey, annaId, Side.Gemeente, TestDecks.Wethouder.Id)).Error);
        Assert.Equal(ErrorCode.WrongPhase, (await play.Session.MergeSeats(play.HostKey, annaId, henk.View.Me.SeatId)).Error);
        Assert.Equal(2, (await play.Session.GetDebrief(play.HostKey)).Value!.SeatCount);
    }

    [Fact]
    public async Task The_console_sees_which_seats_have_a_tablet_connected()
    {
        var play = await Play.OpenAsync(fixture.Grains, TestDecks.WithCards(1));
        var anna = await play.JoinAsync("Anna", TestDecks.Bestuurslid);
        var henk = await play.JoinAsync("Henk", TestDecks.Wethouder);
        var annaId = anna.View.Me.SeatId;

        await play.Session.SeatConnected(annaId, ServerA, "tablet");
        await play.Session.SeatConnected(henk.View.Me.SeatId, ServerA, "henk");
        await play.Session.SeatConnected(annaId, ServerB, "other-tablet");
        await play.Session.SeatDisconnected(annaId, ServerA, "tablet");
        var annaOnAnotherTablet = await ConnectedAsync(play);
        await play.Session.SeatDisconnected(annaId, ServerB, "other-tablet");
        var annaGone = await ConnectedAsync(play);

        Assert.Equal(["Anna", "Henk"], annaOnAnotherTablet);
        Assert.Equal(["Henk"], annaGone);
    }

    [Fact]
    public async Task A_removed_seat_no_longer_counts_as_connected()
    {
        var play = await Play.OpenAsync(fixture.Grains, TestDecks.WithCards(1));
        var anna = await play.JoinAsync("Anna", TestDecks.Bestuurslid);
        await play.JoinAsync("Henk", TestDecks.Wethouder);
        await play.Session.SeatConnected(anna.View.Me.SeatId, ServerA, "tablet");

        Ok(await play.Session.RemoveSeat(play.HostKey, anna.View.Me.SeatId));
        await play.Session.SeatDisconnected(anna.View.Me.SeatId, ServerA, "tablet");

        Assert.Empty(await ConnectedAsync(play));
    }

    [Fact]
    public async Task A_session_activated_again_asks_every_tablet_once_to_resume_so_it_learns_who_is_connected()
    {
        var play = await Play.OpenAsync(fixture.Grains, TestDecks.WithCards(2));
        var anna = await play.JoinAsync("Anna", TestDecks.Bestuurslid);
        var henk = await play.JoinAsync("Henk", TestDecks.Wethouder);
        var started = await play.CommandAsync(HostCommand.Start);
        var screens = fixture.Cluster.Silos[0].ServiceProvider.GetRequiredService<RecordingScreens>();
        var startPush = await screens.WaitFor(play.Code, b => b.Version == started.Version);

        await play.Session.Cast<IGrainManagementExtension>().DeactivateOnIdle();
        var choosing = await play.CommandAsync(HostCommand.OpenChoosing);
        var firstPushAgain = await screens.WaitFor(play.Code, b => b.Version == choosing.Version);
        await play.AnswerAsync(anna, Eigenaarschap.Gemeenschap, Regie.Gedeeld, "samen");
        var revealed = await play.CommandAsync(HostCommand.Reveal);
        var nextPush = await screens.WaitFor(play.Code, b => b.Version == revealed.Version);

        Assert.Null(startPush.Seats!.Resume);
        Assert.Equal([anna.View.Me.SeatId, henk.View.Me.SeatId], firstPushAgain.Seats!.Resume);
        Assert.Null(nextPush.Seats!.Resume);
    }

    /// <summary>Anna (dorpsbelangen, "loslaten") and Henk (gemeente, "regels") have answered the first card, and it is revealed.</summary>
    private async Task<(Play Play, SeatTicket Anna, SeatTicket Henk)> AnnaAndHenkRevealedAsync()
    {
        var play = await Play.OpenAsync(fixture.Grains, TestDecks.WithCards(2));
        var anna = await play.JoinAsync("Anna", TestDecks.Bestuurslid);
        var henk = await play.JoinAsync("Henk", TestDecks.Wethouder);
        await play.StartChoosingAsync();
        await play.AnswerAsync(anna, Eigenaarschap.Gemeenschap, Regie.VolledigGemeenschap, "loslaten");
        await play.AnswerAsync(henk, Eigenaarschap.Gemeente, Regie.VolledigGemeente, "regels");
        await play.CommandAsync(HostCommand.Reveal);
        return (play, anna, henk);
    }

    private static async Task<IReadOnlyList<string>> ConnectedAsync(Play play) =>
        (await play.Session.GetFacilitatorView(play.HostKey)).Value!.Seats.Where(s => s.IsConnected).Select(s => s.Name).ToList();

    private static FacilitatorView Ok(Reply<FacilitatorView> reply) =>
        reply.Value ?? throw new InvalidOperationException($"Refused: {reply.Error}");
}
