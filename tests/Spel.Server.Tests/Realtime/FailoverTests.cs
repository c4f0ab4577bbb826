using System.Diagnostics;
using Microsoft.AspNetCore.SignalR.Client;
using Spel.Scenarios.Play;
using Spel.Server.Tests.Support;
using Spel.Testing;
using Xunit.Abstractions;

namespace Spel.Server.Tests.Realtime;

/// <summary>
/// Two server processes forming one Redis cluster; the one that hosts the session is killed (SIGKILL, no goodbye to the
/// cluster). The screens on the other server must hear the next change soon after the session answers again.
/// </summary>
public sealed class FailoverTests(ITestOutputHelper output) : IAsyncLifetime
{
    /// <summary>What the issue asks: the next change reaches the surviving screens within this time of the session answering again.</summary>
    private static readonly TimeSpan PushBudget = TimeSpan.FromSeconds(5);

    /// <summary>Much longer than the budget, so a failure still says how late the push was.</summary>
    private static readonly TimeSpan PushTimeout = TimeSpan.FromSeconds(45);

    /// <summary>Orleans has to declare the killed silo dead before the session can move; its defaults take about 15 s.</summary>
    private static readonly TimeSpan AnswerAgainTimeout = TimeSpan.FromSeconds(90);

    private readonly string _clusterId = "spel-test-" + Guid.NewGuid().ToString("n");
    private readonly List<ServerProcess> _servers = [];
    private readonly List<HubConnection> _connections = [];

    public async Task InitializeAsync()
    {
        await TestRedis.EnsureReachableAsync();
        _servers.AddRange(await Task.WhenAll(StartServerAsync(), StartServerAsync()));
    }

    public async Task DisposeAsync()
    {
        foreach (var connection in _connections)
        {
            await connection.DisposeAsync();
        }

        foreach (var server in _servers)
        {
            await server.DisposeAsync();

            // Shown when the test fails, to explain it.
            output.WriteLine($"--- The server at {server.BaseAddress} wrote:\n{server.Output}");
        }
    }

    [Fact]
    public async Task Screens_on_the_surviving_server_hear_the_next_change_after_the_hosting_server_is_killed()
    {
        var session = await _servers[0].CreateSessionAsync();
        var hosting = await HostingServerAsync(session.Code);
        var surviving = _servers.Single(server => server != hosting);
        var projector = await ConnectAsync(surviving);
        var tablet = await ConnectAsync(surviving);
        var facilitator = await ConnectAsync(surviving);
        var projectorPushes = new Pushes<ProjectorPush>(projector, GameHubContract.ProjectorUpdated);
        var tabletPushes = new Pushes<SeatsPush>(tablet, GameHubContract.SeatsUpdated);
        await projector.InvokeAsync<Reply<ProjectorView>>(GameHubContract.WatchProjector, session.Code);
        var role = (await tablet.InvokeAsync<Reply<JoinInfo>>(GameHubContract.GetJoinInfo, session.Code)).Value!.Roles[0];
        Assert.True((await tablet.InvokeAsync<Reply<SeatTicket>>(GameHubContract.Join, session.Code, new JoinRequest("Anna", role.Side, role.Id))).IsOk);
        await projectorPushes.WaitFor(push => push.View.Participants.Any(p => p.Name == "Anna"));

        var sinceKill = Stopwatch.StartNew();
        await hosting.KillAsync();
        await AnswersAgainAsync(surviving, facilitator, session);
        var answeredAfter = sinceKill.Elapsed;
        output.WriteLine($"The session answered again {answeredAfter.TotalSeconds:0.0} s after the kill.");
        var started = await facilitator.InvokeAsync<Reply<FacilitatorView>>(GameHubContract.Command, session.Code, session.HostKey, HostCommand.Start);
        Assert.True(started.IsOk, $"Start refused: {started.Error}");
        var onProjector = await projectorPushes.WaitFor(push => push.View.Round.Phase == Phase.Situatie, PushTimeout);
        var onTablet = await tabletPushes.WaitFor(push => push.Round.Phase == Phase.Situatie, PushTimeout);
        var pushedAfter = sinceKill.Elapsed - answeredAfter;

        output.WriteLine($"Both surviving screens had the next change {pushedAfter.TotalSeconds:0.00} s after that.");
        Assert.True(pushedAfter <= PushBudget, $"The surviving screens heard the change {pushedAfter.TotalSeconds:0.0} s after the session answered again.");
        Assert.False(string.IsNullOrWhiteSpace(onTablet.Round.Card?.Situation));
        Assert.Contains(onProjector.View.Participants, p => p.Name == "Anna");
    }

    private Task<ServerProcess> StartServerAsync() => ServerProcesses.StartAsync(new Dictionary<string, string>
    {
        ["Spel:Cluster"] = "Redis",
        ["Spel:Redis"] = TestRedis.Address,
        ["Spel:ClusterId"] = _clusterId,
    });

    /// <summary>The server whose silo activated the session: the grain logs its creation there.</summary>
    private async Task<ServerProcess> HostingServerAsync(string code)
    {
        var created = $"Session {code} created";
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var waits = _servers.Select(server => server.WaitForOutputAsync(created, timeout.Token)).ToList();
        var logged = await Task.WhenAny(waits);
        Assert.True(logged.IsCompletedSuccessfully, $"No server logged \"{created}\".");
        return _servers[waits.IndexOf(logged)];
    }

    /// <summary>
    /// Waits until the surviving server says membership declared the killed server's silo dead (the only silo that
    /// dies here; before that, calls to the session fail: Orleans still routes them to the dead silo), then asks once
    /// for the facilitator's view.
    /// </summary>
    private async Task AnswersAgainAsync(ServerProcess surviving, HubConnection facilitator, SessionCreated session)
    {
        using var timeout = new CancellationTokenSource(AnswerAgainTimeout);
        await surviving.WaitForOutputAsync("was declared dead", timeout.Token);
        var reply = await facilitator.InvokeAsync<Reply<FacilitatorView>>(GameHubContract.WatchAsHost, session.Code, session.HostKey);
        Assert.True(reply.IsOk, $"The session refused the facilitator: {reply.Error}");
    }

    private async Task<HubConnection> ConnectAsync(ServerProcess server)
    {
        var connection = server.Connect();
        _connections.Add(connection);
        await connection.StartAsync();
        return connection;
    }
}
