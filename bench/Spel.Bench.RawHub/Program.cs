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
internal sealed class RawSessions
{
    private readonly ConcurrentDictionary<string, RawSession> _sessions = new();

    public string Open(PushSizes sizes)
    {
        var id = Guid.NewGuid().ToString("N");
        _sessions[id] = new RawSession(sizes);
        return id;
    }

    public RawSession this[string id] => _sessions[id];
}

internal sealed class RawSession(PushSizes sizes)
{
    // Each payload's padding is the game's size less what the rest of the JSON takes.
    private const int Envelope = 64;

    private readonly Lock _lock = new();
    private long _version;
    private int _answered;
    private bool _revealed;

    public PushSizes Sizes { get; } = sizes;

    public string AnswerProjector { get; } = Padding(sizes.AnswerProjector);
    public string AnswerConsole { get; } = Padding(sizes.AnswerConsole);
    public string AnswerSeat { get; } = Padding(sizes.AnswerSeat);
    public string AnswerReply { get; } = Padding(sizes.AnswerReply);
    public string RevealProjector { get; } = Padding(sizes.RevealProjector);
    public string RevealConsole { get; } = Padding(sizes.RevealConsole);
    public string RevealSeat { get; } = Padding(sizes.RevealSeat);
    public string RevealReply { get; } = Padding(sizes.RevealReply);

    /// <summary>Counts an answer (or reveals) and returns the state every push of this change carries.</summary>
    public (long Version, int Answered, bool Revealed) Change(bool reveal)
    {
        lock (_lock)
        {
            _version++;
            if (reveal)
            {
                _revealed = true;
            }
            else
            {
                _answered++;
            }

            return (_version, _answered, _revealed);
        }
    }

    public (long Version, int Answered, bool Revealed) Now()
    {
        lock (_lock)
        {
            return (_version, _answered, _revealed);
        }
    }

    private static string Padding(int size) => new('x', Math.Max(0, size - Envelope));
}

/// <summary>Screens follow a session by group, as in the game; an answer or a reveal pushes to every screen of the session.</summary>
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
        var (version, answered, revealed) = state.Change(reveal: false);
        await PushAsync(session, state, version, answered, revealed, state.AnswerProjector, state.AnswerConsole, state.AnswerSeat);
        return new RawPush(version, answered, revealed, state.AnswerReply);
    }

    public async Task<RawPush> Reveal(string session)
    {
        var state = sessions[session];
        var (version, answered, revealed) = state.Change(reveal: true);
        await PushAsync(session, state, version, answered, revealed, state.RevealProjector, state.RevealConsole, state.RevealSeat);
        return new RawPush(version, answered, revealed, state.RevealReply);
    }

    /// <summary>Like the game's bridge: the projector, the console, then one push per seat's group.</summary>
    private async Task PushAsync(string session, RawSession state, long version, int answered, bool revealed, string projector, string console, string seat)
    {
        await Clients.Group($"{session}:{RawHubContract.Projector}").SendAsync(RawHubContract.ProjectorUpdated, new RawPush(version, answered, revealed, projector));
        await Clients.Group($"{session}:{RawHubContract.Console}").SendAsync(RawHubContract.FacilitatorUpdated, new RawPush(version, answered, revealed, console));
        for (var index = 0; index < state.Sizes.Seats; index++)
        {
            await Clients.Group($"{session}:{RawHubContract.Seat(index)}").SendAsync(RawHubContract.ParticipantUpdated, new RawPush(version, answered, revealed, seat));
        }
    }
}
