using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
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

    /// <summary>A metrics key is a secret like a facilitator code: at least 128 bits, 22 base64 characters.</summary>
    public const int MinimumKeyLength = 22;

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

        var expected = Hash(key);
        app.MapPrometheusScrapingEndpoint(MetricsPath, meterProvider: null, configureBranchedPipeline: branch => branch.Use(next => context =>
        {
            if (CryptographicOperations.FixedTimeEquals(Hash(SentKey(context.Request)), expected))
            {
                return next(context);
            }

            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return Task.CompletedTask;
        }), optionsName: null);
    }

    /// <summary>The configured key, or null when there is none; a key too short to be a secret stops the server.</summary>
    private static string? MetricsKey(SpelOptions options)
    {
        var key = options.MetricsKey.Trim();
        if (key.Length == 0)
        {
            return null;
        }

        if (key.Length < MinimumKeyLength)
        {
            throw new OptionsValidationException(SpelOptions.Section, typeof(SpelOptions),
                [$"Spel:MetricsKey must be at least {MinimumKeyLength} characters (128 bits), e.g. from `openssl rand -base64 18`."]);
        }

        return key;
    }

    private static string SentKey(HttpRequest request)
    {
        if (request.Headers[MetricsKeyHeader].ToString() is { Length: > 0 } header)
        {
            return header.Trim();
        }

        const string bearer = "Bearer ";
        var authorization = request.Headers.Authorization.ToString();
        return authorization.StartsWith(bearer, StringComparison.OrdinalIgnoreCase) ? authorization[bearer.Length..].Trim() : "";
    }

    // Equal lengths for the constant-time comparison, whatever was sent.
    private static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));

    // A path can hold a join code (/join/ABCD234, the debrief exports): a span keeps the route's template instead.
    private static void NameRouteNotPath(Activity activity, HttpResponse response) =>
        activity.SetTag("url.path", (response.HttpContext.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText);
}
