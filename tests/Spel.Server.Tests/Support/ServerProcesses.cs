using System.Net.Http.Json;
using Microsoft.AspNetCore.SignalR.Client;
using Spel.Scenarios.Play;
using Spel.Testing;

namespace Spel.Server.Tests.Support;

/// <summary>A server process of this checkout, on the shipped decks, as the cluster tests start it; and how they talk to it.</summary>
public static class ServerProcesses
{
    /// <param name="settings">Server settings passed on the command line, e.g. ["Spel:Cluster"] = "Redis".</param>
    /// <param name="folder">The folder of its data, to start a server on what an earlier one saved; a fresh one when left out.</param>
    public static Task<ServerProcess> StartAsync(IReadOnlyDictionary<string, string> settings, string? folder = null) =>
        ServerProcess.StartAsync(
            Path.Combine(AppContext.BaseDirectory, "Spel.Server.dll"),
            Path.Combine(Repository.Root, "src", "Spel.Server"),
            folder ?? FreshFolder(),
            new Dictionary<string, string>(settings) { ["Spel:DecksFolder"] = Path.Combine(Repository.Root, "content", "decks") });

    public static string FreshFolder() => Path.Combine(Path.GetTempPath(), "spel-tests", Guid.NewGuid().ToString("n"));

    public static HubConnection Connect(this ServerProcess server) =>
        new HubConnectionBuilder().WithUrl(new Uri(server.BaseAddress, GameHubContract.Path.TrimStart('/'))).Build();

    public static async Task<SessionCreated> CreateSessionAsync(this ServerProcess server, string deckId = "wie-heeft-de-regie")
    {
        using var http = new HttpClient { BaseAddress = server.BaseAddress };
        var response = await http.PostAsJsonAsync(SessionApi.Sessions, new CreateSessionRequest(deckId, null));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<SessionCreated>())!;
    }
}
