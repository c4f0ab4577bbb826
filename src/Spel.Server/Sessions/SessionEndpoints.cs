using Microsoft.AspNetCore.Http.HttpResults;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Spel.Scenarios.Play;
using Spel.Server.Access;
using Spel.Server.Decks;
using Spel.Server.Hosting;

namespace Spel.Server.Sessions;

/// <summary>The HTTP side: list decks, open and delete a session, and the join link with its QR code.</summary>
public static class SessionEndpoints
{
    private const int MaxCodeAttempts = 20;

    /// <summary>A create request is a deck id and settings: a few kilobytes even for the longest deck.</summary>
    private const long MaxCreateRequestBytes = 64 * 1024;

    public static IEndpointRouteBuilder MapSessionEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api");
        api.MapGet("/decks", (DeckCatalog decks) => decks.SummariesAsync());
        app.MapGet(SessionApi.Policy, (SessionCreation creation, HttpContext http) => creation.PolicyFor(http));
        app.MapPost(SessionApi.Sessions, CreateSession);
        app.MapDelete(SessionApi.Session("{code}"), DeleteSession);
        api.MapGet("/sessions/{code}/join-link", (string code, JoinLinks links, SessionDoor door, HttpContext http) =>
            Through(door, http, code, normalized => Results.Ok(new JoinLink(links.For(normalized, http.Request)))));
        api.MapGet("/sessions/{code}/qr.svg", (string code, JoinLinks links, SessionDoor door, HttpContext http) =>
            Through(door, http, code, normalized => Results.Text(QrCodes.Svg(links.For(normalized, http.Request)), "image/svg+xml")));
        return app;
    }

    /// <summary>An HTTP answer about the session <paramref name="code"/> names, once the door let the caller in.</summary>
    public static async Task<IResult> Through(SessionDoor door, HttpContext http, string code, Func<string, IResult> answer)
    {
        var reply = await door.EnterAsync(ClientAddress.Of(http), code, (_, normalized) => Task.FromResult(Reply<string>.Ok(normalized)));
        return reply.Value is { } normalized ? answer(normalized) : ErrorProblems.For(reply.Error!.Value);
    }

    /// <summary>
    /// Who may create is decided before the body is read, and the body is read here rather than bound, so that
    /// neither a stranger's nor an oversized request is ever parsed.
    /// </summary>
    private static async Task<Results<Created<SessionCreated>, ProblemHttpResult>> CreateSession(
        HttpContext http, DeckCatalog decks, IGrainFactory grains, SessionCreation creation)
    {
        if (creation.Refusal(http) is { } refused)
        {
            return ErrorProblems.For(refused);
        }

        var (body, tooLarge) = await RequestBody.ReadAsync(http, MaxCreateRequestBytes);
        if (body is null || Parse(body, http) is not { } request)
        {
            return ErrorProblems.For(ErrorCode.InvalidSettings, tooLarge ? StatusCodes.Status413PayloadTooLarge : null);
        }

        if (await decks.FindAsync(request.DeckId ?? "") is not { } deck)
        {
            return ErrorProblems.For(ErrorCode.DeckNotFound);
        }

        if (SessionSetup.Prepare(deck, request.Settings) is not { IsOk: true, Value: var (snapshot, settings) })
        {
            return ErrorProblems.For(ErrorCode.InvalidSettings);
        }

        // 31^7 codes make a collision rare; the grain refuses a taken code and we draw again.
        for (var attempt = 0; attempt < MaxCodeAttempts; attempt++)
        {
            var code = JoinCode.NewCode();
            if (await grains.GetGrain<ISessionGrain>(code).Create(snapshot, settings) is { } keys)
            {
                return TypedResults.Created($"/begeleider/{code}", new SessionCreated(code, keys.HostKey, keys.RecoveryCode));
            }
        }

        throw new InvalidOperationException($"No free join code found in {MaxCodeAttempts} attempts.");
    }

    private static CreateSessionRequest? Parse(byte[] body, HttpContext http)
    {
        try
        {
            var json = http.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
            return JsonSerializer.Deserialize<CreateSessionRequest>(body, json);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The facilitator deletes the session and every answer in it, at once (host key in a header).</summary>
    private static async Task<IResult> DeleteSession(string code, HttpContext http, SessionDoor door, SessionDirectory directory)
    {
        var hostKey = http.Request.Headers[SessionApi.HostKeyHeader].ToString();
        var reply = await door.EnterAsync(ClientAddress.Of(http), code, async (session, normalized) =>
        {
            var deleted = await session.Delete(hostKey);
            if (deleted.IsOk)
            {
                directory.Forget(normalized);
            }

            return deleted;
        });
        return reply.IsOk ? Results.NoContent() : ErrorProblems.For(reply.Error!.Value);
    }
}

public sealed record JoinLink(string Url);
