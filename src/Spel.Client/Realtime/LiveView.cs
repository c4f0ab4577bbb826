using Spel.Scenarios.Play;

namespace Spel.Client.Realtime;

/// <summary>
/// The newest view of one session that a page shows: the answer of its watch call, every push after it, and the
/// watch call again after each reconnect. A view older than the one shown is dropped, so a late push never rolls
/// a screen back.
/// </summary>
public sealed class LiveView<TView> : IDisposable
    where TView : class
{
    private readonly IGameConnection _connection;
    private readonly string _code;
    private readonly Func<Task<Reply<TView>>> _watch;
    private readonly Func<TView, long> _version;
    private readonly Func<TView, string> _codeOf;
    private readonly Action<Action<TView>> _unsubscribe;

    internal LiveView(
        IGameConnection connection,
        string code,
        Func<Task<Reply<TView>>> watch,
        Func<TView, long> version,
        Func<TView, string> codeOf,
        Action<Action<TView>> subscribe,
        Action<Action<TView>> unsubscribe)
    {
        _connection = connection;
        _code = code;
        _watch = watch;
        _version = version;
        _codeOf = codeOf;
        _unsubscribe = unsubscribe;
        subscribe(OnPushed);
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
        Reply<TView> reply;
        try
        {
            reply = await _watch();
        }
        catch (ConnectionLostException)
        {
            return;
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
    }

    /// <summary>Takes a view that arrived as the answer to a command; returns false when it is older than the one shown.</summary>
    public bool Offer(TView view)
    {
        if (_codeOf(view) != _code || (Current is not null && _version(view) < _version(Current)))
        {
            return false;
        }

        Current = view;
        Changed?.Invoke();
        return true;
    }

    public void Dispose()
    {
        _unsubscribe(OnPushed);
        _connection.Reconnected -= WatchAsync;
    }

    private void OnPushed(TView view) => Offer(view);
}

/// <summary>The watches a page can hold, one per kind of screen.</summary>
public static class LiveView
{
    public static LiveView<ProjectorView> ForProjector(IGameConnection connection, string code) => new(
        connection,
        code,
        () => connection.WatchProjectorAsync(code),
        v => v.Version,
        v => v.Round.Code,
        h => connection.ProjectorUpdated += h,
        h => connection.ProjectorUpdated -= h);

    public static LiveView<FacilitatorView> ForHost(IGameConnection connection, string code, string hostKey) => new(
        connection,
        code,
        () => connection.WatchAsHostAsync(code, hostKey),
        v => v.Version,
        v => v.Round.Code,
        h => connection.FacilitatorUpdated += h,
        h => connection.FacilitatorUpdated -= h);

    /// <summary>A tablet's own seat: resuming is its watch call, so a reloaded or reconnected tablet gets its seat back.</summary>
    public static LiveView<ParticipantView> ForSeat(IGameConnection connection, string code, string seatToken) => new(
        connection,
        code,
        () => connection.ResumeAsync(code, seatToken),
        v => v.Version,
        v => v.Round.Code,
        h => connection.ParticipantUpdated += h,
        h => connection.ParticipantUpdated -= h);
}
