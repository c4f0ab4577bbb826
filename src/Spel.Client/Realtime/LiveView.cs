using Spel.Scenarios.Play;

namespace Spel.Client.Realtime;

/// <summary>
/// The newest view of one session that a page shows: the answer of its watch call, every push after it merged into it
/// (<see cref="PushMerge"/>), and the watch call again after each reconnect. A view or push older than the one shown is
/// dropped, so a late push never rolls a screen back. A push that cannot be merged (the screen missed the change it
/// builds on, or the text of its card) makes the screen watch again, which answers with the whole view.
/// </summary>
public sealed class LiveView<TView> : IDisposable
    where TView : class
{
    private readonly IGameConnection _connection;
    private readonly string _code;
    private readonly Func<Task<Reply<TView>>> _watch;
    private readonly Func<TView, long> _version;
    private readonly Func<TView, string> _codeOf;
    private readonly Func<TView?, TView, TView?> _offered;
    private readonly List<Action> _unsubscribe = [];
    private int _watching;
    private long _missed;

    /// <param name="offered">The view to show once a whole view arrived, or null when the one shown is newer.</param>
    internal LiveView(
        IGameConnection connection,
        string code,
        Func<Task<Reply<TView>>> watch,
        Func<TView, long> version,
        Func<TView, string> codeOf,
        Func<TView?, TView, TView?> offered)
    {
        _connection = connection;
        _code = code;
        _watch = watch;
        _version = version;
        _codeOf = codeOf;
        _offered = offered;
        _connection.Reconnected += WatchAsync;
    }

    /// <summary>Raised whenever <see cref="Current"/> or <see cref="Error"/> changed.</summary>
    public event Action? Changed;

    /// <summary>
    /// Raised with the view shown after each watch call the server answered with a view, the first and every one after a
    /// reconnect: from then on the server knows this screen again, so what waited for the line can go.
    /// </summary>
    public event Func<TView, Task>? Watched;

    public TView? Current { get; private set; }

    /// <summary>Why the server refused the watch call, if it did.</summary>
    public ErrorCode? Error { get; private set; }

    /// <summary>Sends the watch call; after a dropped line the <see cref="IGameConnection.Reconnected"/> event sends it again.</summary>
    public async Task WatchAsync()
    {
        // The answer is at least as new as every push that arrived until now, so what they missed is caught up.
        _missed = 0;
        _watching++;
        Reply<TView> reply;
        try
        {
            reply = await _watch();
        }
        catch (ConnectionLostException)
        {
            return;
        }
        finally
        {
            _watching--;
        }

        if (reply.IsOk && reply.Value is not null)
        {
            Error = null;
            Offer(reply.Value);
        }
        else
        {
            Error = reply.Error;
        }

        Changed?.Invoke();
        if (Error is null && Current is not null && Watched is { } handlers)
        {
            foreach (var handler in handlers.GetInvocationList().Cast<Func<TView, Task>>())
            {
                await handler(Current);
            }
        }

        CatchUp();
    }

    /// <summary>Takes a view that arrived as the answer to a call; returns false when it is older than the one shown.</summary>
    public bool Offer(TView view)
    {
        if (_codeOf(view) != _code || _offered(Current, view) is not { } next)
        {
            return false;
        }

        Current = next;
        Changed?.Invoke();
        return true;
    }

    public void Dispose()
    {
        foreach (var unsubscribe in _unsubscribe)
        {
            unsubscribe();
        }

        _connection.Reconnected -= WatchAsync;
    }

    /// <summary>Merges every push of one kind into the view shown; <paramref name="merge"/> returns null when it cannot.</summary>
    internal void Follow<TPush>(Action<Action<TPush>> subscribe, Action<Action<TPush>> unsubscribe, Func<TView, TPush, TView?> merge)
        where TPush : ISessionPush
    {
        void OnPushed(TPush push) => Take(push, merge);
        subscribe(OnPushed);
        _unsubscribe.Add(() => unsubscribe(OnPushed));
    }

    private void Take<TPush>(TPush push, Func<TView, TPush, TView?> merge)
        where TPush : ISessionPush
    {
        if (push.Code != _code || (Current is not null && push.Version <= _version(Current)))
        {
            return;
        }

        if (Current is null || merge(Current, push) is not { } next)
        {
            _missed = Math.Max(_missed, push.Version);
            CatchUp();
            return;
        }

        Current = next;
        Changed?.Invoke();
    }

    /// <summary>Watches again when a push showed a change the view lacks; a watch on its way will answer for it.</summary>
    private void CatchUp()
    {
        if (_watching == 0 && Error is null && Current is not null && _missed > _version(Current))
        {
            _ = WatchAsync();
        }
    }
}

/// <summary>The watches a page can hold, one per kind of screen.</summary>
public static class LiveView
{
    public static LiveView<ProjectorView> ForProjector(IGameConnection connection, string code)
    {
        var live = new LiveView<ProjectorView>(
            connection,
            code,
            () => connection.WatchProjectorAsync(code),
            v => v.Version,
            v => v.Round.Code,
            (current, view) => PushMerge.Newer(current, view, v => v.Version));
        live.Follow<ProjectorPush>(h => connection.ProjectorUpdated += h, h => connection.ProjectorUpdated -= h, PushMerge.Merge);
        live.Follow<ProgressPush>(h => connection.ProjectorProgress += h, h => connection.ProjectorProgress -= h, PushMerge.Merge);
        return live;
    }

    public static LiveView<FacilitatorView> ForHost(IGameConnection connection, string code, string hostKey)
    {
        var live = new LiveView<FacilitatorView>(
            connection,
            code,
            () => connection.WatchAsHostAsync(code, hostKey),
            v => v.Version,
            v => v.Round.Code,
            (current, view) => PushMerge.Newer(current, view, v => v.Version));
        live.Follow<FacilitatorPush>(h => connection.FacilitatorUpdated += h, h => connection.FacilitatorUpdated -= h, PushMerge.Merge);
        live.Follow<ProgressPush>(h => connection.FacilitatorProgress += h, h => connection.FacilitatorProgress -= h, PushMerge.Merge);
        return live;
    }

    /// <summary>
    /// A tablet's own seat: resuming is its watch call, so a reloaded or reconnected tablet gets its seat back. Pushes
    /// bring what all tablets share; the seat's own input comes with its replies (<see cref="SeatParts"/>).
    /// </summary>
    public static LiveView<ParticipantView> ForSeat(IGameConnection connection, string code, string seatToken)
    {
        var parts = new SeatParts();
        var live = new LiveView<ParticipantView>(
            connection,
            code,
            () => connection.ResumeAsync(code, seatToken),
            v => v.Version,
            v => v.Round.Code,
            parts.Offered);
        live.Follow<SeatsPush>(h => connection.SeatsUpdated += h, h => connection.SeatsUpdated -= h, parts.Merge);
        return live;
    }
}
