using System.Reflection;
using Orleans.Statistics;

namespace Spel.Server.Hosting;

/// <summary>
/// The silo's CPU and memory figures (Orleans publishes them to the cluster and its dashboard), worked out when they
/// are asked for instead of from a stream of event counters. Orleans' own provider enables every
/// <c>System.Runtime</c> event counter once a second for the whole life of the process, and collecting them took
/// about 8 % of the server's CPU in the load benchmark (docs/decisions.md, "Orleans' statistics on demand").
/// </summary>
/// <remarks>
/// CPU is the process's share of all cores since the previous reading, as the <c>cpu-usage</c> counter measures it;
/// memory is what the GC has committed less its fragmentation, as Orleans computes it. The filtered figures follow a
/// rise at once and a fall slowly, like Orleans' own filter, so placement does not chase a quiet second.
/// </remarks>
public sealed class ProcessStatistics : IEnvironmentStatisticsProvider
{
    /// <summary>Readings closer together than this return the previous CPU figure: a shorter interval is mostly noise.</summary>
    public static readonly TimeSpan ShortestInterval = TimeSpan.FromSeconds(1);

    private const double Decay = 0.2;

    // Orleans keeps the constructor internal; the test ProcessStatisticsTests fails loudly if it ever changes.
    private static readonly ConstructorInfo Constructor = typeof(EnvironmentStatistics).GetConstructor(
        BindingFlags.Instance | BindingFlags.NonPublic | BindingFlags.Public, null,
        [typeof(float), typeof(float), typeof(long), typeof(long), typeof(long), typeof(long), typeof(long)], null)
        ?? throw new MissingMemberException(typeof(EnvironmentStatistics).FullName, ".ctor(float, float, long, long, long, long, long)");

    private readonly TimeProvider _time;
    private readonly Func<TimeSpan> _processorTime;
    private readonly Lock _lock = new();
    private long _lastTimestamp;
    private TimeSpan _lastProcessorTime;
    private double _cpu;
    private double _filteredCpu;
    private double _filteredMemory = -1;

    public ProcessStatistics(TimeProvider time)
        : this(time, () => Environment.CpuUsage.TotalTime)
    {
    }

    /// <summary>For tests: <paramref name="processorTime"/> is the process's CPU time so far.</summary>
    internal ProcessStatistics(TimeProvider time, Func<TimeSpan> processorTime)
    {
        // The GC's memory figures describe its last collection: before the first one they are all zero. One young
        // collection at start (as Orleans' own provider makes) gives them a value from the first reading on.
        GC.Collect(0, GCCollectionMode.Forced, blocking: true);
        _time = time;
        _processorTime = processorTime;
        _lastTimestamp = time.GetTimestamp();
        _lastProcessorTime = processorTime();
    }

    public EnvironmentStatistics GetEnvironmentStatistics()
    {
        var memory = GC.GetGCMemoryInfo();
        var maximum = memory.TotalAvailableMemoryBytes;
        var used = Math.Clamp(memory.TotalCommittedBytes - memory.FragmentedBytes, 0, maximum);
        lock (_lock)
        {
            var elapsed = _time.GetElapsedTime(_lastTimestamp);
            if (elapsed >= ShortestInterval)
            {
                var processorTime = _processorTime();
                var share = (processorTime - _lastProcessorTime) / (elapsed * Environment.ProcessorCount);
                _cpu = Math.Clamp(share * 100, 0, 100);
                _filteredCpu = Follow(_filteredCpu, _cpu);
                _lastTimestamp = _time.GetTimestamp();
                _lastProcessorTime = processorTime;
            }

            _filteredMemory = _filteredMemory < 0 ? used : Follow(_filteredMemory, used);
            var filteredUsed = Math.Clamp((long)_filteredMemory, 0, maximum);
            return (EnvironmentStatistics)Constructor.Invoke(
                [(float)_filteredCpu, (float)_cpu, filteredUsed, used, maximum - filteredUsed, maximum - used, maximum]);
        }
    }

    /// <summary>Up at once, down by a fifth of the difference per reading.</summary>
    private static double Follow(double previous, double measurement) =>
        measurement >= previous ? measurement : previous + Decay * (measurement - previous);
}
