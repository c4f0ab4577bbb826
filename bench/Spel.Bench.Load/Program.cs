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

// Full sessions on each first, not counted: the deck, the first grains and connections, and the JIT. Tiered
// compilation recompiles a method once it was called 30 times, in the background, so a warm-up too small to call
// every path that often leaves the game's recompiling in the rungs' CPU seconds (the game has far more code than the
// raw hub); the pause lets the last recompiles finish.
await PlayAsync(Enumerable.Repeat(options.SeatsPerSession, options.WarmUpSessions).ToList(), options.Seed);
await Task.Delay(TimeSpan.FromSeconds(2));
Console.WriteLine($"Warm-up ({options.WarmUpSessions} sessions of {options.SeatsPerSession} seats on each) done; not counted.");

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

/// <summary>The command line: --seats 25,50,100 --per-session 25 --window 3 --seed 9 --warm-up 8 --repeat 1.</summary>
internal sealed record LoadOptions(IReadOnlyList<int> Ladder, int SeatsPerSession, TimeSpan Window, int Seed, int WarmUpSessions, int Repeat)
{
    public static LoadOptions Parse(string[] args)
    {
        var options = new LoadOptions([25, 50, 100], 25, TimeSpan.FromSeconds(3), 9, 8, 1);
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            options = args[i] switch
            {
                "--seats" => options with { Ladder = args[i + 1].Split(',').Select(int.Parse).ToList() },
                "--per-session" => options with { SeatsPerSession = int.Parse(args[i + 1]) },
                "--window" => options with { Window = TimeSpan.FromSeconds(double.Parse(args[i + 1], System.Globalization.CultureInfo.InvariantCulture)) },
                "--seed" => options with { Seed = int.Parse(args[i + 1]) },
                "--warm-up" => options with { WarmUpSessions = int.Parse(args[i + 1]) },
                "--repeat" => options with { Repeat = int.Parse(args[i + 1]) },
                _ => throw new ArgumentException($"Unknown option {args[i]}; use --seats 25,50,100 --per-session 25 --window 3 --seed 9 --warm-up 8 --repeat 1."),
            };
        }

        if (args.Length % 2 != 0 || options.SeatsPerSession is < 1 or > Limits.SeatsPerSession || options.Ladder.Any(s => s < 1) || options.WarmUpSessions < 1 || options.Repeat < 1)
        {
            throw new ArgumentException($"Use --seats 25,50,100 (each at least 1) --per-session 1..{Limits.SeatsPerSession} --window 3 --seed 9 --warm-up 8 (at least 1) --repeat 1 (at least 1).");
        }

        return options;
    }
}
