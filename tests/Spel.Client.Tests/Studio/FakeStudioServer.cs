using System.Net;
using System.Net.Http.Json;
using Spel.Client.Pages.Studio;
using Spel.Scenarios.Decks;
using Spel.Scenarios.Play;
using Spel.Scenarios.Studio;

namespace Spel.Client.Tests.Studio;

/// <summary>
/// The studio's endpoints (<see cref="StudioApi"/>) without a server: one right key, the decks it is given, and every
/// request it got, with the trainer key and If-Match it carried.
/// </summary>
internal sealed class FakeStudioServer : HttpMessageHandler
{
    public const string RightKey = "k3y-Of-The-Trainer-0123456789abcdef";

    public bool StudioOff { get; set; }

    public List<StudioDeckEntry> Entries { get; } = [];

    public Dictionary<string, StudioDeck> Decks { get; } = [];

    public List<(HttpMethod Method, string Path, string? Key, string? IfMatch, string? Body)> Requests { get; } = [];

    /// <summary>What POST check says about a deck; by default nothing.</summary>
    public Func<Deck, IReadOnlyList<StudioProblem>> Check { get; set; } = _ => [];

    /// <summary>What PUT answers; by default a new version one above the If-Match, with the check's problems.</summary>
    public Func<Deck, int, HttpResponseMessage>? SaveReply { get; set; }

    public Func<string, HttpResponseMessage> UploadReply { get; set; } = _ => new HttpResponseMessage(HttpStatusCode.InternalServerError);

    public List<Deck> Saved { get; } = [];

    /// <summary>What GET versions lists for any deck.</summary>
    public List<StudioVersion> Versions { get; } = [];

    /// <summary>What POST import-csv answers.</summary>
    public StudioCsvImport CsvImport { get; set; } = new([], []);

    public static HttpResponseMessage Json<T>(T value, HttpStatusCode status = HttpStatusCode.OK) =>
        new(status) { Content = JsonContent.Create(value, options: StudioClient.Json) };

    public static HttpResponseMessage Problem(ErrorCode code, HttpStatusCode status) => new(status)
    {
        Content = JsonContent.Create(new { title = status.ToString(), status = (int)status, detail = code.Describe(), code = code.ToString() }),
    };

    public IEnumerable<string> Paths(HttpMethod method) => Requests.Where(r => r.Method == method).Select(r => r.Path);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var path = Uri.UnescapeDataString(request.RequestUri!.AbsolutePath);
        var key = request.Headers.TryGetValues(StudioApi.KeyHeader, out var keys) ? keys.Single() : null;
        var ifMatch = request.Headers.IfMatch.SingleOrDefault()?.Tag.Trim('"');
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        Requests.Add((request.Method, path, key, ifMatch, body));
        if (StudioOff)
        {
            return Problem(ErrorCode.StudioOff, HttpStatusCode.NotFound);
        }

        if (key != RightKey)
        {
            return Problem(ErrorCode.WrongTrainerKey, HttpStatusCode.Unauthorized);
        }

        var deckPrefix = StudioApi.Decks + "/";
        switch (request.Method.Method)
        {
            case "GET" when path == StudioApi.Key:
                return new HttpResponseMessage(HttpStatusCode.NoContent);
            case "GET" when path == StudioApi.Decks:
                return Json(Entries);
            case "POST" when path == StudioApi.Check:
                return Json(new StudioCheck(Check(Read(body))));
            case "POST" when path == StudioApi.Upload:
                return UploadReply(body!);
            case "POST" when path == StudioApi.ImportCsv:
                return Json(CsvImport);
            case "GET" when path.EndsWith("/versions", StringComparison.Ordinal):
                return Json(Versions);
            case "POST" when path.EndsWith("/restore", StringComparison.Ordinal):
                var restoredId = path[deckPrefix.Length..path.IndexOf("/versions", StringComparison.Ordinal)];
                var newest = Decks[restoredId].Version + 1;
                Decks[restoredId] = Decks[restoredId] with { Version = newest };
                return Json(new StudioSaved(restoredId, newest, DateTimeOffset.UnixEpoch, []));
            case "POST" when path.EndsWith("/duplicate", StringComparison.Ordinal):
                var original = path[deckPrefix.Length..^"/duplicate".Length];
                return Json(new StudioSaved(original + "-kopie", 1, DateTimeOffset.UnixEpoch, []), HttpStatusCode.Created);
            case "GET" when path.StartsWith(deckPrefix, StringComparison.Ordinal) && Decks.TryGetValue(path[deckPrefix.Length..], out var deck):
                return Json(deck);
            case "PUT" when path.StartsWith(deckPrefix, StringComparison.Ordinal):
                var saved = Read(body);
                var basedOn = int.Parse(ifMatch!, System.Globalization.CultureInfo.InvariantCulture);
                if (SaveReply is { } reply)
                {
                    return reply(saved, basedOn);
                }

                Saved.Add(saved);
                return Json(new StudioSaved(saved.Id, basedOn + 1, DateTimeOffset.UnixEpoch, Check(saved)));
            default:
                return new HttpResponseMessage(HttpStatusCode.NotFound);
        }
    }

    private static Deck Read(string? body) =>
        System.Text.Json.JsonSerializer.Deserialize<Deck>(body!, StudioClient.Json) ?? throw new InvalidOperationException("No deck in the body.");
}
