namespace Spel.Server.Storage;

/// <summary>
/// Asks the grain storage whether a grain has saved state, without activating the grain: a look-up of a code that
/// names no session then costs one indexed read and leaves nothing behind in memory or storage.
/// </summary>
public interface IGrainStateProbe
{
    Task<bool> HoldsStateAsync(string stateName, GrainId grainId, CancellationToken cancellationToken);
}
