using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;

namespace Spel.Bench.Load;

public enum ScreenKind
{
    Projector,
    Console,
    Seat,
}

/// <summary>Which part of the schedule a message belongs to.</summary>
public enum Stage
{
    Setup,
    Answering,
    Revealing,
}

/// <summary>What one push tells a screen: the session's version, how many have answered, and whether the card is revealed.</summary>
public readonly record struct PushState(long Version, int AnsweredCount, bool Revealed);

/// <summary>
/// One connection's pushes: when it first saw each answer count and the reveal, the newest version it saw. Times are
/// <see cref="Stopwatch"/> timestamps of this process, taken as the push arrives.
/// </summary>
public sealed class Screen
{
    private readonly Lock _lock = new();
    private readonly long[] _countSeenAt;
    private readonly List<long> _pushedAt = [];
    private int _count;
    private long _version;
    private long _revealedAt;

    /// <param name="timedCounts">Up to which answer count to keep the time each count was first seen (the projector's).</param>
    public Screen(ScreenKind kind, int timedCounts)
    {
        Kind = kind;
        _countSeenAt = new long[timedCounts + 1];
    }

    public ScreenKind Kind { get; }

    public long Version { get { lock (_lock) { return _version; } } }

    public int Count { get { lock (_lock) { return _count; } } }

    /// <summary>When this screen got the reveal, or 0 when it has not.</summary>
    public long RevealedAt { get { lock (_lock) { return _revealedAt; } } }

    /// <summary>When this screen first saw at least <paramref name="count"/> answers counted, or 0 when it has not.</summary>
    public long CountSeenAt(int count) { lock (_lock) { return count < _countSeenAt.Length ? _countSeenAt[count] : 0; } }

    /// <summary>When the last push before <paramref name="timestamp"/> arrived (any push), or null when there was none.</summary>
    public long? PushBefore(long timestamp)
    {
        lock (_lock)
        {
            var index = _pushedAt.BinarySearch(timestamp);
            index = index < 0 ? ~index - 1 : index - 1;
            return index >= 0 ? _pushedAt[index] : null;
        }
    }

    /// <summary>Hands every push of <paramref name="method"/> to this screen, sized and read by <paramref name="read"/>.</summary>
    public void Follow(HubConnection connection, string method, Recorder recorder, Func<JsonElement, PushState> read) =>
        connection.On<JsonElement>(method, payload =>
        {
            var now = Stopwatch.GetTimestamp();
            recorder.Pushed(Kind, Encoding.UTF8.GetByteCount(payload.GetRawText()));
            Record(now, read(payload));
        });

    private void Record(long now, PushState push)
    {
        lock (_lock)
        {
            if (_countSeenAt.Length > 1)
            {
                _pushedAt.Add(now);
            }

            _version = Math.Max(_version, push.Version);
            for (var count = _count + 1; count <= Math.Min(push.AnsweredCount, _countSeenAt.Length - 1); count++)
            {
                _countSeenAt[count] = now;
            }

            _count = Math.Max(_count, push.AnsweredCount);
            if (push.Revealed && _revealedAt == 0)
            {
                _revealedAt = now;
            }
        }
    }
}

/// <summary>
/// What a run of the schedule against one server received: bytes of JSON per stage and screen kind (the pushed view
/// or reply itself, without SignalR's few bytes of framing), and the errors by kind.
/// </summary>
public sealed class Recorder
{
    private readonly Lock _lock = new();
    private readonly Dictionary<(Stage, ScreenKind), (long Bytes, int Messages)> _pushes = [];
    private readonly Dictionary<Stage, (long Bytes, int Messages)> _replies = [];
    private readonly Dictionary<string, int> _errors = [];

    public volatile Stage Stage;

    /// <summary>Set when the schedule is done, so connections closed afterwards are not errors.</summary>
    public volatile bool Finished;

    public void Pushed(ScreenKind kind, int bytes)
    {
        lock (_lock)
        {
            var (total, messages) = _pushes.GetValueOrDefault((Stage, kind));
            _pushes[(Stage, kind)] = (total + bytes, messages + 1);
        }
    }

    public void Replied(JsonElement reply)
    {
        var bytes = Encoding.UTF8.GetByteCount(reply.GetRawText());
        lock (_lock)
        {
            var (total, messages) = _replies.GetValueOrDefault(Stage);
            _replies[Stage] = (total + bytes, messages + 1);
        }
    }

    public void Error(string what, int times = 1)
    {
        lock (_lock)
        {
            _errors[what] = _errors.GetValueOrDefault(what) + times;
        }
    }

    public void Watch(HubConnection connection) =>
        connection.Closed += exception =>
        {
            if (!Finished)
            {
                Error($"connection lost ({exception?.GetType().Name ?? "closed"})");
            }

            return Task.CompletedTask;
        };

    public IReadOnlyDictionary<string, int> Errors { get { lock (_lock) { return new Dictionary<string, int>(_errors); } } }

    public long PushedBytes(Stage stage) { lock (_lock) { return _pushes.Where(p => p.Key.Item1 == stage).Sum(p => p.Value.Bytes); } }

    public int PushedMessages(Stage stage) { lock (_lock) { return _pushes.Where(p => p.Key.Item1 == stage).Sum(p => p.Value.Messages); } }

    /// <summary>The mean size of one push to a screen of this kind in this stage, in bytes.</summary>
    public int MeanPush(Stage stage, ScreenKind kind) { lock (_lock) { return Mean(_pushes.GetValueOrDefault((stage, kind))); } }

    public int MeanReply(Stage stage) { lock (_lock) { return Mean(_replies.GetValueOrDefault(stage)); } }

    private static int Mean((long Bytes, int Messages) total) => total.Messages == 0 ? 0 : (int)(total.Bytes / total.Messages);
}
