using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Components;
using Spel.Scenarios.Play;

namespace Spel.Client.Realtime;

/// <summary>The server's HTTP endpoints: decks, who may start a session, creating and deleting one, the address tablets can reach.</summary>
public sealed class SpelApi : IDisposable
{
    private readonly ServerHttp _server;

    public SpelApi(NavigationManager navigation)
        : this(navigation, handler: null)
    {
    }

    /// <summary>Tests answer the requests themselves instead of a server.</summary>
    internal SpelApi(NavigationManager navigation, HttpMessageHandler? handler) => _server = new ServerHttp(navigation, handler);

    private HttpClient Http => _server.Client;

    public async Task<IReadOnlyList<DeckSummary>> GetDecksAsync() =>
        await Http.GetFromJsonAsync<DeckSummary[]>("api/decks") ?? [];

    /// <summary>Whether this server asks for a facilitator code, and whether this browser may start a session at all.</summary>
    public async Task<CreationPolicy> GetCreationPolicyAsync() =>
        await Http.GetFromJsonAsync<CreationPolicy>(Relative(SessionApi.Policy))
            ?? throw new HttpRequestException("The server sent no creation policy.");

    /// <summary>Opens a session; <paramref name="facilitatorCode"/> goes along only when the server asks for one.</summary>
    public async Task<Reply<SessionCreated>> CreateSessionAsync(CreateSessionRequest request, string? facilitatorCode = null)
    {
        using var message = new HttpRequestMessage(HttpMethod.Post, Relative(SessionApi.Sessions)) { Content = JsonContent.Create(request) };
        if (facilitatorCode?.Trim() is { Length: > 0 } given)
        {
            // A header carries printable ASCII only; anything else cannot be a code the server gave out.
            if (!given.All(c => c is >= ' ' and <= '~'))
            {
                return Reply<SessionCreated>.Refused(ErrorCode.WrongFacilitatorCode);
            }

            message.Headers.Add(SessionApi.FacilitatorCodeHeader, given);
        }

        using var response = await Http.SendAsync(message);
        if (await RefusalAsync(response, ErrorCode.DeckNotFound) is { } refused)
        {
            return Reply<SessionCreated>.Refused(refused);
        }

        var created = await response.Content.ReadFromJsonAsync<SessionCreated>()
            ?? throw new InvalidOperationException("The server created a session but sent no body.");
        return Reply<SessionCreated>.Ok(created);
    }

    /// <summary>Deletes the session and every answer in it, for good; the host key travels in a header, never in the address.</summary>
    public async Task<Reply> DeleteSessionAsync(string code, string hostKey)
    {
        using var message = new HttpRequestMessage(HttpMethod.Delete, Relative(SessionApi.Session(Uri.EscapeDataString(code))));
        message.Headers.Add(SessionApi.HostKeyHeader, hostKey);
        using var response = await Http.SendAsync(message);
        return await RefusalAsync(response, ErrorCode.SessionNotFound) is { } refused ? Reply.Refused(refused) : Reply.Ok;
    }

    /// <summary>The join address as tablets in the hall can reach it (the server knows its LAN address, the browser may not).</summary>
    public async Task<string?> GetJoinUrlAsync(string code)
    {
        var link = await Http.GetFromJsonAsync<JoinLink>($"api/sessions/{Uri.EscapeDataString(code)}/join-link");
        return link?.Url;
    }

    public static string QrPath(string code) => $"api/sessions/{Uri.EscapeDataString(code)}/qr.svg";

    public void Dispose() => _server.Dispose();

    /// <summary>The game's paths start at the site root; relative to the base address they also work under a path base.</summary>
    private static string Relative(string path) => path.TrimStart('/');

    /// <summary>
    /// Null when the server did what was asked. Otherwise the <see cref="ErrorCode"/> its problem details name, whatever
    /// the status (403, 413 and 429 carry one as well as 400 and 404); a 404 without one is <paramref name="notFound"/>.
    /// Any other failure is not the game's refusal and is thrown as <see cref="HttpRequestException"/>.
    /// </summary>
    private static async Task<ErrorCode?> RefusalAsync(HttpResponseMessage response, ErrorCode notFound)
    {
        if (response.IsSuccessStatusCode)
        {
            return null;
        }

        if (await ProblemCodeAsync(response) is { } code)
        {
            return code;
        }

        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return notFound;
        }

        response.EnsureSuccessStatusCode();
        return null;
    }

    private static async Task<ErrorCode?> ProblemCodeAsync(HttpResponseMessage response)
    {
        try
        {
            var problem = await response.Content.ReadFromJsonAsync<Problem>();
            return Enum.TryParse<ErrorCode>(problem?.Code, out var code) && Enum.IsDefined(code) ? code : null;
        }
        catch (Exception e) when (e is JsonException or NotSupportedException)
        {
            // Not problem details (a proxy's error page, say).
            return null;
        }
    }

    private sealed record JoinLink(string Url);

    private sealed record Problem(string? Code);
}
