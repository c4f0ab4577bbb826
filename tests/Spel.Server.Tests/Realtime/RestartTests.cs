using System.Net.Http.Json;
using Microsoft.AspNetCore.SignalR.Client;
using Spel.Scenarios.Decks;
using Spel.Scenarios.Play;
using Spel.Server.Tests.Support;

namespace Spel.Server.Tests.Realtime;

public sealed class RestartTests
{
    [Fact]
    public async Task A_session_in_the_middle_of_choosing_survives_a_server_restart_with_its_answers()
    {
        var first = SpelServerFactory.WithFreshData();
        SessionCreated session;
        SeatTicket anna;
        Answer annasAnswer;
        try
        {
            session = await first.CreateSessionAsync();
            await using var tablet = first.Connect();
            await tablet.StartAsync();
            var info = (await tablet.InvokeAsync<Reply<JoinInfo>>(GameHubContract.GetJoinInfo, session.Code)).Value!;
            var role = info.Roles.First(r => r.Side == Side.Dorpsbelangen);
            anna = (await tablet.InvokeAsync<Reply<SeatTicket>>(GameHubContract.Join, session.Code, new JoinRequest("Anna", role.Side, role.Id))).Value!;
            await tablet.InvokeAsync<Reply<FacilitatorView>>(GameHubContract.Command, session.Code, session.HostKey, HostCommand.Start);
            var choosing = (await tablet.InvokeAsync<Reply<FacilitatorView>>(GameHubContract.Command, session.Code, session.HostKey, HostCommand.OpenChoosing)).Value!;
            annasAnswer = new Answer(Eigenaarschap.GemeenschapMetBijdrage, Regie.VooralGemeenschap, choosing.Round.Card!.Options[0].Id);
            Assert.True((await tablet.InvokeAsync<Reply<ParticipantView>>(GameHubContract.SubmitAnswer, session.Code, anna.SeatToken, annasAnswer)).IsOk);
        }
        finally
        {
            await first.DisposeAsync();
        }

        await using var second = new SpelServerFactory(first.DataFolder);
        try
        {
            await using var reloaded = second.Connect();
            await reloaded.StartAsync();

            var resumed = await reloaded.InvokeAsync<Reply<ParticipantView>>(GameHubContract.Resume, session.Code, anna.SeatToken);
            var host = await reloaded.InvokeAsync<Reply<FacilitatorView>>(GameHubContract.WatchAsHost, session.Code, session.HostKey);

            Assert.Equal(Phase.Kiezen, resumed.Value!.Round.Phase);
            Assert.Equal(annasAnswer, resumed.Value.MyAnswer);
            Assert.Equal("Anna", resumed.Value.Me.Name);
            Assert.True(Assert.Single(host.Value!.Seats).HasAnswered);
            Assert.Equal(HostCommand.Reveal, host.Value.NextCommand);
        }
        finally
        {
            second.DeleteData();
        }
    }

    [Fact]
    public async Task A_countdown_that_may_advance_still_takes_its_step_after_a_server_restart()
    {
        var first = SpelServerFactory.WithFreshData();
        SessionCreated session;
        try
        {
            var decks = await first.CreateClient().GetFromJsonAsync<DeckSummary[]>("/api/decks");
            var cardIds = decks!.Single(d => d.Id == "wie-heeft-de-regie").Cards.Select(c => c.Id).ToList();
            session = await first.CreateSessionAsync(settings: SessionSettings.Default(cardIds) with
            {
                Timers = [new PhaseTimer(Phase.Kiezen, SessionSettings.MinimumTimerSeconds)],
                TimersAdvance = true,
            });
            await using var tablet = first.Connect();
            await tablet.StartAsync();
            var info = (await tablet.InvokeAsync<Reply<JoinInfo>>(GameHubContract.GetJoinInfo, session.Code)).Value!;
            var role = info.Roles.First(r => r.Side == Side.Gemeente);
            var henk = (await tablet.InvokeAsync<Reply<SeatTicket>>(GameHubContract.Join, session.Code, new JoinRequest("Henk", role.Side, role.Id))).Value!;
            await tablet.InvokeAsync<Reply<FacilitatorView>>(GameHubContract.Command, session.Code, session.HostKey, HostCommand.Start);
            var choosing = (await tablet.InvokeAsync<Reply<FacilitatorView>>(GameHubContract.Command, session.Code, session.HostKey, HostCommand.OpenChoosing)).Value!;
            var answer = new Answer(Eigenaarschap.Gemeente, Regie.VolledigGemeente, choosing.Round.Card!.Options[0].Id);
            Assert.True((await tablet.InvokeAsync<Reply<ParticipantView>>(GameHubContract.SubmitAnswer, session.Code, henk.SeatToken, answer)).IsOk);
        }
        finally
        {
            await first.DisposeAsync();
        }

        await using var second = new SpelServerFactory(first.DataFolder);
        try
        {
            await using var host = second.Connect();
            var pushes = new Pushes<FacilitatorPush>(host, GameHubContract.FacilitatorUpdated);
            await host.StartAsync();

            // Watching reactivates the session on the new server; its countdown then ends there and takes the step.
            var watched = (await host.InvokeAsync<Reply<FacilitatorView>>(GameHubContract.WatchAsHost, session.Code, session.HostKey)).Value!;
            var phase = watched.Round.Phase == Phase.Kiezen
                ? (await pushes.WaitFor(push => push.View.Round.Phase != Phase.Kiezen, TimeSpan.FromSeconds(SessionSettings.MinimumTimerSeconds * 3))).View.Round.Phase
                : watched.Round.Phase;

            Assert.Equal(Phase.Onthulling, phase);
        }
        finally
        {
            second.DeleteData();
        }
    }
}
