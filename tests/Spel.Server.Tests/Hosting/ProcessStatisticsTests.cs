using Microsoft.Extensions.Time.Testing;
using Orleans.Statistics;
using Spel.Server.Hosting;
using Spel.Server.Tests.Support;

namespace Spel.Server.Tests.Hosting;

/// <summary>The silo's CPU and memory figures, read on demand instead of from a second-by-second counter stream.</summary>
public sealed class ProcessStatisticsTests : IAsyncLifetime
{
    private readonly TestServers _servers = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _servers.DisposeAsync();

    [Fact]
    public void Cpu_is_the_process_share_of_all_cores_since_the_previous_reading()
    {
        var time = new FakeTimeProvider();
        var cpu = TimeSpan.Zero;
        var statistics = new ProcessStatistics(time, () => cpu);

        time.Advance(TimeSpan.FromSeconds(2));
        cpu += TimeSpan.FromSeconds(1) * Environment.ProcessorCount;
        var busy = statistics.GetEnvironmentStatistics();

        Assert.Equal(50f, busy.RawCpuUsagePercentage, 0.01f);
        Assert.Equal(50f, busy.FilteredCpuUsagePercentage, 0.01f);
        Assert.True(busy.MaximumAvailableMemoryBytes > 0);
        Assert.InRange(busy.RawMemoryUsageBytes, 1, busy.MaximumAvailableMemoryBytes);
        Assert.Equal(busy.MaximumAvailableMemoryBytes - busy.RawMemoryUsageBytes, busy.RawAvailableMemoryBytes);
    }

    [Fact]
    public void A_quiet_second_lowers_the_filtered_figure_slowly_and_readings_close_together_repeat_the_last()
    {
        var time = new FakeTimeProvider();
        var cpu = TimeSpan.Zero;
        var statistics = new ProcessStatistics(time, () => cpu);
        time.Advance(TimeSpan.FromSeconds(1));
        cpu += TimeSpan.FromSeconds(0.8) * Environment.ProcessorCount;
        statistics.GetEnvironmentStatistics();

        time.Advance(TimeSpan.FromSeconds(1));
        var quiet = statistics.GetEnvironmentStatistics();
        time.Advance(TimeSpan.FromMilliseconds(200));
        cpu += TimeSpan.FromSeconds(0.2) * Environment.ProcessorCount;
        var soon = statistics.GetEnvironmentStatistics();

        Assert.Equal(0f, quiet.RawCpuUsagePercentage, 0.01f);
        Assert.Equal(64f, quiet.FilteredCpuUsagePercentage, 0.01f);
        Assert.Equal((0f, 64f), (soon.RawCpuUsagePercentage, soon.FilteredCpuUsagePercentage));
    }

    [Fact]
    public async Task A_running_silo_uses_them_and_not_Orleans_own_counter_listener()
    {
        var server = _servers.Start();
        await server.CreateSessionAsync();

        // Only this server's registrations: the System.Runtime source itself is process-wide, and another test's
        // Orleans client in the same test process may listen to it.
        var providers = server.Services.GetServices<IEnvironmentStatisticsProvider>().ToList();

        var provider = Assert.IsType<ProcessStatistics>(Assert.Single(providers));
        Assert.True(provider.GetEnvironmentStatistics().MaximumAvailableMemoryBytes > 0);
    }
}
