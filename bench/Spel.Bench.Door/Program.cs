// The door under load, against a real server process on 127.0.0.1 that this program starts and stops:
// joins that succeed from one address, guesses refused, the server's memory after unknown-code look-ups.
// Run: dotnet run --project bench/Spel.Bench.Door -c Release
using System.Diagnostics;
using Microsoft.AspNetCore.SignalR.Client;
using Spel.Bench.Common;
using Spel.Scenarios.Play;

await using (var server = await StartAsync(guessesPerMinute: 30))
{
    // A hall: 5 sessions of 60 seats, every seat a connection from this one address, plus a typo every 20 joins.
    var sessions = new List<SessionCreated>();
    for (var i = 0; i < 5; i++)
    {
        sessions.Add(await server.CreateSessionAsync());
    }

    var clock = Stopwatch.StartNew();
    var joined = 0;
    var typos = 0;
    var connections = new List<HubConnection>();
    foreach (var session in sessions)
    {
        for (var seat = 0; seat < Limits.SeatsPerSession; seat++)
        {
            var tablet = await server.ConnectAsync();
            connections.Add(tablet);
            if (seat % 20 == 0)
            {
                typos += (await tablet.InvokeAsync<Reply<JoinInfo>>(GameHubContract.GetJoinInfo, JoinCode.NewCode())).Error is ErrorCode.SessionNotFound ? 1 : 0;
            }

            var info = (await tablet.InvokeAsync<Reply<JoinInfo>>(GameHubContract.GetJoinInfo, session.Code)).Value!;
            var role = info.Roles[seat % info.Roles.Count];
            var ticket = await tablet.InvokeAsync<Reply<SeatTicket>>(GameHubContract.Join, session.Code, new JoinRequest($"Deelnemer {seat}", role.Side, role.Id));
            joined += ticket.IsOk ? 1 : 0;
        }
    }

    var elapsed = clock.Elapsed;
    Console.WriteLine($"joins from one address: {joined} of {5 * Limits.SeatsPerSession} succeeded in {elapsed.TotalSeconds:F1} s ({joined / elapsed.TotalMinutes:F0} a minute), with {typos} typos on the way");
    foreach (var connection in connections)
    {
        await connection.DisposeAsync();
    }

    // A guesser: 600 unknown codes as fast as possible from the same address, over fresh connections.
    var refused = 0;
    var answered = 0;
    clock.Restart();
    for (var guess = 0; guess < 600; guess += 40)
    {
        await using var guesser = await server.ConnectAsync();
        for (var i = 0; i < 40; i++)
        {
            var error = (await guesser.InvokeAsync<Reply<JoinInfo>>(GameHubContract.GetJoinInfo, JoinCode.NewCode())).Error;
            refused += error is ErrorCode.TooManyAttempts ? 1 : 0;
            answered += error is ErrorCode.SessionNotFound ? 1 : 0;
        }
    }

    Console.WriteLine($"guesses from one address: {answered} answered 'no such session', {refused} refused as too many, in {clock.Elapsed.TotalSeconds:F1} s (limit 30 a minute)");
}

await using (var server = await StartAsync(guessesPerMinute: 1_000_000))
{
    // The same traffic twice: first for a code that exists (the control: connections, buffers, the JIT), then for
    // codes that do not. What the second adds on top of the first is what unknown codes cost.
    var session = await server.CreateSessionAsync();
    var start = server.Process.ResidentMegabytes();
    var known = await LookUpAsync(server, _ => session.Code);
    var afterKnown = server.Process.ResidentMegabytes();
    var unknown = await LookUpAsync(server, _ => JoinCode.NewCode());
    var afterUnknown = server.Process.ResidentMegabytes();
    Console.WriteLine($"10,000 look-ups of an existing code in {known.TotalSeconds:F1} s: server resident memory {start:F0} -> {afterKnown:F0} MiB");
    Console.WriteLine($"10,000 look-ups of unknown codes in {unknown.TotalSeconds:F1} s: server resident memory {afterKnown:F0} -> {afterUnknown:F0} MiB ({afterUnknown - afterKnown:+0;-0} MiB)");
}

static async Task<TimeSpan> LookUpAsync(GameServer server, Func<int, string> code)
{
    var clock = Stopwatch.StartNew();
    for (var lookUp = 0; lookUp < 10_000; lookUp += 40)
    {
        await using var tablet = await server.ConnectAsync();
        for (var i = 0; i < 40; i++)
        {
            await tablet.InvokeAsync<Reply<JoinInfo>>(GameHubContract.GetJoinInfo, code(lookUp + i));
        }
    }

    return clock.Elapsed;
}

static Task<GameServer> StartAsync(int guessesPerMinute) =>
    GameServer.StartAsync(typeof(Program).Assembly, new Dictionary<string, string> { ["GuessesPerMinute"] = guessesPerMinute.ToString() });
