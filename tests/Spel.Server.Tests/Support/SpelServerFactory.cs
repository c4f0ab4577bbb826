using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.SignalR.Client;
using Spel.Scenarios.Play;

namespace Spel.Server.Tests.Support;

/// <summary>
/// The real web server (silo, SQLite file, hub) in this process, on its own data folder and Orleans ports,
/// so tests can run side by side and a second server can start on a first one's data.
/// </summary>
public sealed class SpelServerFactory(string dataFolder, IReadOnlyDictionary<string, string>? settings = null) : WebApplicationFactory<Program>
{
    public string DataFolder { get; } = dataFolder;

    public static SpelServerFactory WithFreshData() =>
        new(Path.Combine(Path.GetTempPath(), "spel-tests", Guid.NewGuid().ToString("n")));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Spel:DataFolder", DataFolder);
        builder.UseSetting("Spel:SiloPort", FreePort().ToString());
        builder.UseSetting("Spel:GatewayPort", FreePort().ToString());
        builder.UseSetting("Spel:DecksFolder", Path.Combine(Repository.Root, "content", "decks"));
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }
    }

    public HubConnection Connect()
    {
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(Server.BaseAddress, GameHubContract.Path.TrimStart('/')), options =>
            {
                options.HttpMessageHandlerFactory = _ => Server.CreateHandler();
                options.Transports = HttpTransportType.LongPolling;
            })
            .Build();
        return connection;
    }

    public async Task<SessionCreated> CreateSessionAsync(string deckId = "wie-heeft-de-regie", SessionSettings? settings = null)
    {
        var response = await CreateClient().PostAsJsonAsync("/api/sessions", new CreateSessionRequest(deckId, settings));
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<SessionCreated>())!;
    }

    public void DeleteData()
    {
        if (Directory.Exists(DataFolder))
        {
            Directory.Delete(DataFolder, recursive: true);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
