using Spel.Scenarios.Play;
using Spel.Server.Tests.Support;

namespace Spel.Server.Tests.Debrief;

/// <summary>One real web server for the export tests; each test plays its own session on it.</summary>
public sealed class DebriefServer : IAsyncLifetime
{
    private readonly SpelServerFactory _factory = SpelServerFactory.WithFreshData();

    public IGrainFactory Grains => _factory.Services.GetRequiredService<IGrainFactory>();

    public IServiceProvider Services => _factory.Services;

    public Task InitializeAsync()
    {
        // Boots the host (and its silo) now rather than in the first test.
        _ = _factory.Server;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await _factory.DisposeAsync();
        _factory.DeleteData();
    }

    /// <summary>Asks for one export the way the facilitator's page does; without a key the header is left out.</summary>
    public async Task<HttpResponseMessage> DownloadAsync(string code, string format, string? hostKey)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, DebriefDownloads.Path(code, format));
        if (hostKey is not null)
        {
            request.Headers.Add(DebriefDownloads.HostKeyHeader, hostKey);
        }

        return await SendAsync(request);
    }

    public Task<HttpResponseMessage> SendAsync(HttpRequestMessage request) => _factory.CreateClient().SendAsync(request);
}
