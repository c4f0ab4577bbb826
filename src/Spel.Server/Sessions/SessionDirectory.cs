using Spel.Server.Storage;

namespace Spel.Server.Sessions;

/// <summary>Which join codes name a session, answered from storage so that a look-up never activates a grain.</summary>
public sealed class SessionDirectory(IGrainFactory grains, IGrainStateProbe probe)
{
    public Task<bool> ExistsAsync(string code, CancellationToken cancellationToken = default) =>
        probe.HoldsStateAsync(SessionGrain.StateName, grains.GetGrain<ISessionGrain>(code).GetGrainId(), cancellationToken);
}
