using System.Collections.Concurrent;

namespace Spel.Server.Realtime;

/// <summary>
/// Which of this server's connections watch a session with which console secret (by its public id, never the secret),
/// so that revoking a secret also takes its open consoles off the session's pushes at once. The host key has no id:
/// it cannot be revoked.
/// </summary>
public sealed class ConsoleConnections
{
    private readonly ConcurrentDictionary<(string Code, string ConsoleId), ConcurrentDictionary<string, byte>> _watching = new();
    private readonly ConcurrentDictionary<string, (string Code, string ConsoleId)> _byConnection = new();

    public void Watch(string code, string consoleId, string connectionId)
    {
        _watching.GetOrAdd((code, consoleId), _ => new()).TryAdd(connectionId, 0);
        _byConnection[connectionId] = (code, consoleId);
    }

    /// <summary>The connections that watch with <paramref name="consoleId"/>, taken out of this registry.</summary>
    public IReadOnlyCollection<string> Revoked(string code, string consoleId)
    {
        if (!_watching.TryRemove((code, consoleId), out var connections))
        {
            return [];
        }

        foreach (var connection in connections.Keys)
        {
            _byConnection.TryRemove(connection, out _);
        }

        return connections.Keys.ToList();
    }

    public void Disconnected(string connectionId)
    {
        if (_byConnection.TryRemove(connectionId, out var console) && _watching.TryGetValue(console, out var connections))
        {
            connections.TryRemove(connectionId, out _);
        }
    }
}
