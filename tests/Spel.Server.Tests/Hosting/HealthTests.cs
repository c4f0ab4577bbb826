using System.Net;
using Microsoft.AspNetCore.TestHost;
using Orleans.Runtime;
using Spel.Server.Hosting;
using Spel.Server.Storage;
using Spel.Server.Tests.Support;

namespace Spel.Server.Tests.Hosting;

/// <summary>What a load balancer sees on /health/live and /health/ready.</summary>
public sealed class HealthTests : IAsyncLifetime
{
    private readonly TestServers _servers = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _servers.DisposeAsync();

    [Fact]
    public async Task A_running_server_is_live_and_ready_with_its_silo_and_storage_healthy()
    {
        var server = _servers.Start();
        var http = server.CreateClient();

        var live = await HealthAsync(http, HealthEndpoints.Live);
        var ready = await HealthAsync(http, HealthEndpoints.Ready);

        Assert.Equal((HttpStatusCode.OK, "Healthy"), (live.Code, live.Body.Status));
        Assert.Empty(live.Body.Checks);
        Assert.Equal((HttpStatusCode.OK, "Healthy"), (ready.Code, ready.Body.Status));
        Assert.Equal(new Dictionary<string, string> { ["silo"] = "Healthy", ["storage"] = "Healthy" }, ready.Body.Checks);
    }

    [Fact]
    public async Task In_a_Redis_cluster_ready_reads_through_Redis()
    {
        await TestRedis.EnsureReachableAsync();
        var server = _servers.Start(settings: new()
        {
            ["Spel:Cluster"] = "Redis",
            ["Spel:Redis"] = TestRedis.Address,
            ["Spel:ClusterId"] = "health-" + Guid.NewGuid().ToString("n"),
        });

        var ready = await HealthAsync(server.CreateClient(), HealthEndpoints.Ready);

        Assert.Equal((HttpStatusCode.OK, "Healthy"), (ready.Code, ready.Body.Checks["storage"]));
    }

    [Fact]
    public async Task Ready_turns_503_when_the_storage_fails_and_tells_no_more_than_which_check()
    {
        var server = _servers.Start().WithWebHostBuilder(web =>
            web.ConfigureTestServices(services => services.AddSingleton<IGrainStateProbe>(new FailingProbe())));
        var http = server.CreateClient();

        var live = await HealthAsync(http, HealthEndpoints.Live);
        var ready = await HealthAsync(http, HealthEndpoints.Ready);

        Assert.Equal(HttpStatusCode.OK, live.Code);
        Assert.Equal((HttpStatusCode.ServiceUnavailable, "Unhealthy"), (ready.Code, ready.Body.Status));
        Assert.Equal(new Dictionary<string, string> { ["silo"] = "Healthy", ["storage"] = "Unhealthy" }, ready.Body.Checks);
        Assert.DoesNotContain(FailingProbe.Message, ready.Text);
        Assert.DoesNotContain(" at ", ready.Text);
    }

    [Fact]
    public async Task Ready_turns_503_once_the_silo_stops_while_the_process_still_answers_live()
    {
        var server = _servers.Start();
        var http = server.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await HealthAsync(http, HealthEndpoints.Ready)).Code);

        await server.Services.GetRequiredService<Silo>().StopAsync(CancellationToken.None);
        var live = await HealthAsync(http, HealthEndpoints.Live);
        var ready = await HealthAsync(http, HealthEndpoints.Ready);

        Assert.Equal(HttpStatusCode.OK, live.Code);
        Assert.Equal((HttpStatusCode.ServiceUnavailable, "Unhealthy"), (ready.Code, ready.Body.Checks["silo"]));
    }

    private static async Task<(HttpStatusCode Code, HealthEndpoints.HealthBody Body, string Text)> HealthAsync(HttpClient http, string path)
    {
        using var response = await http.GetAsync(path);
        var text = await response.Content.ReadAsStringAsync();
        var body = System.Text.Json.JsonSerializer.Deserialize<HealthEndpoints.HealthBody>(text, System.Text.Json.JsonSerializerOptions.Web)!;
        return (response.StatusCode, body, text);
    }

    /// <summary>Storage that fails as a broken disk or an unreachable Redis would, with details an operator must find in the log only.</summary>
    private sealed class FailingProbe : IGrainStateProbe
    {
        public const string Message = "disk I/O error in /var/lib/spel/spel.db (password=hunter2)";

        public Task<bool> HoldsStateAsync(string stateName, GrainId grainId, CancellationToken cancellationToken) =>
            Task.FromException<bool>(new IOException(Message));
    }
}
