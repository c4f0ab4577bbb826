using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Spel.Server.Hosting;

/// <summary>
/// The game's own meter, <c>Spel.Server</c>: what an operator watches during a workshop. No tag names a session,
/// a seat or a person; the numbers are this server's totals.
/// </summary>
public sealed class GameMetrics
{
    public const string MeterName = "Spel.Server";

    private readonly Counter<long> _savedChanges;
    private readonly Histogram<double> _storageWrite;
    private readonly Histogram<double> _push;
    private readonly UpDownCounter<long> _connectedScreens;
    private readonly UpDownCounter<long> _activeSessions;

    public GameMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _savedChanges = meter.CreateCounter<long>("spel.changes.saved", "{change}", "Session changes written to grain storage.");
        _storageWrite = meter.CreateHistogram<double>("spel.storage.write.duration", "ms", "Time to write a session's state to grain storage.");
        _push = meter.CreateHistogram<double>("spel.push.duration", "ms", "Time to push one change to this server's screens of a session.");
        _connectedScreens = meter.CreateUpDownCounter<long>("spel.screens.connected", "{screen}", "Screens (hub connections) connected to this server.");
        _activeSessions = meter.CreateUpDownCounter<long>("spel.sessions.active", "{session}", "Sessions loaded in this server's silo.");
    }

    /// <summary>Times a grain storage write; counts the change once it is saved.</summary>
    public async Task TimeWriteAsync(Func<Task> write)
    {
        var started = Stopwatch.GetTimestamp();
        await write();
        _storageWrite.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        _savedChanges.Add(1);
    }

    public async Task TimePushAsync(Func<Task> push)
    {
        var started = Stopwatch.GetTimestamp();
        await push();
        _push.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }

    public void ScreenConnected() => _connectedScreens.Add(1);

    public void ScreenDisconnected() => _connectedScreens.Add(-1);

    public void SessionActivated() => _activeSessions.Add(1);

    public void SessionDeactivated() => _activeSessions.Add(-1);
}
