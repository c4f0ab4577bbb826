using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;
using Spel.Scenarios.Play;
using Spel.Server.Sessions;

namespace Spel.Server.Realtime;

/// <summary>
/// This web server's ear on the sessions its screens follow. A session grain may live on another server,
/// so it cannot reach our SignalR connections itself: it notifies this observer, and we pass the views on to
/// our local groups. Subscriptions are renewed on a timer because the grain forgets observers that go quiet
/// (and a reactivated grain starts with none).
/// </summary>
public sealed class SessionHubBridge(
    IGrainFactory grains,
    IHubContext<GameHub> hub,
    ILogger<SessionHubBridge> logger) : BackgroundService, ISessionObserver
{
    /// <summary>A third of the grain's subscription lifetime, so one missed renewal is harmless.</summary>
    public static readonly TimeSpan RenewInterval = SessionGrain.SubscriptionLifetime / 3;

    private readonly ConcurrentDictionary<string, int> _followers = new();
    private ISessionObserver? _reference;

    // Orleans holds the observed object weakly; this singleton is the object, so it stays alive with the host.
    private ISessionObserver Reference => _reference ??= grains.CreateObjectReference<ISessionObserver>(this);

    /// <summary>Start passing on a session's changes (or count one more local follower).</summary>
    public async Task FollowAsync(string code)
    {
        if (_followers.AddOrUpdate(code, 1, (_, count) => count + 1) == 1)
        {
            await grains.GetGrain<ISessionGrain>(code).Subscribe(Reference);
        }
    }

    public void Unfollow(string code)
    {
        var remaining = _followers.AddOrUpdate(code, 0, (_, count) => count - 1);
        if (remaining <= 0 && _followers.TryRemove(new KeyValuePair<string, int>(code, remaining)))
        {
            _ = grains.GetGrain<ISessionGrain>(code).Unsubscribe(Reference);
        }
    }

    public async Task SessionChanged(SessionBroadcast broadcast)
    {
        var code = broadcast.Code;
        await hub.Clients.Group(SessionGroups.Projector(code)).SendAsync(GameHubContract.ProjectorUpdated, broadcast.Projector);
        await hub.Clients.Group(SessionGroups.Host(code)).SendAsync(GameHubContract.FacilitatorUpdated, broadcast.Facilitator);
        foreach (var view in broadcast.Participants)
        {
            await hub.Clients.Group(SessionGroups.Seat(code, view.Me.SeatId)).SendAsync(GameHubContract.ParticipantUpdated, view);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(RenewInterval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            foreach (var code in _followers.Keys)
            {
                try
                {
                    await grains.GetGrain<ISessionGrain>(code).Subscribe(Reference);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    logger.LogWarning(ex, "Renewing the subscription to session {Code} failed; retrying next round", code);
                }
            }
        }
    }
}
