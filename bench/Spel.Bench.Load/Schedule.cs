using System.Diagnostics;
using Spel.Bench.RawHub;

namespace Spel.Bench.Load;

/// <summary>What one run of the schedule against one server measured.</summary>
public sealed record RungResult(
    IReadOnlyList<double> AnswerToProjectorMs,
    IReadOnlyList<double> AnswerPastWindowMs,
    IReadOnlyList<double> RevealToAllScreensMs,
    int Answers,
    int Sessions,
    TimeSpan ServerCpu,
    double PeakResidentMegabytes,
    bool PeakIsForTheRung,
    long? DiskBytesWritten,
    Recorder Recorder)
{
    /// <summary>The game's message sizes in this run, for the raw hub to copy.</summary>
    public PushSizes Sizes => new(
        0,
        Recorder.MeanPush(Stage.Answering, ScreenKind.Projector),
        Recorder.MeanPush(Stage.Answering, ScreenKind.Console),
        Recorder.MeanReply(Stage.Answering),
        Recorder.MeanPush(Stage.Revealing, ScreenKind.Projector),
        Recorder.MeanPush(Stage.Revealing, ScreenKind.Console),
        Recorder.MeanPush(Stage.Revealing, ScreenKind.Seat),
        Recorder.MeanReply(Stage.Revealing));
}

/// <summary>
/// The workshop's busiest minute: sessions of seats + projector + console; every seat answers once at a random moment
/// within the window, then every facilitator reveals at once. Only answering and revealing are measured.
/// </summary>
public static class Schedule
{
    private static readonly TimeSpan PushTimeout = TimeSpan.FromSeconds(30);

    public static async Task<RungResult> RunAsync(ITarget target, IReadOnlyList<int> sessionSeats, PushSizes sizes, TimeSpan window, int seed)
    {
        var random = new Random(seed);
        var recorder = new Recorder();
        var sessions = new List<IPlayedSession>();
        try
        {
            foreach (var seats in sessionSeats)
            {
                sessions.Add(await target.OpenAsync(seats, recorder, sizes, random));
            }

            var process = target.Process;
            var peakIsForTheRung = process.ResetPeakMemory();
            var cpuBefore = process.CpuTime();
            var diskBefore = process.DiskBytesWritten();
            recorder.Stage = Stage.Answering;

            var answers = sessions
                .SelectMany((session, s) => Enumerable.Range(0, sessionSeats[s]).Select(seat => (Session: s, Seat: seat, Delay: random.NextDouble() * window.TotalMilliseconds)))
                .ToList();
            var sent = await Task.WhenAll(answers.Select(answer => AnswerAsync(sessions[answer.Session], answer.Session, answer.Seat, answer.Delay, recorder)));

            // The projector and the console have every answer counted before the reveal, so the reveal is timed on its own.
            for (var s = 0; s < sessions.Count; s++)
            {
                var seats = sessionSeats[s];
                var counting = sessions[s].Screens.Where(screen => screen.Kind != ScreenKind.Seat).ToList();
                if (!await Until.TrueAsync(() => counting.All(screen => screen.Count >= seats), PushTimeout))
                {
                    recorder.Error("screens that never saw every answer counted", counting.Count(screen => screen.Count < seats));
                }
            }

            var answerLatencies = new List<double>();
            var pastWindow = new List<double>();
            foreach (var (session, startedAt, count) in sent.OfType<(int, long, int)>())
            {
                var projector = sessions[session].Projector;
                var countedAt = projector.CountSeenAt(count);
                if (countedAt == 0)
                {
                    recorder.Error("answers the projector never counted");
                }
                else
                {
                    answerLatencies.Add(Milliseconds(countedAt - startedAt));
                    pastWindow.Add(PastWindowMs(startedAt, countedAt, projector.PushBefore(countedAt)));
                }
            }

            recorder.Stage = Stage.Revealing;
            var reveals = await Task.WhenAll(sessions.Select(session => RevealAsync(session, recorder)));

            var result = new RungResult(
                answerLatencies,
                pastWindow,
                reveals.OfType<double>().ToList(),
                sent.Count(s => s is not null),
                sessions.Count,
                process.CpuTime() - cpuBefore,
                process.PeakResidentMegabytes(),
                peakIsForTheRung,
                process.DiskBytesWritten() - diskBefore,
                recorder);
            recorder.Finished = true;
            return result;
        }
        finally
        {
            recorder.Finished = true;
            foreach (var session in sessions)
            {
                await session.DisposeAsync();
            }
        }
    }

    /// <summary>
    /// How much later than the coalescing rule allows the projector had the answer counted: a count may go once the
    /// previous push is a window (100 ms) old, so an answer that arrives while a window is open is due when it ends,
    /// and any other at once. The window is taken to open when the previous push arrived here, which on a busy line
    /// is later than the server sent it: the figure leans towards the server, by the delivery time of one push.
    /// </summary>
    private static double PastWindowMs(long startedAt, long countedAt, long? previousPushAt)
    {
        var due = previousPushAt is { } previous
            ? Math.Max(startedAt, previous + (long)(Spel.Scenarios.Play.GameHubContract.ProgressWindow.TotalSeconds * Stopwatch.Frequency))
            : startedAt;
        return Math.Max(0, Milliseconds(countedAt - due));
    }

    /// <summary>The answer's session, when it was sent and the count its reply gave; null when it failed.</summary>
    private static async Task<(int Session, long StartedAt, int Count)?> AnswerAsync(IPlayedSession session, int index, int seat, double delayMs, Recorder recorder)
    {
        await Task.Delay(TimeSpan.FromMilliseconds(delayMs));
        var startedAt = Stopwatch.GetTimestamp();
        try
        {
            return (index, startedAt, await session.AnswerAsync(seat));
        }
        catch (Exception exception)
        {
            recorder.Error($"answers failed ({Reason(exception)})");
            return null;
        }
    }

    /// <summary>From the facilitator's command until the last screen of the session has the reveal; null when it failed.</summary>
    private static async Task<double?> RevealAsync(IPlayedSession session, Recorder recorder)
    {
        var startedAt = Stopwatch.GetTimestamp();
        try
        {
            await session.RevealAsync();
        }
        catch (Exception exception)
        {
            recorder.Error($"reveals failed ({Reason(exception)})");
            return null;
        }

        if (!await Until.TrueAsync(() => session.Screens.All(screen => screen.RevealedAt != 0), PushTimeout))
        {
            recorder.Error("reveals that never reached every screen");
            return null;
        }

        return Milliseconds(session.Screens.Max(screen => screen.RevealedAt) - startedAt);
    }

    private static string Reason(Exception exception) => exception is InvalidOperationException ? exception.Message : exception.GetType().Name;

    private static double Milliseconds(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;
}
