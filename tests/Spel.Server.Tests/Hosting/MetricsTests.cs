using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.SignalR.Client;
using Spel.Scenarios.Play;
using Spel.Server.Hosting;
using Spel.Server.Tests.Support;

namespace Spel.Server.Tests.Hosting;

/// <summary>
/// What a Prometheus scraper sees on /metrics. Alone in its collection: a meter listener hears every meter of its
/// name in the process, so another test's server connecting screens at the same time would move these numbers.
/// </summary>
[Collection(Name)]
public sealed class MetricsTests : IAsyncLifetime
{
    public const string Name = "metrics";

    private const string Key = "metrics-key-for-the-tests-0123456789";

    private readonly TestServers _servers = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _servers.DisposeAsync();

    [Fact]
    public async Task With_the_key_a_scrape_shows_saved_changes_connected_screens_and_the_web_servers_own_metrics()
    {
        var server = _servers.Start(settings: new() { ["Spel:MetricsKey"] = Key });
        var session = await server.CreateSessionAsync();
        var tablet = await _servers.ConnectAsync(server);
        var info = (await tablet.InvokeAsync<Reply<JoinInfo>>(GameHubContract.GetJoinInfo, session.Code)).Value!;
        var role = info.Roles[0];
        var joined = await tablet.InvokeAsync<Reply<SeatTicket>>(GameHubContract.Join, session.Code, new JoinRequest("Anna", role.Side, role.Id));
        Assert.NotNull(joined.Value);

        var http = server.CreateClient();
        http.DefaultRequestHeaders.Add(Telemetry.MetricsKeyHeader, Key);
        var response = await http.GetAsync(Telemetry.MetricsPath);
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/plain", response.Content.Headers.ContentType?.MediaType);
        // The creation, the join, and the console hearing that Anna's tablet is connected (issue 10, seats).
        Assert.Equal(3, Value(text, "spel_changes_saved_total"));
        Assert.True(Value(text, "spel_storage_write_duration_milliseconds_count") >= 2);
        Assert.Equal(1, Value(text, "spel_screens_connected"));
        Assert.Equal(1, Value(text, "spel_sessions_active"));
        Assert.Equal(1, Value(text, "signalr_server_active_connections"));
        Assert.Contains("http_server_request_duration_seconds_bucket", text);
        Assert.Contains("orleans_", text);
        Assert.DoesNotContain(session.Code, text);
        Assert.DoesNotContain("Anna", text);
    }

    [Fact]
    public async Task The_key_also_works_as_a_bearer_token_and_the_runtime_metrics_are_there()
    {
        var http = _servers.Start(settings: new() { ["Spel:MetricsKey"] = Key }).CreateClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Key);

        var response = await http.GetAsync(Telemetry.MetricsPath);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("dotnet_process_cpu_count", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("metrics-key-for-the-tests-wrong-guess")]
    public async Task Without_the_right_key_a_scrape_is_refused_with_401_and_shows_nothing(string? sent)
    {
        var http = _servers.Start(settings: new() { ["Spel:MetricsKey"] = Key }).CreateClient();
        if (sent is not null)
        {
            http.DefaultRequestHeaders.Add(Telemetry.MetricsKeyHeader, sent);
        }

        var response = await http.GetAsync(Telemetry.MetricsPath);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Without_a_configured_key_there_is_no_metrics_endpoint()
    {
        var http = _servers.Start().CreateClient();
        http.DefaultRequestHeaders.Add(Telemetry.MetricsKeyHeader, Key);

        var response = await http.GetAsync(Telemetry.MetricsPath);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public void A_key_too_short_to_be_a_secret_stops_the_server()
    {
        var server = _servers.Start(settings: new() { ["Spel:MetricsKey"] = "short" });

        var error = Assert.ThrowsAny<Exception>(() => server.CreateClient());

        Assert.Contains("Spel:MetricsKey must be at least 22 characters", error.ToString());
        Assert.DoesNotContain("short\"", error.ToString());
    }

    /// <summary>The value of a sample such as <c>spel_screens_connected{otel_scope_name="Spel.Server"} 1 1712...</c>.</summary>
    private static double Value(string scrape, string metric)
    {
        var sample = Regex.Match(scrape, $@"^{metric}(\{{[^}}]*\}})? (\S+)", RegexOptions.Multiline);
        Assert.True(sample.Success, $"{metric} is not in the scrape:\n{scrape}");
        return double.Parse(sample.Groups[2].Value, CultureInfo.InvariantCulture);
    }
}

[CollectionDefinition(MetricsTests.Name, DisableParallelization = true)]
public sealed class MetricsCollection
{
}
