using System.Collections.Concurrent;

namespace Spel.Server.Realtime;

/// <summary>
/// Web servers by silo, as cluster membership sees them: a server counts while its silo is active, and is forgotten
/// once its silo is declared dead (a restarted server comes back on a new silo address).
/// </summary>
public sealed class KnownServers(IClusterMembershipService membership)
{
    private readonly ConcurrentDictionary<SiloAddress, ServerEntry> _servers = new();

    /// <summary>Adds or replaces the server on its silo; true when it was not known like this before.</summary>
    public bool Add(ServerEntry server)
    {
        var isNew = !_servers.TryGetValue(server.Silo, out var known) || !known.Equals(server);
        _servers[server.Silo] = server;
        return isNew;
    }

    public IReadOnlyList<ServerEntry> Live()
    {
        var members = membership.CurrentSnapshot;
        var live = new List<ServerEntry>(_servers.Count);
        foreach (var (silo, server) in _servers)
        {
            switch (members.GetSiloStatus(silo))
            {
                case SiloStatus.Active:
                    live.Add(server);
                    break;
                case SiloStatus.Dead:
                    _servers.TryRemove(silo, out _);
                    break;
            }
        }

        return live;
    }
}
