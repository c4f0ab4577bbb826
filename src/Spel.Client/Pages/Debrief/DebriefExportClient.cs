using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Components;
using Spel.Client.Realtime;
using Spel.Scenarios.Play;

namespace Spel.Client.Pages.Debrief;

/// <summary>A downloaded export, ready to hand to the browser.</summary>
public sealed record ExportFile(string FileName, string ContentType, byte[] Content)
{
    /// <summary>The file in a successful response, named as the server names it (<paramref name="fallbackName"/> when it does not).</summary>
    public static async Task<ExportFile> ReadAsync(HttpResponseMessage response, string fallbackName, string fallbackType = "application/octet-stream")
    {
        var headers = response.Content.Headers;
        return new ExportFile(
            headers.ContentDisposition?.FileNameStar ?? headers.ContentDisposition?.FileName?.Trim('"') ?? fallbackName,
            headers.ContentType?.ToString() ?? fallbackType,
            await response.Content.ReadAsByteArrayAsync());
    }
}

/// <summary>
/// Fetches the debrief's exports with the host key in a header (a link cannot send one, and the key must never
/// be in an address). The app uses the browser's fetch; tests pass their own handler.
/// </summary>
public sealed class DebriefExportClient : IDisposable
{
    private readonly ServerHttp _server;

    public DebriefExportClient(NavigationManager navigation)
        : this(navigation, handler: null)
    {
    }

    internal DebriefExportClient(NavigationManager navigation, HttpMessageHandler? handler) => _server = new ServerHttp(navigation, handler);

    private HttpClient Http => _server.Client;

    public async Task<Reply<ExportFile>> DownloadAsync(string code, string hostKey, string format)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, DebriefDownloads.Path(code, format).TrimStart('/'));
        request.Headers.Add(DebriefDownloads.HostKeyHeader, hostKey);
        using var response = await Http.SendAsync(request);
        if (!response.IsSuccessStatusCode)
        {
            return Reply<ExportFile>.Refused(await RefusalAsync(response));
        }

        return Reply<ExportFile>.Ok(await ExportFile.ReadAsync(response, $"debrief-{code}.{format}"));
    }

    public void Dispose() => _server.Dispose();

    /// <summary>The game's reason from the problem details, or the one the status stands for.</summary>
    private static async Task<ErrorCode> RefusalAsync(HttpResponseMessage response)
    {
        try
        {
            var problem = await response.Content.ReadFromJsonAsync<Problem>();
            if (Enum.TryParse<ErrorCode>(problem?.Code, out var code))
            {
                return code;
            }
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or NotSupportedException)
        {
            // Not problem details (a proxy's error page, say): the status still says enough.
        }

        return response.StatusCode switch
        {
            HttpStatusCode.Forbidden => ErrorCode.WrongHostKey,
            HttpStatusCode.NotFound => ErrorCode.SessionNotFound,
            HttpStatusCode.Conflict => ErrorCode.WrongPhase,
            _ => throw new HttpRequestException($"The debrief download failed with {(int)response.StatusCode}.", null, response.StatusCode),
        };
    }

    private sealed record Problem(string? Code);
}
