using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.SignalR.Client;
using Spel.Scenarios.Play;
using Spel.Server.Hosting;

namespace Spel.Server.Tests.Support;

/// <summary>
/// The real web server (silo, SQLite file, hub) in this process, on its own data folder and Orleans ports,
/// so tests can run side by side and a second server can start on a first one's data.
/// </summary>
public sealed class SpelServerFactory(string dataFolder, IReadOnlyDictionary<string, string>? settings = null) : WebApplicationFactory<Program>
{
    public string DataFolder { get; } = dataFolder;

    /// <summary>The address every request seems to come from (the in-process test server gives none: this machine).</summary>
    public IPAddress? RemoteAddress { get; init; }

    /// <summary>The clock of the server's limits and sweeps (<see cref="WebClock"/>); the system clock unless a test brings its own.</summary>
    public TimeProvider? Time { get; init; }


    public static SpelServerFactory WithFreshData() => new(FreshDataFolder());

    public static string FreshDataFolder() => Path.Combine(Path.GetTempPath(), "spel-tests", Guid.NewGuid().ToString("n"));

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

        builder.ConfigureTestServices(services =>
        {
            if (RemoteAddress is { } address)
            {
                services.AddSingleton<IStartupFilter>(new FromAddress(address));
            }

            if (Time is { } time)
            {
                services.AddKeyedSingleton(WebClock.Key, time);
            }

            AddServices?.Invoke(services);
        });
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

    /// <summary>Services a test adds to the server (a grain call filter, say).</summary>
    public Action<IServiceCollection>? AddServices { get; init; }

    /// <summary>Sent with every session this factory creates, for servers that ask for one.</summary>
    public string? FacilitatorCode { get; init; }

    public async Task<SessionCreated> CreateSessionAsync(string deckId = "wie-heeft-de-regie", SessionSettings? settings = null)
    {
        var http = CreateClient();
        if (FacilitatorCode is { } code)
        {
            http.DefaultRequestHeaders.Add(SessionApi.FacilitatorCodeHeader, code);
        }

        var response = await http.PostAsJsonAsync(SessionApi.Sessions, new CreateSessionRequest(deckId, settings));
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

    /// <summary>Gives every request a remote address before the server's own middleware sees it, as a network would.</summary>
    private sealed class FromAddress(IPAddress address) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress = address;
                return nextMiddleware(context);
            });
            next(app);
        };
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
