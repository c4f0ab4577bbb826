// A minimal SignalR hub that makes the game's pushes, with the game's payload sizes, and nothing else: no Orleans, no
// storage, no views. The load benchmark plays the same schedule against it and the game, to show what the game adds.
using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;
using Spel.Bench.RawHub;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddSignalR(hub =>
{
    // As the game's hub.
    hub.MaximumReceiveMessageSize = 32 * 1024;
    hub.KeepAliveInterval = TimeSpan.FromSeconds(5);
});
builder.Services.AddSingleton<RawSessions>();

var app = builder.Build();
app.MapGet("/", () => "raw hub");
app.MapHub<RawGameHub>(RawHubContract.Path);
app.Run();

/// <summary>The sessions in memory: sizes, the answer count and a version, as the game keeps them in a grain.</summary>
internal sealed class RawSessions(IHubContext<RawGameHub> hub)
{
    private readonly ConcurrentDictionary<string, RawSession> _sessions = new();

    public string Open(PushSizes sizes)
    {
        var id = Guid.NewGuid().ToString("N");
        _sessions[id] = new RawSession(id, sizes, hub);
        return id;
    }

    public RawSession this[string id] => _sessions[id];
}

/// <summary>
/// One session, pushing as the game does: an answer's count to the projector and the console at most once per
/// window (the first at once, the newest of the rest when the window ends), nothing to the tablets; a reveal to the
/// projector, the console and one message to all tablets.
/// </summary>
internal sealed class RawSession
{
    // Each payload's padding is the game's size less what the rest of the JSON takes.
    private const int Envelope = 64;

    private readonly Lock _lock = new();
    private readonly string _id;
    private readonly IHubContext<RawGameHub> _hub;
    private readonly ITimer _window;
    private long _version;
    private int _answered;
    private bool _revealed;
    private bool _windowOpen;
    private bool _held;

    public RawSession(string id, PushSizes sizes, IHubContext<RawGameHub> hub)
    {
        _id = id;
        _hub = hub;
        _window = TimeProvider.System.CreateTimer(_ => WindowEnded(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        AnswerProjector = Padding(sizes.AnswerProjector);
        AnswerConsole = Padding(sizes.AnswerConsole);
        AnswerReply = Padding(sizes.AnswerReply);
        RevealProjector = Padding(sizes.RevealProjector);
        RevealConsole = Padding(sizes.RevealConsole);
        RevealSeat = Padding(sizes.RevealSeat);
        RevealReply = Padding(sizes.RevealReply);
    }

    public string AnswerReply { get; }

    public string RevealReply { get; }

    private string AnswerProjector { get; }

    private string AnswerConsole { get; }

    private string RevealProjector { get; }

    private string RevealConsole { get; }

    private string RevealSeat { get; }

    public (long Version, int Answered, bool Revealed) Now()
    {
        lock (_lock)
        {
            return (_version, _answered, _revealed);
        }
    }

    /// <summary>Counts an answer and pushes the count, or holds it for the end of the window.</summary>
    public async Task<(long Version, int Answered, bool Revealed)> AnswerAsync()
    {
        bool now;
        (long, int, bool) state;
        lock (_lock)
        {
            _version++;
            _answered++;
            state = (_version, _answered, _revealed);
            now = !_windowOpen;
            _held = _windowOpen;
            if (now)
            {
                _windowOpen = true;
                _window.Change(RawHubContract.ProgressWindow, Timeout.InfiniteTimeSpan);
            }
        }

        if (now)
        {
            await PushCountAsync(state);
        }

        return state;
    }

    public async Task<(long Version, int Answered, bool Revealed)> RevealAsync()
    {
        (long Version, int Answered, bool Revealed) state;
        lock (_lock)
        {
            _version++;
            _revealed = true;
            _held = false;
            state = (_version, _answered, _revealed);
        }

        await Group(RawHubContract.Projector).SendAsync(RawHubContract.ProjectorUpdated, Push(state, RevealProjector));
        await Group(RawHubContract.Console).SendAsync(RawHubContract.FacilitatorUpdated, Push(state, RevealConsole));
        await Group(RawHubContract.Seats).SendAsync(RawHubContract.SeatsUpdated, Push(state, RevealSeat));
        return state;
    }

    private void WindowEnded()
    {
        (long, int, bool) state;
        lock (_lock)
        {
            if (!_held)
            {
                _windowOpen = false;
                return;
            }

            _held = false;
            state = (_version, _answered, _revealed);
            _window.Change(RawHubContract.ProgressWindow, Timeout.InfiniteTimeSpan);
        }

        _ = PushCountAsync(state);
    }

    private async Task PushCountAsync((long Version, int Answered, bool Revealed) state)
    {
        await Group(RawHubContract.Projector).SendAsync(RawHubContract.ProjectorProgress, Push(state, AnswerProjector));
        await Group(RawHubContract.Console).SendAsync(RawHubContract.FacilitatorProgress, Push(state, AnswerConsole));
    }

    private IClientProxy Group(string screen) => _hub.Clients.Group($"{_id}:{screen}");

    private static RawPush Push((long Version, int Answered, bool Revealed) state, string padding) =>
        new(state.Version, state.Answered, state.Revealed, padding);

    private static string Padding(int size) => new('x', Math.Max(0, size - Envelope));
}

/// <summary>Screens follow a session by group, as in the game: the projector, the console, and one group for all tablets.</summary>
internal sealed class RawGameHub(RawSessions sessions) : Hub
{
    public string Open(PushSizes sizes) => sessions.Open(sizes);

    public async Task<RawPush> Watch(string session, string screen)
    {
        await Groups.AddToGroupAsync(Context.ConnectionId, $"{session}:{screen}");
        var (version, answered, revealed) = sessions[session].Now();
        return new RawPush(version, answered, revealed, "");
    }

    public async Task<RawPush> Answer(string session)
    {
        var state = sessions[session];
        var (version, answered, revealed) = await state.AnswerAsync();
        return new RawPush(version, answered, revealed, state.AnswerReply);
    }

    public async Task<RawPush> Reveal(string session)
    {
        var state = sessions[session];
        var (version, answered, revealed) = await state.RevealAsync();
        return new RawPush(version, answered, revealed, state.RevealReply);
    }
}
