using Spel.Scenarios.Play;
using Spel.Server.Access;
using Spel.Server.Hosting;

namespace Spel.Server.OtherVillages;

/// <summary>
/// The console's tally file: download the session's anonymous tally, upload others' into this server's tallies. The
/// host key comes in a header, as for the debrief's downloads; a file is read in full before anything is merged.
/// </summary>
public static class TallyEndpoints
{
    public static IEndpointRouteBuilder MapTallyEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet(TallyFiles.Path("{code}"), ExportAsync);
        app.MapPost(TallyFiles.Path("{code}"), ImportAsync);
        return app;
    }

    private static async Task<IResult> ExportAsync(string code, HttpContext http, SessionDoor door)
    {
        var hostKey = http.Request.Headers[TallyFiles.HostKeyHeader].ToString();
        var reply = await door.EnterAsync(ClientAddress.Of(http), code, (session, _) => session.GetTally(hostKey));
        if (reply.Value is not { } tally)
        {
            return ErrorProblems.For(reply.Error ?? ErrorCode.SessionNotFound);
        }

        http.Response.Headers.CacheControl = "no-store";
        return Results.File(TallyFile.Encode([tally]), "application/json; charset=utf-8", $"tally-{tally.DeckId}.json");
    }

    /// <summary>Only the main console imports: the file changes what every later session on this server is shown.</summary>
    private static async Task<IResult> ImportAsync(string code, HttpContext http, SessionDoor door, IGrainFactory grains, ILoggerFactory loggers)
    {
        var hostKey = http.Request.Headers[TallyFiles.HostKeyHeader].ToString();
        var access = await door.EnterAsync(ClientAddress.Of(http), code, (session, _) => session.GetConsoleAccess(hostKey));
        if (access.Value is not { } console)
        {
            return ErrorProblems.For(access.Error ?? ErrorCode.SessionNotFound);
        }

        if (console.Role != ConsoleRole.Main)
        {
            return ErrorProblems.For(ErrorCode.MainConsoleOnly);
        }

        var log = loggers.CreateLogger(typeof(TallyEndpoints));
        var (body, tooLarge) = await RequestBody.ReadAsync(http, TallyFiles.MaxBytes);
        var read = body is null
            ? TallyRead.Refused(tooLarge ? ErrorCode.TallyTooLarge : ErrorCode.TallyUnreadable, tooLarge ? $"more than {TallyFiles.MaxBytes} bytes" : "the body could not be read")
            : TallyFile.Read(body);
        if (read.Error is { } error)
        {
            log.LogWarning("Session {Code}: tally file refused, nothing changed: {Problem}", code, read.Problem);
            return ErrorProblems.For(error, error == ErrorCode.TallyTooLarge ? StatusCodes.Status413PayloadTooLarge : null);
        }

        var added = await TallyMerge.IntoAsync(grains, read.Sessions);
        log.LogInformation("Session {Code}: tally file imported, {Added} of {Sessions} sessions new here", code, added, read.Sessions.Count);
        return Results.Ok(new TallyImported(read.Sessions.Count, added));
    }
}
