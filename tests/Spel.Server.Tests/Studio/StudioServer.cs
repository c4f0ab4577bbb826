using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Time.Testing;
using Spel.Scenarios.Decks;
using Spel.Scenarios.Studio;
using Spel.Server.Studio;
using Spel.Server.Tests.Support;

namespace Spel.Server.Tests.Studio;

/// <summary>One real web server with a configured trainer key and a clock that stands still; each test uses decks of its own.</summary>
public sealed class StudioServer : IAsyncLifetime
{
    public const string Key = "trainer-sleutel-van-de-test-1234";

    public static readonly DateTimeOffset Now = new(2026, 12, 1, 20, 0, 0, TimeSpan.Zero);

    public FakeTimeProvider Time { get; } = new(Now);

    public SpelServerFactory Factory { get; }

    public StudioServer() =>
        Factory = new SpelServerFactory(SpelServerFactory.FreshDataFolder(), new Dictionary<string, string> { ["Spel:TrainerKey"] = Key }) { Time = Time };

    public Task InitializeAsync()
    {
        _ = Factory.Server;
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        Factory.DeleteData();
    }

    /// <summary>A client that sends the trainer key with every request.</summary>
    public HttpClient Trainer()
    {
        var http = Factory.CreateClient();
        http.DefaultRequestHeaders.Add(StudioApi.KeyHeader, Key);
        return http;
    }

    /// <summary>A small playable deck with an id of the test's own.</summary>
    public static Deck Deck(string id) => TestDecks.WithCards(2) with { Id = id };

    public static StringContent Json<T>(T value) => new(JsonSerializer.Serialize(value, StudioJson.Options), Encoding.UTF8, "application/json");

    public static async Task<T> Read<T>(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<T>(StudioJson.Options))!;

    public static async Task<HttpResponseMessage> Put(HttpClient http, Deck deck, string ifMatch)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, StudioApi.Deck(deck.Id)) { Content = Json(deck) };
        request.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"{ifMatch}\""));
        return await http.SendAsync(request);
    }

    /// <summary>The <c>code</c> extension of a refusal's problem details.</summary>
    public static async Task<string?> CodeOf(HttpResponseMessage response)
    {
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return body.RootElement.TryGetProperty("code", out var code) ? code.GetString() : null;
    }
}
