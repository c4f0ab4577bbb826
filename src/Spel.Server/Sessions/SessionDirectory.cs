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

    // With the grain reference: making one (Orleans resolves the grain type for the interface each time) cost about 3 % of
    // the server's CPU under load when every call made its own.
    private readonly ConcurrentDictionary<string, (DateTimeOffset Until, ISessionGrain Session)> _existing = new();

    public async ValueTask<bool> ExistsAsync(string code, CancellationToken cancellationToken = default) =>
        await FindAsync(code, cancellationToken) is not null;

    /// <summary>The session <paramref name="code"/> names, or null when it names none.</summary>
    public async ValueTask<ISessionGrain?> FindAsync(string code, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        if (_existing.TryGetValue(code, out var known) && known.Until > now)
        {
            return known.Session;
        }

        var session = known.Session ?? grains.GetGrain<ISessionGrain>(code);
        if (!await probe.HoldsStateAsync(SessionGrain.StateName, session.GetGrainId(), cancellationToken))
        {
            _existing.TryRemove(code, out _);
            return null;
        }

        if (_existing.Count >= MaximumRemembered)
        {
            _existing.Clear();
        }

        _existing[code] = (now + RememberExisting, session);
        return session;
    }

    public void Forget(string code) => _existing.TryRemove(code, out _);
}
