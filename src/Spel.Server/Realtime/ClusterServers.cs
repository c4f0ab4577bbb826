using System.Threading.Channels;
using Spel.Server.Sessions;

namespace Spel.Server.Realtime;

/// <summary>
/// This web server among the cluster's others. It registers in the <see cref="IServerDirectoryGrain"/> as the silo
/// starts and every few seconds after, keeps the live servers for the session grains on this silo to tell, and hands
/// every session change it hears to this server's screens. Each server hears every session, so a session grain that
/// starts after a failover reaches the surviving screens with its first change, without waiting for anyone to follow it.
/// </summary>
public sealed class ClusterServers(
    IGrainFactory grains,
    ILocalSiloDetails silo,
    IClusterMembershipService membership,
    IEnumerable<ISessionScreens> screens,
    ILogger<ClusterServers> logger) : IServerObserver, ILifecycleParticipant<ISiloLifecycle>
{
    /// <summary>How often a server registers again, which refills a directory that moved after a silo died.</summary>
    public static readonly TimeSpan RegisterInterval = TimeSpan.FromSeconds(5);

    private readonly KnownServers _servers = new(membership);
    private readonly CancellationTokenSource _stopping = new();
    private Task _renewing = Task.CompletedTask;
    private Task _watching = Task.CompletedTask;

    // This server's own screens hear of a change without an Orleans message to itself (an observer call to a local
    // object costs a message, a copy and the observer's pump: about 4 % of the server's CPU under load). One reader, so
    // they hear the changes in the order the grains told them, as the observer's pump did.
    private readonly Channel<SessionBroadcast> _local = Channel.CreateUnbounded<SessionBroadcast>(new UnboundedChannelOptions { SingleReader = true });
    private Task _showing = Task.CompletedTask;

    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(ClusterServers), ServiceLifecycleStage.Active, StartAsync, StopAsync);

    /// <summary>Raised when this server learns of another web server, or of one again after it restarted.</summary>
    public event Action? ServerLearned;

    /// <summary>The servers this one tells of session changes now, itself included.</summary>
    public IReadOnlyList<ServerEntry> Live() => _servers.Live();

    /// <summary>Tells every live server of a session's change; the broadcast is only built when there is someone to tell.</summary>
    public async Task TellAsync(Func<SessionBroadcast> broadcast)
    {
        var servers = _servers.Live();
        if (servers.Count == 0)
        {
            return;
        }

        var message = broadcast();
        foreach (var server in servers)
        {
            if (server.Silo.Equals(silo.SiloAddress))
            {
                _local.Writer.TryWrite(message);
                continue;
            }

            try
            {
                await server.Observer.SessionChanged(message);
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "Telling the server on silo {Silo} about session {Code} failed", server.Silo, message.Code);
            }
        }
    }

    Task IServerObserver.SessionChanged(SessionBroadcast broadcast) => ShowAsync(broadcast);

    private async Task ShowAsync(SessionBroadcast broadcast)
    {
        foreach (var local in screens)
        {
            await local.ShowAsync(broadcast);
        }
    }

    private async Task ShowLocalChangesAsync()
    {
        await foreach (var broadcast in _local.Reader.ReadAllAsync())
        {
            try
            {
                await ShowAsync(broadcast);
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "Showing a change of session {Code} on this server's screens failed", broadcast.Code);
            }
        }
    }

    Task IServerObserver.ServerJoined(ServerEntry server)
    {
        Learn(server);
        return Task.CompletedTask;
    }

    /// <summary>
    /// Runs before the silo counts as started, so the web server takes no screen before the cluster can reach it.
    /// A directory that does not answer does not stop the start: the next round registers again.
    /// </summary>
    private async Task StartAsync(CancellationToken cancellationToken)
    {
        // Orleans holds the observed object weakly; this singleton is the object, so it stays alive with the silo.
        _showing = Task.Run(ShowLocalChangesAsync, CancellationToken.None);
        var self = new ServerEntry(silo.SiloAddress, grains.CreateObjectReference<IServerObserver>(this));
        _servers.Add(self);
        await RegisterAsync(self);
        _renewing = RenewAsync(self, _stopping.Token);
        _watching = WatchMembershipAsync(_stopping.Token);
    }

    private async Task StopAsync(CancellationToken cancellationToken)
    {
        await _stopping.CancelAsync();
        await _renewing;
        await _watching;
        _local.Writer.TryComplete();
        await _showing;
    }

    private async Task RenewAsync(ServerEntry self, CancellationToken stopping)
    {
        using var timer = new PeriodicTimer(RegisterInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(stopping))
            {
                await RegisterAsync(self);
            }
        }
        catch (OperationCanceledException)
        {
            // The silo stops.
        }
    }

    /// <summary>
    /// Says in the log when membership declares a server's silo dead: from then on its sessions start again on the
    /// servers that are left, which is what an operator (and the failover test) waits for after a server died.
    /// </summary>
    private async Task WatchMembershipAsync(CancellationToken stopping)
    {
        var seen = membership.CurrentSnapshot;
        try
        {
            await foreach (var snapshot in membership.MembershipUpdates.WithCancellation(stopping))
            {
                foreach (var member in snapshot.CreateUpdate(seen).Changes.Where(member => member.Status == SiloStatus.Dead))
                {
                    logger.LogInformation("Silo {Silo} was declared dead; its sessions move to the servers that are left", member.SiloAddress);
                }

                seen = snapshot;
            }
        }
        catch (OperationCanceledException)
        {
            // The silo stops.
        }
    }

    private async Task RegisterAsync(ServerEntry self)
    {
        try
        {
            // Bounded: while the directory's silo is dying unnoticed, a call to it would wait for Orleans' response timeout.
            var servers = await grains.GetGrain<IServerDirectoryGrain>(ServerDirectoryGrain.Key).Register(self).WaitAsync(RegisterInterval);
            foreach (var server in servers)
            {
                Learn(server);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogWarning(ex, "Registering this web server in the server directory failed; trying again in {Interval} s", RegisterInterval.TotalSeconds);
        }
    }

    private void Learn(ServerEntry server)
    {
        if (_servers.Add(server))
        {
            logger.LogInformation("Web server on silo {Silo} joins the servers this one tells of session changes", server.Silo);
            ServerLearned?.Invoke();
        }
    }
}

public static class ClusterServersSiloBuilderExtensions
{
    /// <summary>Lets the session grains on this silo reach every web server of the cluster (and this one's screens).</summary>
    public static ISiloBuilder AddClusterServers(this ISiloBuilder silo)
    {
        silo.Services.AddSingleton<ClusterServers>();
        silo.Services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>>(services => services.GetRequiredService<ClusterServers>());
        return silo;
    }
}
