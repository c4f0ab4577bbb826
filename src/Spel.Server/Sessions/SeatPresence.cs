namespace Spel.Server.Sessions;

/// <summary>
/// Which seats have a tablet connected now, as the session grain hears it from the hubs (issue 10, seats part): each web
/// server says when one of its connections took a seat (a join or a resume) and when that connection closed. Kept per
/// seat, per server and per connection, because one seat may be open on two tablets, or on an old connection that a
/// reconnect has not closed yet, and a connection that resumes again is still one connection. A server that cluster
/// membership declares dead takes its connections with it, since they closed without a word. Kept in memory only: it is
/// about now, and a new activation learns it again as tablets resume.
/// </summary>
public sealed class SeatPresence(Func<SiloAddress, bool> isDead)
{
    private readonly Dictionary<string, Dictionary<SiloAddress, HashSet<string>>> _connections = new(StringComparer.Ordinal);

    /// <summary>Connection <paramref name="connectionId"/> on <paramref name="server"/> has the seat; true when that made the seat connected.</summary>
    public bool Connected(string seatId, SiloAddress server, string connectionId)
    {
        var wasConnected = IsConnected(seatId);
        var perServer = _connections.TryGetValue(seatId, out var known) ? known : _connections[seatId] = [];
        var onServer = perServer.TryGetValue(server, out var ids) ? ids : perServer[server] = new HashSet<string>(StringComparer.Ordinal);
        onServer.Add(connectionId);
        return !wasConnected;
    }

    /// <summary>That connection closed; true when the seat has no connection left.</summary>
    public bool Disconnected(string seatId, SiloAddress server, string connectionId)
    {
        if (!_connections.TryGetValue(seatId, out var perServer)
            || !perServer.TryGetValue(server, out var onServer)
            || !onServer.Remove(connectionId))
        {
            return false;
        }

        if (onServer.Count == 0)
        {
            perServer.Remove(server);
        }

        if (perServer.Count == 0)
        {
            _connections.Remove(seatId);
        }

        return !IsConnected(seatId);
    }

    /// <summary>A removed seat: its connections no longer count, and a late "closed" for it changes nothing.</summary>
    public void Forget(string seatId) => _connections.Remove(seatId);

    public bool IsConnected(string seatId) =>
        _connections.TryGetValue(seatId, out var perServer) && perServer.Any(server => server.Value.Count > 0 && !isDead(server.Key));

    /// <summary>The seats with a connection now.</summary>
    public IReadOnlySet<string> ConnectedSeats() => _connections.Keys.Where(IsConnected).ToHashSet(StringComparer.Ordinal);
}
