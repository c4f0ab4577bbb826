using System.Net.Http.Json;
using System.Reflection;
using Microsoft.AspNetCore.SignalR.Client;
using Spel.Scenarios.Play;

namespace Spel.Bench.Common;

/// <summary>The real server (the build of src/Spel.Server matching the benchmark's) with embedded SQLite in its own data folder.</summary>
public sealed class GameServer : IAsyncDisposable
{
    private readonly HttpClient _http;

    private GameServer(ServerProcess process)
    {
        Process = process;
        _http = new HttpClient { BaseAddress = process.Address };
    }

    public ServerProcess Process { get; }

    /// <summary>Starts the server; <paramref name="settings"/> are extra <c>--Spel:Name value</c> pairs.</summary>
    public static async Task<GameServer> StartAsync(Assembly benchmark, IReadOnlyDictionary<string, string> settings, int? core = null)
    {
        string[] arguments =
        [
            "--Spel:DataFolder", Path.Combine("{folder}", "data"),
            "--Spel:SiloPort", ServerProcess.FreePort().ToString(), "--Spel:GatewayPort", ServerProcess.FreePort().ToString(),
            "--Logging:LogLevel:Default", "Warning",
            .. settings.SelectMany(setting => new[] { $"--Spel:{setting.Key}", setting.Value }),
        ];
        var process = await ServerProcess.StartAsync(
            Repository.Dll(Path.Combine("src", "Spel.Server"), "Spel.Server", benchmark),
            Path.Combine(Repository.Root, "src", "Spel.Server"),
            arguments,
            "api/decks",
            core);
        return new GameServer(process);
    }

    /// <summary>A session on the shipped deck, created from 127.0.0.1 (which the embedded default allows).</summary>
    public async Task<SessionCreated> CreateSessionAsync()
    {
        var response = await _http.PostAsJsonAsync(SessionApi.Sessions, new CreateSessionRequest("wie-heeft-de-regie"));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<SessionCreated>())!;
    }

    public async Task<HubConnection> ConnectAsync()
    {
        var connection = new HubConnectionBuilder().WithUrl(new Uri(Process.Address, GameHubContract.Path.TrimStart('/'))).Build();
        await connection.StartAsync();
        return connection;
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await Process.DisposeAsync();
    }
}
