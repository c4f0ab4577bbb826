using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Components;
using Spel.Scenarios.Play;

namespace Spel.Client.Realtime;

/// <summary>The server's HTTP endpoints: decks, creating a session, the address tablets can reach.</summary>
public sealed class SpelApi : IDisposable
{
    private readonly NavigationManager _navigation;
    private readonly HttpMessageHandler? _handler;
    private HttpClient? _http;

    public SpelApi(NavigationManager navigation)
        : this(navigation, handler: null)
    {
    }

    /// <summary>Tests answer the requests themselves instead of a server.</summary>
    internal SpelApi(NavigationManager navigation, HttpMessageHandler? handler)
    {
        _navigation = navigation;
        _handler = handler;
    }

    // Built on first use because the base address is only known once the page has a URL.
    private HttpClient Http => _http ??= new HttpClient(_handler ?? new HttpClientHandler(), disposeHandler: _handler is null)
    {
        BaseAddress = new Uri(_navigation.BaseUri),
    };

    public async Task<IReadOnlyList<DeckSummary>> GetDecksAsync() =>
        await Http.GetFromJsonAsync<DeckSummary[]>("api/decks") ?? [];

    public async Task<Reply<SessionCreated>> CreateSessionAsync(CreateSessionRequest request)
    {
        using var response = await Http.PostAsJsonAsync("api/sessions", request);
        if (await RefusalAsync(response) is { } refused)
        {
            return Reply<SessionCreated>.Refused(refused);
        }

        response.EnsureSuccessStatusCode();
        var created = await response.Content.ReadFromJsonAsync<SessionCreated>()
            ?? throw new InvalidOperationException("The server created a session but sent no body.");
        return Reply<SessionCreated>.Ok(created);
    }

    /// <summary>The join address as tablets in the hall can reach it (the server knows its LAN address, the browser may not).</summary>
    public async Task<string?> GetJoinUrlAsync(string code)
    {
        var link = await Http.GetFromJsonAsync<JoinLink>($"api/sessions/{Uri.EscapeDataString(code)}/join-link");
        return link?.Url;
    }

    public static string QrPath(string code) => $"api/sessions/{Uri.EscapeDataString(code)}/qr.svg";

    public void Dispose() => _http?.Dispose();

    /// <summary>The server's refusal: its problem details name the <see cref="ErrorCode"/> beside the English text.</summary>
    private static async Task<ErrorCode?> RefusalAsync(HttpResponseMessage response)
    {
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return ErrorCode.DeckNotFound;
        }

        if (response.StatusCode != HttpStatusCode.BadRequest)
        {
            return null;
        }

        try
        {
            var problem = await response.Content.ReadFromJsonAsync<Problem>();
            return Enum.TryParse<ErrorCode>(problem?.Code, out var code) ? code : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private sealed record JoinLink(string Url);

    private sealed record Problem(string? Code);
}
