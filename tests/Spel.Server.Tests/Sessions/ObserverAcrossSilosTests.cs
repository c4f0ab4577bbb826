using System.Collections.Concurrent;
using Orleans.Runtime;
using Spel.Scenarios.Play;
using Spel.Server.Sessions;
using Spel.Server.Tests.Support;

namespace Spel.Server.Tests.Sessions;

[Collection(ClusterCollection.Name)]
public sealed class ObserverAcrossSilosTests(ClusterFixture fixture)
{
    [Fact]
    public async Task An_observer_on_one_silo_hears_a_session_hosted_on_the_other()
    {
        var play = await Play.OpenAsync(fixture.Grains, TestDecks.WithCards(1));
        var hostingSilo = HostingSilo(play.Session.GetGrainId());
        var otherSilo = fixture.Cluster.Silos.Single(silo => !silo.SiloAddress.Equals(hostingSilo));
        var listener = new RecordingObserver();
        var reference = otherSilo.ServiceProvider.GetRequiredService<IGrainFactory>().CreateObjectReference<ISessionObserver>(listener);

        await play.Session.Subscribe(reference);
        await play.JoinAsync("Anna", TestDecks.Bestuurslid);
        await play.CommandAsync(HostCommand.Start);

        var broadcast = await listener.WaitFor(b => b.Projector.Round.Phase == Phase.Situatie);
        Assert.Equal(play.Code, broadcast.Code);
        Assert.Equal("Anna", Assert.Single(broadcast.Participants).Me.Name);
        GC.KeepAlive(listener);
    }

    [Fact]
    public async Task An_unsubscribed_observer_is_no_longer_told()
    {
        var play = await Play.OpenAsync(fixture.Grains, TestDecks.WithCards(1));
        var listener = new RecordingObserver();
        var reference = fixture.Grains.CreateObjectReference<ISessionObserver>(listener);
        await play.Session.Subscribe(reference);

        await play.Session.Unsubscribe(reference);
        await play.JoinAsync("Anna", TestDecks.Bestuurslid);
        var sentinel = new RecordingObserver();
        await play.Session.Subscribe(fixture.Grains.CreateObjectReference<ISessionObserver>(sentinel));
        await play.JoinAsync("Henk", TestDecks.Wethouder);

        await sentinel.WaitFor(b => b.Participants.Count == 2);
        Assert.Empty(listener.Received);
    }

    private SiloAddress HostingSilo(GrainId grain) =>
        fixture.Cluster.TryGetGrainContext(grain, out var context)
            ? context.Address.SiloAddress!
            : throw new InvalidOperationException("The session is not active on any silo.");

    private sealed class RecordingObserver : ISessionObserver
    {
        private readonly TaskCompletionSource _arrived = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public ConcurrentQueue<SessionBroadcast> Received { get; } = new();

        private Func<SessionBroadcast, bool> _condition = _ => false;

        public Task SessionChanged(SessionBroadcast broadcast)
        {
            Received.Enqueue(broadcast);
            if (_condition(broadcast))
            {
                _arrived.TrySetResult();
            }

            return Task.CompletedTask;
        }

        public async Task<SessionBroadcast> WaitFor(Func<SessionBroadcast, bool> condition)
        {
            _condition = condition;
            if (!Received.Any(condition))
            {
                await _arrived.Task.WaitAsync(TimeSpan.FromSeconds(15));
            }

            return Received.Last(condition);
        }
    }
}
