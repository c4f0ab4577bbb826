namespace Spel.Server.Sessions;

/// <summary>
/// Which seats have a tablet connected now, as the session grain hears it from the hubs (issue 10, seats part): each web
/// server says when one of its connections took a seat (a join or a resume) and when that connection closed. Counted
/// per seat and per server, because one seat may be open on two tablets, or on an old connection that a reconnect has
/// not closed yet; a server that cluster membership declares dead takes its counts with it, since its connections
/// closed without a word. Kept in memory only: it is about now, and a new activation learns it again as tablets resume.
/// </summary>
public sealed class SeatPresence(Func<SiloAddress, bool> isDead)
{
    private readonly Dictionary<string, Dictionary<SiloAddress, int>> _connections = new(StringComparer.Ordinal);

    /// <summary>A connection on <paramref name="server"/> took the seat; true when that made the seat connected.</summary>
    public bool Connected(string seatId, SiloAddress server)
    {
        var wasConnected = IsConnected(seatId);
        var perServer = _connections.TryGetValue(seatId, out var known) ? known : _connections[seatId] = [];
        perServer[server] = perServer.GetValueOrDefault(server) + 1;
        return !wasConnected;
    }

    /// <summary>A connection on <paramref name="server"/> that had the seat closed; true when the seat has none left.</summary>
    public bool Disconnected(string seatId, SiloAddress server)
    {
        if (!_connections.TryGetValue(seatId, out var perServer) || !perServer.TryGetValue(server, out var count))
        {
            return false;
        }

        if (count > 1)
        {
            perServer[server] = count - 1;
            return false;
        }

        perServer.Remove(server);
        if (perServer.Count == 0)
        {
            _connections.Remove(seatId);
        }

        return !IsConnected(seatId);
    }

    /// <summary>A removed seat: its connections no longer count, and a late "closed" for it changes nothing.</summary>
    public void Forget(string seatId) => _connections.Remove(seatId);

    public bool IsConnected(string seatId) =>
        _connections.TryGetValue(seatId, out var perServer) && perServer.Any(server => server.Value > 0 && !isDead(server.Key));

    /// <summary>The seats with a connection now.</summary>
    public IReadOnlySet<string> ConnectedSeats() => _connections.Keys.Where(IsConnected).ToHashSet(StringComparer.Ordinal);
}
