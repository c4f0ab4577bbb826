// Issue 9's load benchmark: the game and a raw SignalR hub doing the same pushes with the same payload sizes, each a
// process of its own pinned to its own core, played in turns on a ladder of seats. Figures, not a test.
// Run: dotnet run --project bench/Spel.Bench.Load -c Release -- --seats 25,100,250
using Spel.Bench.Common;
using Spel.Bench.Load;
using Spel.Bench.RawHub;
using Spel.Scenarios.Play;

var options = LoadOptions.Parse(args);
var cores = Enumerable.Range(0, Environment.ProcessorCount).ToList();
var pin = ServerProcess.CanPin && cores.Count >= 2;
int? gameCore = pin ? cores[0] : null;
int? rawCore = pin ? cores[1] : null;
Console.WriteLine(pin
    ? $"Pinned with taskset: the game on core {gameCore}, the raw hub on core {rawCore}; the load generator on the other cores while each plays."
    : $"NOT pinned ({(ServerProcess.CanPin ? $"{cores.Count} core" : "no taskset on the path")}): the servers and the load generator share every core.");
Console.WriteLine($"Sessions of {options.SeatsPerSession} seats + projector + console; every seat answers once within {options.Window.TotalSeconds:0.#} s, then every facilitator reveals.");

await using var game = await GameServer.StartAsync(typeof(Program).Assembly, new Dictionary<string, string>
{
    ["GuessesPerMinute"] = "1000000",
    ["SessionsPerHour"] = "1000000",
}, gameCore);
await using var raw = await ServerProcess.StartAsync(
    Repository.Dll(Path.Combine("bench", "Spel.Bench.RawHub"), "Spel.Bench.RawHub", typeof(Program).Assembly),
    Repository.Root,
    ["--Logging:LogLevel:Default", "Warning"],
    "/",
    rawCore);
ITarget[] targets = [new GameTarget(game), new RawTarget(raw)];

// Rounds of full sessions on each first, not counted: the deck, the first grains and connections, and the JIT.
// Tiered compilation recompiles a method in the background once it was called 30 times, and again with what the
// instrumented code learnt, so the game (far more code than the raw hub) keeps recompiling for its first thousands of
// answers: measured at 500 seats, its CPU per answer fell from about 2.5 ms to about 0.9 ms over the first four rounds
// and then stayed there. A server in a province runs all day, so the rungs measure it warm. Each round's CPU per
// answer is printed, so a reader sees whether the warm-up was long enough.
const int WarmUpSessionsPerRound = 20;
for (var round = 0; round < options.WarmUpRounds; round++)
{
    var (gameRound, rawRound) = await PlayAsync(Enumerable.Repeat(options.SeatsPerSession, WarmUpSessionsPerRound).ToList(), options.Seed - 1 - round);
    Console.WriteLine($"Warm-up round {round + 1} of {options.WarmUpRounds} ({WarmUpSessionsPerRound} sessions of {options.SeatsPerSession} seats, not counted): "
        + $"server CPU per answer {Report.CpuPerAnswer(gameRound)} ms (game), {Report.CpuPerAnswer(rawRound)} ms (raw hub)");
}

await Task.Delay(TimeSpan.FromSeconds(2));

foreach (var seats in options.Ladder)
{
    var sessions = Enumerable.Range(0, (seats + options.SeatsPerSession - 1) / options.SeatsPerSession)
        .Select(s => Math.Min(options.SeatsPerSession, seats - s * options.SeatsPerSession))
        .ToList();
    var runs = new List<(RungResult Game, RungResult Raw)>();
    for (var run = 0; run < options.Repeat; run++)
    {
        var (gameResult, rawResult) = await PlayAsync(sessions, options.Seed + seats + run * 7919);
        Report.Print(seats, sessions, gameResult, rawResult);
        runs.Add((gameResult, rawResult));
    }

    Report.PrintRepeats(seats, runs);
}

async Task<(RungResult Game, RungResult Raw)> PlayAsync(IReadOnlyList<int> sessions, int seed)
{
    PinGeneratorAway(gameCore);
    var gameResult = await Schedule.RunAsync(targets[0], sessions, new PushSizes(0, 0, 0, 0, 0, 0, 0, 0), options.Window, seed);
    PinGeneratorAway(rawCore);
    var rawResult = await Schedule.RunAsync(targets[1], sessions, gameResult.Sizes, options.Window, seed);
    return (gameResult, rawResult);
}

void PinGeneratorAway(int? serverCore)
{
    if (serverCore is { } core && !ServerProcess.PinThisProcess(cores.Where(c => c != core)))
    {
        Console.WriteLine("Could not pin the load generator; it shares the server's core.");
    }
}

/// <summary>The command line: --seats 25,50,100 --per-session 25 --window 3 --seed 9 --warm-up 5 --repeat 1.</summary>
internal sealed record LoadOptions(IReadOnlyList<int> Ladder, int SeatsPerSession, TimeSpan Window, int Seed, int WarmUpRounds, int Repeat)
{
    public static LoadOptions Parse(string[] args)
    {
        var options = new LoadOptions([25, 50, 100], 25, TimeSpan.FromSeconds(3), 9, 5, 1);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            options = args[i] switch
            {
                "--seats" => options with { Ladder = args[i + 1].Split(',').Select(int.Parse).ToList() },
                "--per-session" => options with { SeatsPerSession = int.Parse(args[i + 1]) },
                "--window" => options with { Window = TimeSpan.FromSeconds(double.Parse(args[i + 1], System.Globalization.CultureInfo.InvariantCulture)) },
                "--seed" => options with { Seed = int.Parse(args[i + 1]) },
                "--warm-up" => options with { WarmUpRounds = int.Parse(args[i + 1]) },
                "--repeat" => options with { Repeat = int.Parse(args[i + 1]) },
                _ => throw new ArgumentException($"Unknown option {args[i]}; use --seats 25,50,100 --per-session 25 --window 3 --seed 9 --warm-up 5 --repeat 1."),
            };
        }

        if (args.Length % 2 != 0 || options.SeatsPerSession is < 1 or > Limits.SeatsPerSession || options.Ladder.Any(s => s < 1) || options.WarmUpRounds < 0 || options.Repeat < 1)
        {
            throw new ArgumentException($"Use --seats 25,50,100 (each at least 1) --per-session 1..{Limits.SeatsPerSession} --window 3 --seed 9 --warm-up 5 (rounds, at least 0) --repeat 1 (at least 1).");
        }

        return options;
    }
}
