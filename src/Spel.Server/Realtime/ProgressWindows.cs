using Spel.Scenarios.Play;

namespace Spel.Server.Realtime;

/// <summary>
/// Holds each session's progress pushes to at most one per window: the first goes at once and opens a window; of the
/// ones that come while it is open only the newest is kept, and goes when the window ends (which opens the next). A
/// window that ends with nothing kept closes. A whole push makes what is kept and older needless.
/// </summary>
public sealed class ProgressWindows(TimeProvider time, TimeSpan length, Func<ProgressPush, Task> sendLate)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, Window> _open = [];

    /// <summary>True when <paramref name="progress"/> may go now; otherwise it is kept for the end of the session's window.</summary>
    public bool Pass(ProgressPush progress)
    {
        lock (_lock)
        {
            if (_open.TryGetValue(progress.Code, out var window))
            {
                if (window.Kept is null || window.Kept.Version < progress.Version)
                {
                    window.Kept = progress;
                }

                return false;
            }

            _open[progress.Code] = new Window(time.CreateTimer(End, progress.Code, length, Timeout.InfiniteTimeSpan));
            return true;
        }
    }

    /// <summary>A whole view of <paramref name="version"/> went out: a kept progress it already holds is not sent.</summary>
    public void Supersede(string code, long version)
    {
        lock (_lock)
        {
            if (_open.TryGetValue(code, out var window) && window.Kept?.Version <= version)
            {
                window.Kept = null;
            }
        }
    }

    private void End(object? state)
    {
        var code = (string)state!;
        ProgressPush? kept;
        lock (_lock)
        {
            if (!_open.TryGetValue(code, out var window))
            {
                return;
            }

            kept = window.Kept;
            window.Kept = null;
            if (kept is null)
            {
                _open.Remove(code);
                window.Timer.Dispose();
                return;
            }

            window.Timer.Change(length, Timeout.InfiniteTimeSpan);
        }

        _ = sendLate(kept);
    }

    private sealed class Window(ITimer timer)
    {
        public ITimer Timer { get; } = timer;

        public ProgressPush? Kept { get; set; }
    }
}
