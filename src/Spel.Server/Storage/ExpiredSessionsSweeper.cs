using Microsoft.Extensions.Options;
using Spel.Server.Hosting;
using Spel.Server.Sessions;

namespace Spel.Server.Storage;

/// <summary>
/// Deletes the sessions in the SQLite file that went unchanged for longer than <c>Spel:SessionLifetime</c> (30 days
/// by default), once at start and then every hour. Other villages' tallies stay: they name no one. (In a Redis cluster
/// the session storage's own expiry does this.)
/// </summary>
public sealed partial class ExpiredSessionsSweeper(
    SqliteGrainStorage storage,
    IGrainFactory grains,
    IOptions<SpelOptions> options,
    [FromKeyedServices(WebClock.Key)] TimeProvider time,
    IHostApplicationLifetime lifetime,
    ILogger<ExpiredSessionsSweeper> logger)
    : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    /// <summary>Deletes what expired by now; returns how many sessions went.</summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        var sessionType = grains.GetGrain<ISessionGrain>("-").GetGrainId().Type.ToString()!;
        var deleted = await storage.DeleteUnchangedSinceAsync(sessionType, time.GetUtcNow() - options.Value.SessionLifetime, cancellationToken);
        if (deleted > 0)
        {
            LogSwept(logger, deleted, options.Value.SessionLifetime.TotalDays);
        }

        return deleted;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The file's table is made while the silo starts; the first sweep waits for that.
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
        {
            await started.Task.WaitAsync(stoppingToken);
        }

        using var timer = new PeriodicTimer(Interval, time);
        do
        {
            try
            {
                await SweepAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogFailed(logger, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Deleted {Count} sessions unchanged for more than {Days} days")]
    private static partial void LogSwept(ILogger logger, int count, double days);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Deleting expired sessions failed; trying again within the hour")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
