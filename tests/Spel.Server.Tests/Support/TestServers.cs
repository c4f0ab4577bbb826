using System.Net;
using Microsoft.AspNetCore.SignalR.Client;

namespace Spel.Server.Tests.Support;

/// <summary>The servers and hub connections one test starts, each server on its own data; all gone with the test.</summary>
public sealed class TestServers : IAsyncDisposable
{
    private readonly List<SpelServerFactory> _servers = [];
    private readonly List<HubConnection> _connections = [];

    /// <param name="remote">The address every request seems to come from; none means this machine.</param>
    /// <param name="settings">Server settings; a <c>Spel:FacilitatorCodes:0</c> is also sent when creating sessions.</param>
    /// <param name="time">The clock of the server's limits, sweeps and push windows.</param>
    /// <param name="addServices">Services the test adds to the server.</param>
    public SpelServerFactory Start(
        IPAddress? remote = null,
        Dictionary<string, string>? settings = null,
        TimeProvider? time = null,
        Action<IServiceCollection>? addServices = null)
    {
        var server = new SpelServerFactory(SpelServerFactory.FreshDataFolder(), settings)
        {
            RemoteAddress = remote,
            Time = time,
            FacilitatorCode = settings?.GetValueOrDefault("Spel:FacilitatorCodes:0"),
            AddServices = addServices,
        };
        _servers.Add(server);
        return server;
    }

    public async Task<HubConnection> ConnectAsync(SpelServerFactory server)
    {
        var connection = server.Connect();
        _connections.Add(connection);
        await connection.StartAsync();
        return connection;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var connection in _connections)
        {
            await connection.DisposeAsync();
        }

        foreach (var server in _servers)
        {
            await server.DisposeAsync();
            server.DeleteData();
        }
    }
}
