using System.Collections.Concurrent;
using Spel.Server.Hosting;
using Spel.Server.Storage;

namespace Spel.Server.Sessions;

/// <summary>
/// Which join codes name a session, answered from storage so that a look-up never activates a grain. A code found to
/// exist is remembered for a minute, so a hall's answers do not each cost a read; a code that names nothing is never
/// remembered (that is where guesses go). A session deleted elsewhere in that minute is still refused by its grain.
/// </summary>
public sealed class SessionDirectory(IGrainFactory grains, IGrainStateProbe probe, [FromKeyedServices(WebClock.Key)] TimeProvider time)
{
    public static readonly TimeSpan RememberExisting = TimeSpan.FromMinutes(1);

    /// <summary>A live server has a few hundred sessions at most; past this the memory is simply cleared.</summary>
    private const int MaximumRemembered = 10_000;

    private readonly ConcurrentDictionary<string, DateTimeOffset> _existing = new();

    public async Task<bool> ExistsAsync(string code, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        if (_existing.TryGetValue(code, out var until) && until > now)
        {
            return true;
        }

        var exists = await probe.HoldsStateAsync(SessionGrain.StateName, grains.GetGrain<ISessionGrain>(code).GetGrainId(), cancellationToken);
        if (exists)
        {
            if (_existing.Count >= MaximumRemembered)
            {
                _existing.Clear();
            }

            _existing[code] = now + RememberExisting;
        }
        else
        {
            _existing.TryRemove(code, out _);
        }

        return exists;
    }

    /// <summary>Forgets a code this server saw deleted, so its next look-up asks storage again.</summary>
    public void Forget(string code) => _existing.TryRemove(code, out _);
}
