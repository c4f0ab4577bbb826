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
/// Fetches the debrief's exports and the tally file, and sends tally files, with the host key in a header (a link
/// cannot send one, and the key must never be in an address). The app uses the browser's fetch; tests pass their own handler.
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

    public Task<Reply<ExportFile>> DownloadAsync(string code, string hostKey, string format) =>
        FileAsync(DebriefDownloads.Path(code, format), hostKey, $"debrief-{code}.{format}");

    /// <summary>The session's anonymous tally file ("zo kozen andere dorpen" to carry to another laptop).</summary>
    public Task<Reply<ExportFile>> DownloadTallyAsync(string code, string hostKey) =>
        FileAsync(TallyFiles.Path(code), hostKey, "tally.json");

    /// <summary>Hands one tally file to the server, which merges it into its tallies or refuses it whole.</summary>
    public async Task<Reply<TallyImported>> ImportTallyAsync(string code, string hostKey, byte[] file)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, TallyFiles.Path(code).TrimStart('/')) { Content = new ByteArrayContent(file) };
        request.Content.Headers.ContentType = new("application/json");
        request.Headers.Add(TallyFiles.HostKeyHeader, hostKey);
        using var response = await Http.SendAsync(request);
        return response.IsSuccessStatusCode
            ? Reply<TallyImported>.Ok((await response.Content.ReadFromJsonAsync<TallyImported>())!)
            : Reply<TallyImported>.Refused(await RefusalAsync(response));
    }

    private async Task<Reply<ExportFile>> FileAsync(string path, string hostKey, string fallbackName)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path.TrimStart('/'));
        request.Headers.Add(DebriefDownloads.HostKeyHeader, hostKey);
        using var response = await Http.SendAsync(request);
        if (!response.IsSuccessStatusCode)
        {
            return Reply<ExportFile>.Refused(await RefusalAsync(response));
        }

        return Reply<ExportFile>.Ok(await ExportFile.ReadAsync(response, fallbackName));
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
            _ => throw new HttpRequestException($"The request failed with {(int)response.StatusCode}.", null, response.StatusCode),
        };
    }

    private sealed record Problem(string? Code);
}
