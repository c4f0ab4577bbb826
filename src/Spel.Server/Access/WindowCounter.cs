using System.Collections.Concurrent;

namespace Spel.Server.Access;

/// <summary>
/// Counts events per key in fixed windows (so many a minute, so many an hour), on the given clock so tests can move
/// time. Keys whose window has passed are dropped as the counter grows, so a visitor with many addresses cannot make
/// it hold on to memory.
/// </summary>
public sealed class WindowCounter(int limit, TimeSpan window, TimeProvider time)
{
    private const int TidyAbove = 10_000;

    private readonly ConcurrentDictionary<string, Window> _windows = new();

    public int Limit => limit;

    /// <summary>True while <paramref name="key"/> has used up its events in the current window.</summary>
    public bool IsSpent(string key) => Current(key) is { } current && current.Count >= limit;

    /// <summary>Counts one event for <paramref name="key"/>; false (and not counted) when the window was already spent.</summary>
    public bool TryCount(string key)
    {
        var now = time.GetUtcNow();
        var counted = false;
        _windows.AddOrUpdate(
            key,
            _ =>
            {
                counted = true;
                return new Window(now, 1);
            },
            (_, w) =>
            {
                if (now - w.Start >= window)
                {
                    counted = true;
                    return new Window(now, 1);
                }

                counted = w.Count < limit;
                return counted ? w with { Count = w.Count + 1 } : w;
            });
        if (_windows.Count > TidyAbove)
        {
            Tidy(now);
        }

        return counted;
    }

    private Window? Current(string key) =>
        _windows.TryGetValue(key, out var w) && time.GetUtcNow() - w.Start < window ? w : null;

    private void Tidy(DateTimeOffset now)
    {
        foreach (var (key, w) in _windows)
        {
            if (now - w.Start >= window)
            {
                _windows.TryRemove(new KeyValuePair<string, Window>(key, w));
            }
        }
    }

    private sealed record Window(DateTimeOffset Start, int Count);
}
