using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Spel.Server.Hosting;

/// <summary>
/// What a load balancer or monitor asks: <c>/health/live</c> (the process answers) and <c>/health/ready</c> (the silo
/// is active and the grain storage answers). 200 when healthy, 503 when not; the body names each check's status only,
/// the reasons go to the log.
/// </summary>
public static class HealthEndpoints
{
    public const string Live = "/health/live";
    public const string Ready = "/health/ready";

    private const string ReadyTag = "ready";

    // Shorter than a load balancer's own probe timeout, so a hanging storage reads as "not ready" rather than no answer.
    private static readonly TimeSpan StorageTimeout = TimeSpan.FromSeconds(3);

    public static IServiceCollection AddSpelHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks()
            .AddCheck<SiloActiveCheck>("silo", tags: [ReadyTag])
            .AddCheck<GrainStorageCheck>("storage", tags: [ReadyTag], timeout: StorageTimeout);
        return services;
    }

    public static void MapSpelHealthChecks(this WebApplication app)
    {
        app.MapHealthChecks(Live, new HealthCheckOptions { Predicate = _ => false, ResponseWriter = WriteAsync });
        app.MapHealthChecks(Ready, new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag), ResponseWriter = WriteAsync });
    }

    private static Task WriteAsync(HttpContext context, HealthReport report) =>
        context.Response.WriteAsJsonAsync(new HealthBody(
            report.Status.ToString(),
            report.Entries.ToDictionary(entry => entry.Key, entry => entry.Value.Status.ToString())));

    /// <summary>The JSON answer, e.g. <c>{"status":"Unhealthy","checks":{"silo":"Healthy","storage":"Unhealthy"}}</c>.</summary>
    public sealed record HealthBody(string Status, IReadOnlyDictionary<string, string> Checks);
}
