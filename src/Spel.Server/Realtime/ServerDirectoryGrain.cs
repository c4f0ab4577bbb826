namespace Spel.Server.Realtime;

public sealed class ServerDirectoryGrain(IClusterMembershipService membership, ILogger<ServerDirectoryGrain> logger)
    : Grain, IServerDirectoryGrain
{
    /// <summary>The one directory of the cluster.</summary>
    public const long Key = 0;

    private readonly KnownServers _servers = new(membership);

    public Task<IReadOnlyList<ServerEntry>> Register(ServerEntry server)
    {
        if (_servers.Add(server))
        {
            logger.LogInformation("Web server on silo {Silo} registered", server.Silo);

            // The others learn of a new server now rather than at their next registration, so its screens miss nothing.
            foreach (var other in _servers.Live().Where(other => !other.Silo.Equals(server.Silo)))
            {
                _ = other.Observer.ServerJoined(server);
            }
        }

        return Task.FromResult(_servers.Live());
    }
}
