using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Spel.Server.Hosting;
using Spel.Server.Tests.Support;

namespace Spel.Server.Tests.Hosting;

/// <summary>What an operator (and anybody else) finds at the Orleans dashboard's address.</summary>
public sealed class AdminDashboardTests : IAsyncLifetime
{
    private const string Key = "admin-key-for-the-tests-0123456789";

    private readonly TestServers _servers = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _servers.DisposeAsync();

    [Fact]
    public async Task A_browser_that_gives_the_key_at_its_login_prompt_sees_the_dashboard_and_the_clusters_silo()
    {
        var server = _servers.Start(settings: new() { ["Spel:AdminKey"] = Key });
        await server.CreateSessionAsync();
        var http = server.CreateClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"beheer:{Key}")));

        var page = await http.GetAsync($"{AdminDashboard.Path}/");
        var stats = await http.GetAsync($"{AdminDashboard.Path}/ClusterStats");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("<html", await page.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, stats.StatusCode);
        Assert.Contains("\"siloAddress\"", await stats.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_key_also_works_in_its_header_for_a_script()
    {
        var http = _servers.Start(settings: new() { ["Spel:AdminKey"] = Key }).CreateClient();
        http.DefaultRequestHeaders.Add(AdminDashboard.KeyHeader, Key);

        var response = await http.GetAsync($"{AdminDashboard.Path}/version");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("admin-key-for-the-tests-wrong-guess")]
    public async Task Without_the_right_key_the_browser_is_asked_for_it_and_sees_nothing(string? sent)
    {
        var http = _servers.Start(settings: new() { ["Spel:AdminKey"] = Key }).CreateClient();
        if (sent is not null)
        {
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"beheer:{sent}")));
        }

        var page = await http.GetAsync($"{AdminDashboard.Path}/");
        var stats = await http.GetAsync($"{AdminDashboard.Path}/ClusterStats");

        Assert.Equal(HttpStatusCode.Unauthorized, page.StatusCode);
        Assert.StartsWith("Basic", page.Headers.WwwAuthenticate.ToString());
        Assert.Empty(await page.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, stats.StatusCode);
    }

    [Fact]
    public async Task Without_a_configured_key_there_is_no_dashboard()
    {
        var http = _servers.Start().CreateClient();
        http.DefaultRequestHeaders.Add(AdminDashboard.KeyHeader, Key);

        var response = await http.GetAsync($"{AdminDashboard.Path}/ClusterStats");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public void A_key_too_short_to_be_a_secret_stops_the_server()
    {
        var server = _servers.Start(settings: new() { ["Spel:AdminKey"] = "short" });

        var error = Assert.ThrowsAny<Exception>(() => server.CreateClient());

        Assert.Contains("Spel:AdminKey must be at least 22 characters", error.ToString());
    }
}
