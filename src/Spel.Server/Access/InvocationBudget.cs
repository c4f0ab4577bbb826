using Spel.Server.Hosting;

namespace Spel.Server.Access;

/// <summary>
/// Flood control per connection: a tablet that fires messages as fast as it can is told to slow down, so it cannot
/// hold up the other seats of its session. A person tapping quickly never comes near the limit.
/// </summary>
public sealed class InvocationBudget([FromKeyedServices(WebClock.Key)] TimeProvider time)
{
    /// <summary>Messages one connection may send in <see cref="Window"/>.</summary>
    public const int PerWindow = 50;

    public static readonly TimeSpan Window = TimeSpan.FromSeconds(10);

    private readonly WindowCounter _calls = new(PerWindow, Window, time);

    public bool TrySpend(string connectionId) => _calls.TryCount(connectionId);
}
