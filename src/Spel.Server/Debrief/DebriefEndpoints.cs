using System.Text;
using Microsoft.Extensions.Localization;
using Spel.Scenarios.Resources;
using Spel.Scenarios.Play;
using Spel.Server.Sessions;

using Spel.Server.Access;
using Spel.Server.Hosting;

namespace Spel.Server.Debrief;

/// <summary>
/// The facilitator's downloads of the debrief: Markdown, CSV and JSON. The host key comes in a header (an address
/// ends up in histories and logs); anything else gets a problem, never a byte of the debrief.
/// </summary>
public static class DebriefEndpoints
{
    public static IEndpointRouteBuilder MapDebriefEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet(DebriefDownloads.Path("{code}", DebriefDownloads.Markdown), (string code, HttpContext http, SessionDoor door, IStringLocalizer<Strings> l) =>
            Download(code, http, door, DebriefDownloads.Markdown, debrief =>
                (Encoding.UTF8.GetBytes(DebriefMarkdown.Build(debrief, l)), "text/markdown; charset=utf-8")));
        app.MapGet(DebriefDownloads.Path("{code}", DebriefDownloads.Csv), (string code, HttpContext http, SessionDoor door, IStringLocalizer<Strings> l) =>
            Download(code, http, door, DebriefDownloads.Csv, debrief =>
                (DebriefCsv.Encode(debrief, l), "text/csv; charset=utf-8")));
        app.MapGet(DebriefDownloads.Path("{code}", DebriefDownloads.Json), (string code, HttpContext http, SessionDoor door, TimeProvider time) =>
            Download(code, http, door, DebriefDownloads.Json, debrief =>
                (DebriefJson.Encode(debrief, time.GetUtcNow()), "application/json; charset=utf-8")));
        return app;
    }

    /// <summary>The name a browser saves the file under.</summary>
    public static string FileName(string code, string format) => $"debrief-{code}.{format}";

    private static async Task<IResult> Download(
        string code, HttpContext http, SessionDoor door, string format, Func<DebriefView, (byte[] Content, string ContentType)> render)
    {
        var hostKey = http.Request.Headers[DebriefDownloads.HostKeyHeader].ToString();
        var reply = await door.EnterAsync(ClientAddress.Of(http), code, (session, _) => session.GetDebrief(hostKey));
        if (reply.Value is not { } debrief)
        {
            return ErrorProblems.For(reply.Error ?? ErrorCode.SessionNotFound);
        }

        // What a group said in a workshop stays out of shared caches and the browser's back button.
        http.Response.Headers.CacheControl = "no-store";
        var (content, contentType) = render(debrief);
        return Results.File(content, contentType, FileName(JoinCode.Normalize(code)!, format));
    }
}
