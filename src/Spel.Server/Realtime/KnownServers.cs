using System.Collections.Concurrent;

namespace Spel.Server.Realtime;

/// <summary>
/// Web servers by silo, as cluster membership sees them: a server counts while its silo is active, and is forgotten
/// once its silo is declared dead (a restarted server comes back on a new silo address).
/// </summary>
public sealed class KnownServers(IClusterMembershipService membership)
{
    private readonly ConcurrentDictionary<SiloAddress, ServerEntry> _servers = new();
    private int _refreshing;

    /// <summary>Adds or replaces the server on its silo; true when it was not known like this before.</summary>
    public bool Add(ServerEntry server)
    {
        var isNew = !_servers.TryGetValue(server.Silo, out var known) || !known.Equals(server);
        _servers[server.Silo] = server;
        return isNew;
    }

    /// <summary>
    /// The servers to tell: every known server whose silo membership has not declared dead. A silo that has only just
    /// joined may still be "joining" (or not yet in this silo's view at all) when its screens follow their first
    /// session; a joining one is told already, and an unknown one makes this silo read the membership again.
    /// </summary>
    public IReadOnlyList<ServerEntry> Live()
    {
        var members = membership.CurrentSnapshot;
        var live = new List<ServerEntry>(_servers.Count);
        var unknown = false;
        foreach (var (silo, server) in _servers)
        {
            switch (members.GetSiloStatus(silo))
            {
                case SiloStatus.Dead:
                    _servers.TryRemove(silo, out _);
                    break;
                case SiloStatus.None:
                    unknown = true;
                    break;
                default:
                    live.Add(server);
                    break;
            }
        }

        if (unknown)
        {
            RefreshSoon(members.Version);
        }

        return live;
    }

    private void RefreshSoon(MembershipVersion seen)
    {
        if (Interlocked.Exchange(ref _refreshing, 1) == 0)
        {
            _ = Task.Run(async () =>
            {
                try
                {
                    await membership.Refresh(new MembershipVersion(seen.Value + 1)).AsTask().WaitAsync(TimeSpan.FromSeconds(5));
                }
                catch (Exception)
                {
                    // Membership reads the table again by itself; this was only to hear of a newcomer sooner.
                }
                finally
                {
                    Volatile.Write(ref _refreshing, 0);
                }
            });
        }
    }
}
