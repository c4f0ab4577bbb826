using Microsoft.Extensions.Diagnostics.HealthChecks;
using Spel.Server.Storage;

namespace Spel.Server.Hosting;

/// <summary>
/// One read through the grain storage (an indexed look-up in the SQLite file, a HSTRLEN in Redis) on a key that holds
/// nothing: it touches the same path a join takes, without activating a grain or writing anything.
/// </summary>
public sealed class GrainStorageCheck(IGrainStateProbe probe) : IHealthCheck
{
    private const string StateName = "health";

    private static readonly GrainId Nothing = GrainId.Create("health", "probe");

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken)
    {
        // WaitAsync: the Redis probe does not take the token, and the check's timeout must hold even so.
        await probe.HoldsStateAsync(StateName, Nothing, cancellationToken).WaitAsync(cancellationToken);
        return HealthCheckResult.Healthy("The grain storage answers.");
    }
}
