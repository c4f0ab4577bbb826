using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Spel.Server.Hosting;

/// <summary>Ready only while this server's silo is active: not while it is still joining, nor once it is shutting down.</summary>
public sealed class SiloActiveCheck(ISiloStatusOracle silo) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken)
    {
        var status = silo.CurrentStatus;
        return Task.FromResult(status == SiloStatus.Active
            ? HealthCheckResult.Healthy("The silo is active.")
            : HealthCheckResult.Unhealthy($"The silo is {status}."));
    }
}
