using System.Globalization;

namespace Spel.Bench.Load;

/// <summary>One table per rung: the game, the raw hub and their ratio, then what went wrong and the sizes copied.</summary>
public static class Report
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static void Print(int seats, IReadOnlyList<int> sessions, RungResult game, RungResult raw)
    {
        Console.WriteLine();
        Console.WriteLine($"== {seats} seats: {sessions.Count} session(s) of {string.Join('/', sessions.Distinct())} seats + projector + console " +
                          $"({seats + 2 * sessions.Count} connections per server) ==");
        Console.WriteLine($"{"",-42}{"game",12}{"raw hub",12}{"game/raw",10}");
        foreach (var p in new[] { 50, 95, 99 })
        {
            Row($"answer->projector p{p} (ms, n={game.AnswerToProjectorMs.Count}/{raw.AnswerToProjectorMs.Count})", Percentile(game.AnswerToProjectorMs, p), Percentile(raw.AnswerToProjectorMs, p), "F1");
        }

        foreach (var p in new[] { 50, 95, 99 })
        {
            Row($"  past the 100 ms window p{p} (ms)", Percentile(game.AnswerPastWindowMs, p), Percentile(raw.AnswerPastWindowMs, p), "F1");
        }

        foreach (var p in new[] { 50, 95, 99 })
        {
            Row($"reveal->all screens p{p} (ms, n={game.RevealToAllScreensMs.Count}/{raw.RevealToAllScreensMs.Count})", Percentile(game.RevealToAllScreensMs, p), Percentile(raw.RevealToAllScreensMs, p), "F1");
        }

        Row("server CPU, answers + reveal (s)", game.ServerCpu.TotalSeconds, raw.ServerCpu.TotalSeconds, "F2");
        Row("server CPU per answer (ms)", PerAnswer(game.ServerCpu.TotalMilliseconds, game), PerAnswer(raw.ServerCpu.TotalMilliseconds, raw), "F2");
        Row(game.PeakIsForTheRung ? "peak resident memory in the rung (MiB)" : "peak resident memory since start (MiB)", game.PeakResidentMegabytes, raw.PeakResidentMegabytes, "F0");
        Row("pushed per answer (bytes)", PerAnswer(game.Recorder.PushedBytes(Stage.Answering), game), PerAnswer(raw.Recorder.PushedBytes(Stage.Answering), raw), "F0");
        Row("pushes per answer (messages)", PerAnswer(game.Recorder.PushedMessages(Stage.Answering), game), PerAnswer(raw.Recorder.PushedMessages(Stage.Answering), raw), "F2");
        Row("pushed per reveal, one session (KB)", game.Recorder.PushedBytes(Stage.Revealing) / 1000.0 / game.Sessions, raw.Recorder.PushedBytes(Stage.Revealing) / 1000.0 / raw.Sessions, "F1");
        Row("written to disk per answer (KB)", game.DiskBytesWritten is { } g ? PerAnswer(g, game) / 1000 : double.NaN, raw.DiskBytesWritten is { } r ? PerAnswer(r, raw) / 1000 : double.NaN, "F1");
        Row("errors", game.Recorder.Errors.Values.Sum(), raw.Recorder.Errors.Values.Sum(), "F0");
        foreach (var (name, result) in new[] { ("game", game), ("raw hub", raw) })
        {
            foreach (var (what, count) in result.Recorder.Errors)
            {
                Console.WriteLine($"  {name}: {count} {what}");
            }
        }

        var sizes = game.Sizes;
        Console.WriteLine($"  game's mean sizes (bytes of JSON), copied by the raw hub: answer push projector {sizes.AnswerProjector:N0}, console {sizes.AnswerConsole:N0}, " +
                          $"reply {sizes.AnswerReply:N0}; reveal push projector {sizes.RevealProjector:N0}, console {sizes.RevealConsole:N0}, " +
                          $"seat {sizes.RevealSeat:N0}, reply {sizes.RevealReply:N0}");
    }

    /// <summary>After the repeats of one rung: the CPU per answer of each run and the ratio of the medians.</summary>
    public static void PrintRepeats(int seats, IReadOnlyList<(RungResult Game, RungResult Raw)> runs)
    {
        if (runs.Count < 2)
        {
            return;
        }

        var game = runs.Select(run => PerAnswer(run.Game.ServerCpu.TotalMilliseconds, run.Game)).ToList();
        var raw = runs.Select(run => PerAnswer(run.Raw.ServerCpu.TotalMilliseconds, run.Raw)).ToList();
        var gameP99 = runs.Select(run => Percentile(run.Game.AnswerPastWindowMs, 99)).ToList();
        Console.WriteLine();
        Console.WriteLine($"== {seats} seats, {runs.Count} runs ==");
        Console.WriteLine($"server CPU per answer (ms), game: {string.Join(", ", game.Select(v => Format(v, "F2")))}; median {Format(Median(game), "F2")}");
        Console.WriteLine($"server CPU per answer (ms), raw hub: {string.Join(", ", raw.Select(v => Format(v, "F2")))}; median {Format(Median(raw), "F2")}");
        Console.WriteLine($"game/raw by the medians: {(Median(game) / Median(raw)).ToString("F2", Invariant)}x");
        Console.WriteLine($"game's answer->projector past the window p99 (ms): {string.Join(", ", gameP99.Select(v => Format(v, "F1")))}; median {Format(Median(gameP99), "F1")}");
    }

    /// <summary>The server's CPU milliseconds per answer of one run, formatted.</summary>
    public static string CpuPerAnswer(RungResult result) => Format(PerAnswer(result.ServerCpu.TotalMilliseconds, result), "F2");

    private static double Median(IReadOnlyList<double> values)
    {
        var sorted = values.Where(v => !double.IsNaN(v)).Order().ToList();
        return sorted.Count == 0 ? double.NaN
            : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2]
            : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static double PerAnswer(double total, RungResult result) => result.Answers == 0 ? double.NaN : total / result.Answers;

    private static void Row(string label, double game, double raw, string format)
    {
        var ratio = raw > 0 && !double.IsNaN(game) ? (game / raw).ToString("F1", Invariant) + "x" : "-";
        Console.WriteLine($"{label,-42}{Format(game, format),12}{Format(raw, format),12}{ratio,10}");
    }

    private static string Format(double value, string format) => double.IsNaN(value) ? "n/a" : value.ToString(format, Invariant);

    /// <summary>Nearest rank: the smallest sample with at least p% of the samples at or below it.</summary>
    private static double Percentile(IReadOnlyList<double> samples, int p)
    {
        if (samples.Count == 0)
        {
            return double.NaN;
        }

        var sorted = samples.Order().ToList();
        return sorted[Math.Max(0, (int)Math.Ceiling(p / 100.0 * sorted.Count) - 1)];
    }
}
