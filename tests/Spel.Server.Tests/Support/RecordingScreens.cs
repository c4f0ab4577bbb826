using System.Collections.Concurrent;
using Spel.Server.Realtime;
using Spel.Server.Sessions;

namespace Spel.Server.Tests.Support;

/// <summary>A silo's stand-in for the hub: keeps every session change the silo hears, and waits for one without sleeping.</summary>
public sealed class RecordingScreens : ISessionScreens
{
    private readonly ConcurrentQueue<SessionBroadcast> _received = new();
    private readonly SemaphoreSlim _arrived = new(0);

    public IEnumerable<SessionBroadcast> Of(string code) => _received.Where(broadcast => broadcast.Code == code);

    public Task ShowAsync(SessionBroadcast broadcast)
    {
        _received.Enqueue(broadcast);
        _arrived.Release();
        return Task.CompletedTask;
    }

    public async Task<SessionBroadcast> WaitFor(string code, Func<SessionBroadcast, bool> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        while (true)
        {
            if (Of(code).LastOrDefault(condition) is { } broadcast)
            {
                return broadcast;
            }

            await _arrived.WaitAsync(timeout.Token);
        }
    }
}
