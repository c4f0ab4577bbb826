using Microsoft.AspNetCore.SignalR.Client;
using Spel.Scenarios.Play;
using Spel.Server.Realtime;
using Spel.Scenarios.Studio;
using Spel.Server.Tests.Studio;
using Spel.Server.Tests.Support;
using System.Net;
using System.Net.Http.Json;

namespace Spel.Server.Tests.Realtime;

/// <summary>
/// Two web servers forming one Orleans cluster over a real Redis (membership and grain state), as in a
/// hall served by more than one machine, on <see cref="TestRedis"/>.
/// </summary>
public sealed class RedisClusterTests : IAsyncLifetime
{
    private readonly string _clusterId = "spel-test-" + Guid.NewGuid().ToString("n");
    private SpelServerFactory _first = null!;
    private SpelServerFactory _second = null!;

    public async Task InitializeAsync()
    {
        await TestRedis.EnsureReachableAsync();

        _first = Server();
        _second = Server();
        _ = _first.Server;
        _ = _second.Server;

        // While a cluster forms, a server may register in a directory the other cannot see yet; the next round of
        // registrations (every 5 s) joins them. The test starts once each server tells the other.
        await KnowEachOtherAsync(_first, _second);
    }

    /// <summary>
    /// Waits until every server tells every other: re-checked whenever a server learns of another or a silo's cluster
    /// membership changes (a server counts another only once membership has it), for at most a minute.
    /// </summary>
    private static async Task KnowEachOtherAsync(params SpelServerFactory[] servers)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        using var changed = new SemaphoreSlim(0);
        void Changed() => changed.Release();
        var clusters = servers.Select(server => server.Services.GetRequiredService<ClusterServers>()).ToList();
        clusters.ForEach(cluster => cluster.ServerLearned += Changed);
        var watching = servers
            .Select(server => WatchMembershipAsync(server.Services.GetRequiredService<IClusterMembershipService>(), Changed, timeout.Token))
            .ToList();
        try
        {
            while (clusters.Any(cluster => cluster.Live().Count < servers.Length))
            {
                await changed.WaitAsync(timeout.Token);
            }
        }
        catch (OperationCanceledException)
        {
            Assert.Fail("The two servers did not find each other within a minute.");
        }
        finally
        {
            clusters.ForEach(cluster => cluster.ServerLearned -= Changed);
            await timeout.CancelAsync();
            await Task.WhenAll(watching);
        }
    }

    private static async Task WatchMembershipAsync(IClusterMembershipService membership, Action changed, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var _ in membership.MembershipUpdates.WithCancellation(cancellationToken))
            {
                changed();
            }
        }
        catch (OperationCanceledException)
        {
            // The servers know each other, or the wait gave up.
        }
    }

    public async Task DisposeAsync()
    {
        await _second.DisposeAsync();
        await _first.DisposeAsync();
    }

    [Fact]
    public async Task Screens_on_two_servers_hear_the_same_session()
    {
        var session = await _first.CreateSessionAsync();
        await using var projector = await StartAsync(_first);
        await using var tablet = await StartAsync(_second);
        var projectorPushes = new Pushes<ProjectorPush>(projector, GameHubContract.ProjectorUpdated);
        var tabletPushes = new Pushes<SeatsPush>(tablet, GameHubContract.SeatsUpdated);
        await projector.InvokeAsync<Reply<ProjectorView>>(GameHubContract.WatchProjector, session.Code);
        var info = (await tablet.InvokeAsync<Reply<JoinInfo>>(GameHubContract.GetJoinInfo, session.Code)).Value!;
        var role = info.Roles[0];

        var joined = await tablet.InvokeAsync<Reply<SeatTicket>>(GameHubContract.Join, session.Code, new JoinRequest("Anna", role.Side, role.Id));
        await projectorPushes.WaitFor(push => push.View.Participants.Any(p => p.Name == "Anna"));
        var started = await projector.InvokeAsync<Reply<FacilitatorView>>(GameHubContract.Command, session.Code, session.HostKey, HostCommand.Start);

        Assert.True(joined.IsOk && started.IsOk);
        var onTablet = await tabletPushes.WaitFor(p => p.Round.Phase == Phase.Situatie);
        Assert.Equal(1, onTablet.Round.Card?.Number);
        Assert.Equal("Anna", joined.Value!.View.Me.Name);
    }

    [Fact]
    public async Task A_deck_a_trainer_saves_on_one_server_is_offered_and_played_on_the_other_at_once()
    {
        var trainer = _first.CreateClient();
        trainer.DefaultRequestHeaders.Add(StudioApi.KeyHeader, TrainerKey);
        var deck = StudioServer.Deck("eigen-in-het-cluster-" + Guid.NewGuid().ToString("n")[..8]) with { Title = "Op elke server" };

        var saved = await StudioServer.Put(trainer, deck, "0");
        var offered = await _second.CreateClient().GetFromJsonAsync<List<DeckSummary>>("/api/decks");
        var session = await _second.CreateSessionAsync(deck.Id);

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Contains(offered!, d => d.Id == deck.Id && d.Title == "Op elke server");
        Assert.False(string.IsNullOrEmpty(session.Code));
    }

    /// <summary>In a cluster the studio is on only with a configured key (the servers share no data folder).</summary>
    private const string TrainerKey = "de-sleutel-van-het-cluster-in-de-test";

    private SpelServerFactory Server() => new(
        Path.Combine(Path.GetTempPath(), "spel-tests", Guid.NewGuid().ToString("n")),
        new Dictionary<string, string>
        {
            ["Spel:Cluster"] = "Redis",
            ["Spel:Redis"] = TestRedis.Address,
            ["Spel:ClusterId"] = _clusterId,
            ["Spel:TrainerKey"] = TrainerKey,
        });

    private static async Task<HubConnection> StartAsync(SpelServerFactory server)
    {
        var connection = server.Connect();
        await connection.StartAsync();
        return connection;
    }
}
