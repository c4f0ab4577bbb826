using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;

namespace Spel.Server.Tests.Support;

/// <summary>Collects what the server pushes to one connection, and waits for a push without sleeping.</summary>
public sealed class Pushes<T>
{
    private readonly ConcurrentQueue<T> _received = new();
    private readonly SemaphoreSlim _signal = new(0);

    public Pushes(HubConnection connection, string method) =>
        connection.On<T>(method, push =>
        {
            // A JsonElement points into a buffer the client reuses after this handler; keep a copy.
            _received.Enqueue(push is JsonElement json ? (T)(object)json.Clone() : push);
            _signal.Release();
        });

    public IReadOnlyCollection<T> Received => _received.ToArray();

    public async Task<T> WaitFor(Func<T, bool> condition, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(15));
        while (true)
        {
            // A loop, not FirstOrDefault: for a struct such as JsonElement, "no match" would look like a match.
            foreach (var push in _received)
            {
                if (condition(push))
                {
                    return push;
                }
            }

            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero || !await _signal.WaitAsync(left))
            {
                throw new TimeoutException($"No matching {typeof(T).Name} push arrived; received {_received.Count}.");
            }
        }
    }
}
