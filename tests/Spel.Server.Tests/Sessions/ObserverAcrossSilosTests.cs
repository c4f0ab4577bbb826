using System.Collections.Concurrent;
using System.Net;
using Orleans.Runtime;
using Orleans.TestingHost;
using Spel.Scenarios.Play;
using Spel.Server.Realtime;
using Spel.Server.Sessions;
using Spel.Server.Tests.Support;

namespace Spel.Server.Tests.Sessions;

[Collection(ClusterCollection.Name)]
public sealed class ObserverAcrossSilosTests(ClusterFixture fixture)
{
    [Fact]
    public async Task The_servers_on_both_silos_hear_a_session_hosted_on_one_of_them()
    {
        var play = await Play.OpenAsync(fixture.Grains, TestDecks.WithCards(1));
        var hostingSilo = HostingSilo(play.Session.GetGrainId());
        var hosting = fixture.Cluster.Silos.Single(silo => silo.SiloAddress.Equals(hostingSilo));
        var other = fixture.Cluster.Silos.Single(silo => !silo.SiloAddress.Equals(hostingSilo));

        await play.JoinAsync("Anna", TestDecks.Bestuurslid);
        await play.CommandAsync(HostCommand.Start);

        var heardElsewhere = await Screens(other).WaitFor(play.Code, b => b.Seats?.Round.Phase == Phase.Situatie);
        var heardAtHome = await Screens(hosting).WaitFor(play.Code, b => b.Seats?.Round.Phase == Phase.Situatie);
        Assert.Equal("Anna", Assert.Single(heardElsewhere.Projector!.View.Participants).Name);
        Assert.Equal(heardElsewhere.Version, heardAtHome.Version);
    }

    [Fact]
    public async Task A_server_on_a_silo_that_is_not_in_the_cluster_is_neither_listed_nor_told()
    {
        var stranger = new RecordingObserver();
        var outside = SiloAddress.New(new IPEndPoint(IPAddress.Loopback, 9), 1);
        var directory = fixture.Grains.GetGrain<IServerDirectoryGrain>(ServerDirectoryGrain.Key);

        var listed = await directory.Register(new ServerEntry(outside, fixture.Grains.CreateObjectReference<IServerObserver>(stranger)));
        var play = await Play.OpenAsync(fixture.Grains, TestDecks.WithCards(1));
        await play.JoinAsync("Anna", TestDecks.Bestuurslid);
        foreach (var silo in fixture.Cluster.Silos)
        {
            await Screens(silo).WaitFor(play.Code, b => b.Projector?.View.Participants.Count == 1);
        }

        Assert.Equal(
            fixture.Cluster.Silos.Select(silo => silo.SiloAddress).Order(),
            listed.Select(server => server.Silo).Order());
        Assert.Empty(stranger.Received);
        GC.KeepAlive(stranger);
    }

    private static RecordingScreens Screens(InProcessSiloHandle silo) => silo.ServiceProvider.GetRequiredService<RecordingScreens>();

    private SiloAddress HostingSilo(GrainId grain) =>
        fixture.Cluster.TryGetGrainContext(grain, out var context)
            ? context.Address.SiloAddress!
            : throw new InvalidOperationException("The session is not active on any silo.");

    private sealed class RecordingObserver : IServerObserver
    {
        public ConcurrentQueue<object> Received { get; } = new();

        public Task SessionChanged(SessionBroadcast broadcast)
        {
            Received.Enqueue(broadcast);
            return Task.CompletedTask;
        }

        public Task ServerJoined(ServerEntry server)
        {
            Received.Enqueue(server);
            return Task.CompletedTask;
        }
    }
}
