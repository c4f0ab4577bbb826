using Microsoft.Extensions.Options;
using Orleans.Dashboard;

namespace Spel.Server.Hosting;

/// <summary>
/// Orleans' own dashboard (silos, grain activations, call rates and latencies) for the operator, at
/// <see cref="Path"/> behind <c>Spel:AdminKey</c>. Without a key it is not there at all, and its profiler (a filter on
/// every grain call) does not run.
/// </summary>
public static class AdminDashboard
{
    public const string Path = "/admin/orleans";

    /// <summary>The header that carries the admin key; a browser sends it as the password of its login prompt.</summary>
    public const string KeyHeader = "X-Spel-Admin-Key";

    public static void AddSpelDashboard(this ISiloBuilder silo, SpelOptions options)
    {
        if (AdminKey(options) is not null)
        {
            // The live log stream stays off: the log belongs in the server's journal, not in a browser tab.
            silo.AddDashboard(dashboard => dashboard.HideTrace = true);
        }
    }

    public static void MapSpelDashboard(this WebApplication app)
    {
        if (AdminKey(app.Services.GetRequiredService<IOptions<SpelOptions>>().Value) is not { } key)
        {
            return;
        }

        app.MapOrleansDashboard(Path).AddEndpointFilter(async (context, next) =>
        {
            if (key.Matches(OperatorKey.Sent(context.HttpContext.Request, KeyHeader)))
            {
                return await next(context);
            }

            // A browser asks for the key with its own login prompt; any user name will do.
            context.HttpContext.Response.Headers.WWWAuthenticate = "Basic realm=\"Kleine Kernen Spel beheer\", charset=\"UTF-8\"";
            return Results.StatusCode(StatusCodes.Status401Unauthorized);
        });
    }

    private static OperatorKey? AdminKey(SpelOptions options) => OperatorKey.From(options.AdminKey, "Spel:AdminKey");
}
