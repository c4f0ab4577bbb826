using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Components;
using Spel.Client.Pages.Debrief;
using Spel.Client.Realtime;
using Spel.Scenarios.Decks;
using Spel.Scenarios.Play;
using Spel.Scenarios.Studio;

namespace Spel.Client.Pages.Studio;

/// <summary>What an upload came to: the saved deck, or the problems that kept the file from being read.</summary>
public sealed record UploadReply(StudioUploaded? Uploaded, IReadOnlyList<StudioProblem> Problems, ErrorCode? Error);

/// <summary>
/// The deck studio's HTTP endpoints (<see cref="StudioApi"/>) with the trainer key in a header on every request:
/// a link cannot send one, and the key must never be in an address. Refusals come back as <see cref="ErrorCode"/>s;
/// anything else that fails is an <see cref="HttpRequestException"/>. <paramref name="handler"/> is for tests, which
/// answer the requests themselves; the app uses the browser's fetch.
/// </summary>
public sealed class StudioClient(NavigationManager navigation, HttpMessageHandler? handler = null) : IDisposable
{
    /// <summary>The wire's JSON: ASP.NET Core's web defaults with enums as strings, as the server writes it.</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private readonly ServerHttp _server = new(navigation, handler);

    /// <summary>The trainer key sent with every request; set once <see cref="CheckKeyAsync"/> took it.</summary>
    public string? Key { get; set; }

    private HttpClient Http => _server.Client;

    /// <summary>Null when the server takes <paramref name="key"/>; then it is used from here on.</summary>
    public async Task<ErrorCode?> CheckKeyAsync(string key)
    {
        if (!key.All(c => c is > ' ' and <= '~'))
        {
            // A header carries printable ASCII only; anything else cannot be a key the server made.
            return ErrorCode.WrongTrainerKey;
        }

        using var request = Request(HttpMethod.Get, StudioApi.Key, key: key);
        using var response = await Http.SendAsync(request);
        var refused = await RefusalAsync(response, notFound: ErrorCode.StudioOff);
        if (refused is null)
        {
            Key = key;
        }

        return refused;
    }

    public Task<Reply<StudioDeckEntry[]>> DecksAsync() => GetAsync<StudioDeckEntry[]>(StudioApi.Decks);

    public Task<Reply<StudioDeck>> OpenAsync(string id) => GetAsync<StudioDeck>(StudioApi.Deck(id));

    public Task<Reply<StudioVersion[]>> VersionsAsync(string id) => GetAsync<StudioVersion[]>(StudioApi.Versions(id));

    /// <summary>Saves <paramref name="deck"/> as a new version of the one it was opened at (<paramref name="basedOn"/>, 0 for a new deck).</summary>
    public Task<Reply<StudioSaved>> SaveAsync(Deck deck, int basedOn) =>
        SendAsync<StudioSaved>(HttpMethod.Put, StudioApi.Deck(deck.Id), JsonContent.Create(deck, options: Json), basedOn);

    public Task<Reply<StudioSaved>> DuplicateAsync(string id) =>
        SendAsync<StudioSaved>(HttpMethod.Post, StudioApi.Duplicate(id), content: null, basedOn: null);

    public Task<Reply<StudioSaved>> RestoreAsync(string id, int version, int basedOn) =>
        SendAsync<StudioSaved>(HttpMethod.Post, StudioApi.Restore(id, version), content: null, basedOn);

    /// <summary>What the validator says about the draft; nothing is saved.</summary>
    public Task<Reply<StudioCheck>> CheckAsync(Deck deck) =>
        SendAsync<StudioCheck>(HttpMethod.Post, StudioApi.Check, JsonContent.Create(deck, options: Json), basedOn: null);

    public Task<Reply<StudioCsvImport>> ImportCsvAsync(string csv) =>
        SendAsync<StudioCsvImport>(HttpMethod.Post, StudioApi.ImportCsv, new StringContent(csv, Encoding.UTF8, "text/csv"), basedOn: null);

    /// <summary>A deck file's text: saved as a new own deck when it can be read, otherwise every problem in it.</summary>
    public async Task<UploadReply> UploadAsync(string yaml)
    {
        using var request = Request(HttpMethod.Post, StudioApi.Upload);
        request.Content = new StringContent(yaml, Encoding.UTF8, "text/yaml");
        using var response = await Http.SendAsync(request);
        if (response.StatusCode == HttpStatusCode.UnprocessableEntity)
        {
            var check = await response.Content.ReadFromJsonAsync<StudioCheck>(Json);
            return new UploadReply(null, check?.Problems ?? [], ErrorCode.DeckUnreadable);
        }

        if (await RefusalAsync(response, ErrorCode.DeckNotFound) is { } refused)
        {
            return new UploadReply(null, [], refused);
        }

        return new UploadReply(await BodyAsync<StudioUploaded>(response), [], null);
    }

    /// <summary>The deck as the <c>.yaml</c> file the server writes, named as it names it.</summary>
    public async Task<Reply<ExportFile>> YamlAsync(string id)
    {
        using var request = Request(HttpMethod.Get, StudioApi.Yaml(id));
        using var response = await Http.SendAsync(request);
        if (await RefusalAsync(response, ErrorCode.DeckNotFound) is { } refused)
        {
            return Reply<ExportFile>.Refused(refused);
        }

        return Reply<ExportFile>.Ok(await ExportFile.ReadAsync(response, $"{id}.yaml", "text/yaml"));
    }

    public void Dispose() => _server.Dispose();

    private async Task<Reply<T>> GetAsync<T>(string path)
    {
        using var request = Request(HttpMethod.Get, path);
        using var response = await Http.SendAsync(request);
        return await ReplyAsync<T>(response);
    }

    private async Task<Reply<T>> SendAsync<T>(HttpMethod method, string path, HttpContent? content, int? basedOn)
    {
        using var request = Request(method, path);
        request.Content = content;
        if (basedOn is { } version)
        {
            request.Headers.IfMatch.Add(new EntityTagHeaderValue($"\"{version}\""));
        }

        using var response = await Http.SendAsync(request);
        return await ReplyAsync<T>(response);
    }

    private static async Task<Reply<T>> ReplyAsync<T>(HttpResponseMessage response) =>
        await RefusalAsync(response, ErrorCode.DeckNotFound) is { } refused
            ? Reply<T>.Refused(refused)
            : Reply<T>.Ok(await BodyAsync<T>(response));

    private static async Task<T> BodyAsync<T>(HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<T>(Json)
            ?? throw new HttpRequestException($"The studio answered {(int)response.StatusCode} without a body.");

    /// <summary>The game's paths start at the site root; relative to the base address they also work under a path base.</summary>
    private HttpRequestMessage Request(HttpMethod method, string path, string? key = null)
    {
        var request = new HttpRequestMessage(method, path.TrimStart('/'));
        if ((key ?? Key) is { } trainerKey)
        {
            request.Headers.Add(StudioApi.KeyHeader, trainerKey);
        }

        return request;
    }

    /// <summary>
    /// Null when the server did what was asked; otherwise the code its problem details name, or the one the status
    /// stands for (401 a wrong key, 409 a newer version, 403 a read-only deck, 404 <paramref name="notFound"/>).
    /// </summary>
    private static async Task<ErrorCode?> RefusalAsync(HttpResponseMessage response, ErrorCode notFound)
    {
        if (response.IsSuccessStatusCode)
        {
            return null;
        }

        try
        {
            var problem = await response.Content.ReadFromJsonAsync<Problem>(Json);
            if (Enum.TryParse<ErrorCode>(problem?.Code, out var code) && Enum.IsDefined(code))
            {
                return code;
            }
        }
        catch (Exception e) when (e is JsonException or NotSupportedException)
        {
            // Not problem details (a proxy's error page, say): the status still says enough.
        }

        return response.StatusCode switch
        {
            HttpStatusCode.Unauthorized => ErrorCode.WrongTrainerKey,
            HttpStatusCode.Conflict or HttpStatusCode.PreconditionFailed => ErrorCode.DeckChanged,
            HttpStatusCode.Forbidden => ErrorCode.DeckReadOnly,
            HttpStatusCode.NotFound => notFound,
            HttpStatusCode.TooManyRequests => ErrorCode.TooManyAttempts,
            _ => throw new HttpRequestException($"The studio answered {(int)response.StatusCode}.", null, response.StatusCode),
        };
    }

    private sealed record Problem(string? Code);
}
