using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR.Client;
using Spel.Scenarios.Decks;
using Spel.Scenarios.Play;
using Spel.Server.Tests.Support;
using Xunit.Abstractions;

namespace Spel.Server.Tests.Storage;

/// <summary>
/// Write, then acknowledge: a tablet hears "answered" only once the answer is on disk. The server is killed
/// (SIGKILL, no chance to flush anything) while a room full of tablets answers at once, and started again on its data.
/// </summary>
public sealed class KillTests(ITestOutputHelper output)
{
    private const int Seats = 40;

    /// <summary>
    /// The kill comes as soon as this many answers were acknowledged, while the rest are still on their way: this soon,
    /// an answer acknowledged before it is on disk (a write-behind of even 100 ms) is among the lost ones.
    /// </summary>
    private const int KillAfter = 3;

    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    private static readonly Dictionary<string, string> Embedded = [];

    [Fact]
    public async Task Every_answer_acknowledged_before_a_kill_9_is_there_when_the_server_starts_again_on_its_data()
    {
        var folder = ServerProcesses.FreshFolder();
        await using var first = await ServerProcesses.StartAsync(Embedded, folder);
        var session = await first.CreateSessionAsync();
        var tablets = Enumerable.Range(0, Seats).Select(_ => first.Connect()).ToList();
        await Task.WhenAll(tablets.Select(tablet => tablet.StartAsync()));
        var roles = (await tablets[0].InvokeAsync<Reply<JoinInfo>>(GameHubContract.GetJoinInfo, session.Code)).Value!.Roles;
        var seats = await Task.WhenAll(tablets.Select(async (tablet, i) =>
        {
            var role = roles[i % roles.Count];
            var joined = await tablet.InvokeAsync<Reply<SeatTicket>>(GameHubContract.Join, session.Code, new JoinRequest($"Deelnemer {i + 1}", role.Side, role.Id));
            return joined.Value ?? throw new InvalidOperationException($"Join refused: {joined.Error}");
        }));
        await CommandAsync(tablets[0], session, HostCommand.Start);
        var card = (await CommandAsync(tablets[0], session, HostCommand.OpenChoosing)).Round.Card!;
        var answer = new Answer(Eigenaarschap.GemeenschapMetBijdrage, Regie.VooralGemeenschap, card.Options[0].Id);

        var acknowledged = new ConcurrentDictionary<string, bool>();
        var killTime = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var burst = seats.Select(async (seat, i) =>
        {
            try
            {
                var reply = await tablets[i].InvokeAsync<Reply<ParticipantView>>(GameHubContract.SubmitAnswer, session.Code, seat.SeatToken, answer);
                Assert.True(reply.IsOk, $"Answer refused: {reply.Error}");
                acknowledged[seat.View.Me.SeatId] = true;
                if (acknowledged.Count >= KillAfter)
                {
                    killTime.TrySetResult();
                }
            }
            catch (Exception ex) when (ex is not Xunit.Sdk.XunitException)
            {
                // Lost with the server, never acknowledged: no promise was made about it.
            }
        }).ToList();
        await killTime.Task.WaitAsync(Timeout);
        await first.KillAsync();
        await Task.WhenAll(burst).WaitAsync(Timeout);
        await Task.WhenAll(tablets.Select(tablet => tablet.DisposeAsync().AsTask()));

        await using var second = await ServerProcesses.StartAsync(Embedded, folder);
        await using var console = second.Connect();
        await console.StartAsync();
        var host = (await console.InvokeAsync<Reply<FacilitatorView>>(GameHubContract.WatchAsHost, session.Code, session.HostKey)).Value!;
        var answered = host.Seats.Where(s => s.HasAnswered).Select(s => s.SeatId).ToHashSet();

        output.WriteLine($"{acknowledged.Count} of {Seats} answers were acknowledged before the kill; {answered.Count} were there after the restart.");
        Assert.Equal(Phase.Kiezen, host.Round.Phase);
        Assert.Equal(Seats, host.Seats.Count);
        Assert.Subset(answered, acknowledged.Keys.ToHashSet());
    }

    private static async Task<FacilitatorView> CommandAsync(HubConnection connection, SessionCreated session, HostCommand command)
    {
        var reply = await connection.InvokeAsync<Reply<FacilitatorView>>(GameHubContract.Command, session.Code, session.HostKey, command);
        return reply.Value ?? throw new InvalidOperationException($"{command} refused: {reply.Error}");
    }
}
