using System.Diagnostics;
using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Spel.Server.Hosting;

/// <summary>
/// Metrics (ASP.NET Core, .NET runtime, Orleans, SignalR connections, the game's own) and ASP.NET Core traces.
/// They leave the process over OTLP when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set, and metrics are scraped from
/// <c>/metrics</c> when <c>Spel:MetricsKey</c> is set.
/// </summary>
public static class Telemetry
{
    public const string MetricsPath = "/metrics";

    /// <summary>The header that carries the metrics key; <c>Authorization: Bearer &lt;key&gt;</c> works as well.</summary>
    public const string MetricsKeyHeader = "X-Spel-Metrics-Key";

    /// <summary>The variable OpenTelemetry's own exporters read; without it nothing is sent anywhere.</summary>
    public const string OtlpEndpointSetting = "OTEL_EXPORTER_OTLP_ENDPOINT";

    private static readonly string[] Meters =
    [
        GameMetrics.MeterName,
        "Microsoft.Orleans",
        "Microsoft.AspNetCore.Http.Connections",
    ];

    public static void AddSpelTelemetry(this WebApplicationBuilder builder, SpelOptions options)
    {
        var hasKey = MetricsKey(options) is not null;
        var exportsOtlp = !string.IsNullOrWhiteSpace(builder.Configuration[OtlpEndpointSetting]);

        builder.Services.AddSingleton<GameMetrics>();
        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("Spel.Server"))
            .WithMetrics(metrics =>
            {
                metrics.AddAspNetCoreInstrumentation().AddRuntimeInstrumentation().AddMeter(Meters);
                if (hasKey)
                {
                    metrics.AddPrometheusExporter();
                }

                if (exportsOtlp)
                {
                    metrics.AddOtlpExporter();
                }
            });

        // Traces only leave the process over OTLP, so without it they are not recorded at all.
        if (exportsOtlp)
        {
            telemetry.WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation(aspNetCore => aspNetCore.EnrichWithHttpResponse = NameRouteNotPath)
                .AddOtlpExporter());
        }
    }

    /// <summary>Maps <c>/metrics</c> behind the key, or nothing at all (404) when no key is configured.</summary>
    public static void MapSpelMetrics(this WebApplication app)
    {
        if (MetricsKey(app.Services.GetRequiredService<IOptions<SpelOptions>>().Value) is not { } key)
        {
            return;
        }

        app.MapPrometheusScrapingEndpoint(MetricsPath, meterProvider: null, configureBranchedPipeline: branch => branch.Use(next => context =>
        {
            if (key.Matches(OperatorKey.Sent(context.Request, MetricsKeyHeader)))
            {
                return next(context);
            }

            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return Task.CompletedTask;
        }), optionsName: null);
    }

    private static OperatorKey? MetricsKey(SpelOptions options) => OperatorKey.From(options.MetricsKey, "Spel:MetricsKey");

    // A path can hold a join code (/join/ABCD234, the debrief exports): a span keeps the route's template instead.
    private static void NameRouteNotPath(Activity activity, HttpResponse response) =>
        activity.SetTag("url.path", (response.HttpContext.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText);
}
