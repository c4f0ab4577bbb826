using Microsoft.AspNetCore.Http.HttpResults;
using Spel.Scenarios.Play;
using Spel.Server.Decks;

using Spel.Server.Hosting;

namespace Spel.Server.Sessions;

/// <summary>The HTTP side: list decks, open a session, and the join link with its QR code.</summary>
public static class SessionEndpoints
{
    private const int MaxCodeAttempts = 20;

    public static IEndpointRouteBuilder MapSessionEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api");
        api.MapGet("/decks", (DeckCatalog decks) => decks.Summaries);
        api.MapPost("/sessions", CreateSession);
        api.MapGet("/sessions/{code}/join-link", (string code, JoinLinks links, HttpRequest request) =>
            JoinCode.Normalize(code) is { } normalized
                ? Results.Ok(new JoinLink(links.For(normalized, request)))
                : ErrorProblems.For(ErrorCode.InvalidJoinCode));
        api.MapGet("/sessions/{code}/qr.svg", (string code, JoinLinks links, HttpRequest request) =>
            JoinCode.Normalize(code) is { } normalized
                ? Results.Text(QrCodes.Svg(links.For(normalized, request)), "image/svg+xml")
                : ErrorProblems.For(ErrorCode.InvalidJoinCode));
        return app;
    }

    private static async Task<Results<Created<SessionCreated>, ProblemHttpResult>> CreateSession(
        CreateSessionRequest request, DeckCatalog decks, IGrainFactory grains)
    {
        if (decks.Find(request.DeckId ?? "") is not { } deck)
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
            if (await grains.GetGrain<ISessionGrain>(code).Create(snapshot, settings) is { } hostKey)
            {
                return TypedResults.Created($"/begeleider/{code}", new SessionCreated(code, hostKey));
            }
        }

        throw new InvalidOperationException($"No free join code found in {MaxCodeAttempts} attempts.");
    }
}

public sealed record JoinLink(string Url);
