using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Net.Http.Headers;
using Spel.Scenarios.Decks;
using Spel.Scenarios.Play;
using Spel.Scenarios.Studio;
using Spel.Server.Access;
using Spel.Server.Decks;
using Spel.Server.Hosting;

namespace Spel.Server.Studio;

/// <summary>
/// The deck studio's HTTP side (<see cref="StudioApi"/>). Every endpoint checks the trainer key before it reads
/// anything; a wrong key counts as a guess for the caller's address, like a wrong host key. Bodies are read here,
/// never past <see cref="StudioApi.MaxRequestBytes"/>, so a stranger's or an oversized body is never parsed.
/// </summary>
public static class StudioEndpoints
{
    private const string YamlType = "text/yaml; charset=utf-8";

    public static IEndpointRouteBuilder MapStudioEndpoints(this IEndpointRouteBuilder app)
    {
        var studio = app.MapGroup("").AddEndpointFilter(RequireKey);
        studio.MapGet(StudioApi.Key, () => Results.NoContent());
        studio.MapGet(StudioApi.Decks, async (DeckCatalog decks) => Results.Json(await decks.StudioEntriesAsync(), StudioJson.Options));
        // The contract's paths escape the id they are given, so the templates are spelled out from the same roots.
        const string deck = StudioApi.Decks + "/{id}";
        studio.MapGet(deck, GetDeck);
        studio.MapPut(deck, PutDeck);
        studio.MapPost(deck + "/duplicate", Duplicate);
        studio.MapGet(deck + "/versions", Versions);
        studio.MapPost(deck + "/versions/{version:int}/restore", Restore);
        studio.MapGet(deck + "/yaml", Yaml);
        studio.MapPost(StudioApi.Check, (Delegate)Check);
        studio.MapPost(StudioApi.Upload, Upload);
        studio.MapPost(StudioApi.ImportCsv, (Delegate)ImportCsv);
        return app;
    }

    private static async ValueTask<object?> RequireKey(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var key = http.RequestServices.GetRequiredService<TrainerKey>();
        if (!key.IsOn)
        {
            return ErrorProblems.For(ErrorCode.StudioOff);
        }

        var door = http.RequestServices.GetRequiredService<SessionDoor>();
        var address = ClientAddress.Of(http);
        if (door.IsStopped(address))
        {
            return ErrorProblems.For(ErrorCode.TooManyAttempts);
        }

        if (!key.Matches(OperatorKey.Sent(http.Request, StudioApi.KeyHeader)))
        {
            door.Missed(address);
            return ErrorProblems.For(ErrorCode.WrongTrainerKey);
        }

        return await next(context);
    }

    private static async Task<IResult> GetDeck(string id, DeckCatalog decks, IGrainFactory grains, HttpContext http)
    {
        if (decks.Files.Find(id) is { } fileDeck)
        {
            return WithVersion(http, 0, Results.Json(new StudioDeck(fileDeck, StudioDeckKind.Shipped, 0, []), StudioJson.Options));
        }

        if (await grains.NewestDraftAsync(id) is not { } draft)
        {
            return ErrorProblems.For(ErrorCode.DeckNotFound);
        }

        var opened = new StudioDeck(draft.Deck, StudioDeckKind.Own, draft.Version, StudioProblems.Wire(draft.Problems));
        return WithVersion(http, draft.Version, Results.Json(opened, StudioJson.Options));
    }

    private static async Task<IResult> PutDeck(string id, DeckCatalog decks, IGrainFactory grains, HttpContext http, [FromKeyedServices(WebClock.Key)] TimeProvider time)
    {
        if (BasedOn(http) is not { } basedOn)
        {
            return ErrorProblems.For(ErrorCode.DeckChanged, StatusCodes.Status428PreconditionRequired);
        }

        var (body, tooLarge) = await RequestBody.ReadAsync(http, StudioApi.MaxRequestBytes);
        if (Refusal(body, tooLarge) is { } refused)
        {
            return refused;
        }

        if (ParseDeck(body!) is not { } deck || deck.Id != id)
        {
            return ErrorProblems.For(ErrorCode.DeckUnreadable);
        }

        return await SaveAsync(decks, grains, http, deck, basedOn, time, saved => Results.Json(saved, StudioJson.Options));
    }

    private static async Task<IResult> Duplicate(string id, DeckCatalog decks, IGrainFactory grains, HttpContext http, [FromKeyedServices(WebClock.Key)] TimeProvider time)
    {
        var original = decks.Files.Find(id) ?? (await grains.NewestDraftAsync(id))?.Deck;
        if (original is null)
        {
            return ErrorProblems.For(ErrorCode.DeckNotFound);
        }

        var copyWord = original.Language.StartsWith("nl", StringComparison.OrdinalIgnoreCase) ? "kopie" : "copy";
        var title = $"{original.Title} ({copyWord})";
        foreach (var candidate in CopyIds(id))
        {
            if (decks.IsReadOnly(candidate) || await grains.Library().Find(candidate) is not null)
            {
                continue;
            }

            var copy = original with { Id = candidate, Title = title };
            var saved = await grains.OwnDeck(candidate).Save(DeckWriter.Write(copy), 0, time.GetUtcNow());
            // Someone took the id in between: the next one is tried.
            if (saved.Error != ErrorCode.DeckIdTaken)
            {
                return Answer(http, saved, entry => Results.Json(Saved(entry), StudioJson.Options, statusCode: StatusCodes.Status201Created), candidate);
            }
        }

        throw new InvalidOperationException($"No free id for a copy of deck {id}.");
    }

    private static async Task<IResult> Versions(string id, DeckCatalog decks, IGrainFactory grains)
    {
        if (decks.IsReadOnly(id))
        {
            return Results.Json(Array.Empty<StudioVersion>(), StudioJson.Options);
        }

        var history = await grains.OwnDeck(id).History();
        return history.Count == 0
            ? ErrorProblems.For(ErrorCode.DeckNotFound)
            : Results.Json(history.Select(v => new StudioVersion(v.Version, v.SavedAt, v.Title, v.Cards)).ToList(), StudioJson.Options);
    }

    private static async Task<IResult> Restore(string id, int version, DeckCatalog decks, IGrainFactory grains, HttpContext http, [FromKeyedServices(WebClock.Key)] TimeProvider time)
    {
        if (decks.IsReadOnly(id))
        {
            return ErrorProblems.For(ErrorCode.DeckReadOnly);
        }

        if (BasedOn(http) is not { } basedOn)
        {
            return ErrorProblems.For(ErrorCode.DeckChanged, StatusCodes.Status428PreconditionRequired);
        }

        var saved = await grains.OwnDeck(id).Restore(version, basedOn, time.GetUtcNow());
        return Answer(http, saved, entry => Results.Json(Saved(entry), StudioJson.Options));
    }

    private static async Task<IResult> Yaml(string id, DeckCatalog decks, IGrainFactory grains)
    {
        var text = decks.Files.Find(id) is { } fileDeck ? DeckWriter.Write(fileDeck) : (await grains.OwnDeck(id).Newest())?.Yaml;
        return text is null
            ? ErrorProblems.For(ErrorCode.DeckNotFound)
            : Results.File(new UTF8Encoding(false).GetBytes(text), YamlType, OwnDecks.FileName(id));
    }

    private static async Task<IResult> Check(HttpContext http)
    {
        var (body, tooLarge) = await RequestBody.ReadAsync(http, StudioApi.MaxRequestBytes);
        if (Refusal(body, tooLarge) is { } refused)
        {
            return refused;
        }

        return ParseDeck(body!) is { } deck
            ? Results.Json(new StudioCheck(StudioProblems.Wire(DeckCheck.Of(deck, OwnDecks.FileName(deck.Id)))), StudioJson.Options)
            : ErrorProblems.For(ErrorCode.DeckUnreadable);
    }

    private static async Task<IResult> Upload(DeckCatalog decks, IGrainFactory grains, HttpContext http, [FromKeyedServices(WebClock.Key)] TimeProvider time)
    {
        var (body, tooLarge) = await RequestBody.ReadAsync(http, StudioApi.MaxRequestBytes);
        if (Refusal(body, tooLarge) is { } refused)
        {
            return refused;
        }

        var (deck, problems) = DeckReader.ReadUpload(body, UploadName);
        if (deck is null)
        {
            return Results.Json(new StudioCheck(StudioProblems.Wire(problems)), StudioJson.Options, statusCode: StatusCodes.Status422UnprocessableEntity);
        }

        if (decks.IsReadOnly(deck.Id))
        {
            return ErrorProblems.For(ErrorCode.DeckReadOnly);
        }

        var basedOn = http.Request.Headers.IfMatch.Count == 0 ? 0 : BasedOn(http);
        if (basedOn is null)
        {
            return ErrorProblems.For(ErrorCode.DeckChanged, StatusCodes.Status428PreconditionRequired);
        }

        return await SaveAsync(decks, grains, http, deck, basedOn.Value, time, saved => Results.Json(new StudioUploaded(deck, saved), StudioJson.Options));
    }

    /// <summary>
    /// Cards from a spreadsheet, for the editor to add to the deck it has open; nothing is saved. The bytes are read as
    /// sent, so a file Excel saved in Windows-1252 is recognised rather than decoded wrongly by the browser.
    /// </summary>
    private static async Task<IResult> ImportCsv(HttpContext http)
    {
        var (body, tooLarge) = await RequestBody.ReadAsync(http, StudioApi.MaxRequestBytes);
        if (Refusal(body, tooLarge) is { } refused)
        {
            return refused;
        }

        var read = DeckCsv.Read(body!);
        return Results.Json(new StudioCsvImport(read.Cards, StudioProblems.Wire(read.Problems)), StudioJson.Options);
    }

    /// <summary>The name an upload's problems give as their file: the browser does not say which file it was.</summary>
    private const string UploadName = "upload.yaml";

    private static async Task<IResult> SaveAsync(
        DeckCatalog decks, IGrainFactory grains, HttpContext http, Deck deck, int basedOn, TimeProvider time, Func<StudioSaved, IResult> answer)
    {
        if (decks.IsReadOnly(deck.Id))
        {
            return ErrorProblems.For(basedOn == 0 ? ErrorCode.DeckIdTaken : ErrorCode.DeckReadOnly);
        }

        var saved = await grains.OwnDeck(deck.Id).Save(DeckWriter.Write(deck), basedOn, time.GetUtcNow());
        return Answer(http, saved, entry => answer(Saved(entry)));
    }

    private static IResult Answer(HttpContext http, OwnDeckSave saved, Func<OwnDeckEntry, IResult> answer, string? createdId = null)
    {
        if (saved.Entry is not { } entry)
        {
            return ErrorProblems.For(saved.Error ?? ErrorCode.ServerError);
        }

        if (createdId is not null)
        {
            http.Response.Headers.Location = StudioApi.Deck(createdId);
        }

        return WithVersion(http, entry.Version, answer(entry));
    }

    private static StudioSaved Saved(OwnDeckEntry entry) => new(entry.Id, entry.Version, entry.SavedAt, StudioProblems.Wire(entry.Problems));

    private static IResult? Refusal(byte[]? body, bool tooLarge) =>
        body is not null ? null
        : tooLarge ? ErrorProblems.For(ErrorCode.DeckUnreadable, StatusCodes.Status413PayloadTooLarge)
        : ErrorProblems.For(ErrorCode.DeckUnreadable);

    private static Deck? ParseDeck(byte[] body)
    {
        try
        {
            return JsonSerializer.Deserialize<Deck>(body, StudioJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The version an edit was based on, from <c>If-Match</c> (<c>"3"</c>, <c>3</c> or <c>W/"3"</c>); null when there is none.</summary>
    private static int? BasedOn(HttpContext http)
    {
        var value = http.Request.Headers.IfMatch.ToString().Trim();
        if (value.StartsWith("W/", StringComparison.Ordinal))
        {
            value = value[2..];
        }

        return int.TryParse(value.Trim('"'), NumberStyles.None, CultureInfo.InvariantCulture, out var version) ? version : null;
    }

    private static IResult WithVersion(HttpContext http, int version, IResult answer)
    {
        http.Response.Headers.ETag = new EntityTagHeaderValue($"\"{version.ToString(CultureInfo.InvariantCulture)}\"").ToString();
        return answer;
    }

    /// <summary><c>id-kopie</c>, <c>id-kopie-2</c>, <c>id-kopie-3</c>, …</summary>
    private static IEnumerable<string> CopyIds(string id)
    {
        yield return $"{id}-kopie";
        for (var n = 2; n < 1000; n++)
        {
            yield return $"{id}-kopie-{n}";
        }
    }
}
