using Spel.Scenarios.Decks;
using Spel.Scenarios.Play;
using Spel.Server.Sessions;
using Spel.Server.Tests.Support;

namespace Spel.Server.Tests.Sessions;

/// <summary>Countdowns per phase: shown, extended, stopped, and a step forward only when the facilitator chose that.</summary>
[Collection(ClusterCollection.Name)]
public sealed class CountdownTests(ClusterFixture fixture)
{
    [Fact]
    public async Task A_phase_with_a_timer_shows_its_countdown_which_the_facilitator_can_extend_and_stop()
    {
        var play = await Play.OpenAsync(fixture.Grains, TestDecks.WithCards(1), s => s with { Timers = [new PhaseTimer(Phase.Kiezen, 90)] });
        await play.JoinAsync("Anna", TestDecks.Bestuurslid);

        var situatie = await play.CommandAsync(HostCommand.Start);
        var kiezen = await play.CommandAsync(HostCommand.OpenChoosing);
        var extended = await play.CommandAsync(HostCommand.ExtendTimer);
        var stopped = await play.CommandAsync(HostCommand.StopTimer);
        var stopAgain = await play.Session.Command(play.HostKey, HostCommand.StopTimer);

        Assert.Null(situatie.Round.Timer);
        Assert.Equal((Phase.Kiezen, 90, false), (kiezen.Round.Timer!.Phase, kiezen.Round.Timer.Seconds, kiezen.Round.Timer.AdvancesPhase));
        Assert.InRange(kiezen.Round.Timer.SecondsLeft, 80, 90);
        Assert.Equal(150, extended.Round.Timer!.Seconds);
        Assert.InRange(extended.Round.Timer.SecondsLeft, 140, 150);
        Assert.Null(stopped.Round.Timer);
        Assert.Equal(Phase.Kiezen, stopped.Round.Phase);
        Assert.Equal(ErrorCode.NoTimerRunning, stopAgain.Error);
    }

    [Fact]
    public async Task A_countdown_that_may_advance_takes_the_next_step_when_it_ends()
    {
        // Created straight on the grain: the one-second timer is below what the start page allows, to keep the test short.
        var play = await OpenWithCountdown(advance: true);

        await StepTakenAsync(play);
    }

    [Fact]
    public async Task A_countdown_that_may_not_advance_only_runs_out()
    {
        var play = await OpenWithCountdown(advance: false);

        // The sentinel's countdown started later and may advance: once it took its step, this one ended too.
        var sentinel = await OpenWithCountdown(advance: true);
        await StepTakenAsync(sentinel);

        var round = (await play.Session.GetProjectorView()).Value!.Round;
        Assert.Equal((Phase.Gesprek, 0), (round.Phase, round.Timer!.SecondsLeft));
        Assert.DoesNotContain(Screens().Of(play.Code), broadcast => broadcast.Projector?.View.Round.Phase == Phase.Afspraak);
    }

    private async Task<Play> OpenWithCountdown(bool advance)
    {
        var deck = TestDecks.WithCards(1);
        var session = fixture.Grains.GetGrain<ISessionGrain>(JoinCode.NewCode());
        var settings = SessionSettings.Default(["kaart-1"]) with { Timers = [new PhaseTimer(Phase.Gesprek, 1)], TimersAdvance = advance };
        var play = new Play(session, (await session.Create(deck, settings))!);
        var anna = await play.JoinAsync("Anna", TestDecks.Bestuurslid);
        await play.StartChoosingAsync();
        await play.AnswerAsync(anna, Eigenaarschap.Gemeenschap, Regie.Gedeeld, "samen");
        await play.AdvanceToAsync(Phase.Gesprek);
        return play;
    }

    /// <summary>Waits for the push of the countdown's own step from Gesprek to the Afspraak.</summary>
    private Task StepTakenAsync(Play play) =>
        Screens().WaitFor(play.Code, broadcast => broadcast.Projector?.View.Round.Phase == Phase.Afspraak);

    /// <summary>Every silo's server hears every session, so the first silo's screens hear them all.</summary>
    private RecordingScreens Screens() => fixture.Cluster.Silos[0].ServiceProvider.GetRequiredService<RecordingScreens>();
}
