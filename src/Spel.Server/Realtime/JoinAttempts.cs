using System.Threading.RateLimiting;

namespace Spel.Server.Realtime;

/// <summary>
/// Caps how often one network address may look up or use a join code, so nobody can walk the code
/// space. A hall's tablets each have their own address; a real person never comes near the limit.
/// </summary>
public sealed class JoinAttempts : IDisposable
{
    public const int PerMinute = 30;

    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(address =>
        RateLimitPartition.GetFixedWindowLimiter(address, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = PerMinute,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        }));

    /// <summary>True when <paramref name="address"/> may make one more attempt now.</summary>
    public bool TryAttempt(string address)
    {
        using var lease = _limiter.AttemptAcquire(address);
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}
