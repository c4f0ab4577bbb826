using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Components;
using Spel.Scenarios.Play;

namespace Spel.Client.Realtime;

/// <summary>The server's HTTP endpoints: decks, creating a session, the address tablets can reach.</summary>
public sealed class SpelApi(NavigationManager navigation) : IDisposable
{
    private HttpClient? _http;

    // Built on first use because the base address is only known once the page has a URL.
    private HttpClient Http => _http ??= new HttpClient { BaseAddress = new Uri(navigation.BaseUri) };

    public async Task<IReadOnlyList<DeckSummary>> GetDecksAsync() =>
        await Http.GetFromJsonAsync<DeckSummary[]>("api/decks") ?? [];

    public async Task<Reply<SessionCreated>> CreateSessionAsync(string deckId)
    {
        using var response = await Http.PostAsJsonAsync("api/sessions", new CreateSessionRequest(deckId));
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return Reply<SessionCreated>.Refused(ErrorCode.DeckNotFound);
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

    private sealed record JoinLink(string Url);
}
