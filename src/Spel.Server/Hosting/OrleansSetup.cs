using Microsoft.Extensions.Options;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Orleans.Statistics;
using Orleans.Storage;
using Orleans.Configuration;
using Spel.Server.Realtime;
using Spel.Server.Sessions;
using Spel.Server.Storage;
using StackExchange.Redis;

namespace Spel.Server.Hosting;

/// <summary>The silo inside the web server: embedded (localhost clustering, SQLite file) or a Redis cluster.</summary>
public static class OrleansSetup
{
    public static void Configure(ISiloBuilder silo, SpelOptions options, string contentRoot)
    {
        silo.Services.AddContractSerialization();
        // Chosen, not defaulted: both the SQLite file and Redis save grain state in this versioned format.
        silo.Services.AddGrainStateFormat();
        silo.Services.AddSingleton(TimeProvider.System);
        // CPU and memory figures on demand instead of Orleans' event counters, read once a second all day.
        silo.Services.RemoveAll<IEnvironmentStatisticsProvider>();
        silo.Services.AddSingleton<IEnvironmentStatisticsProvider, ProcessStatistics>();
        silo.AddClusterServers();
        silo.AddSpelDashboard(options);

        switch (options.Cluster)
        {
            case ClusterMode.Embedded:
                var databasePath = Path.Combine(DataFolder(options, contentRoot), "spel.db");
                silo.UseLocalhostClustering(options.SiloPort, options.GatewayPort);
                silo.AddSqliteGrainStorage(StorageNames.Sessions, sqlite => sqlite.DatabasePath = databasePath);
                silo.AddSqliteGrainStorage(StorageNames.Tallies, sqlite => sqlite.DatabasePath = databasePath);
                silo.AddSqliteGrainStorage(StorageNames.Decks, sqlite => sqlite.DatabasePath = databasePath);
                silo.Services.AddSingleton(services => (SqliteGrainStorage)services.GetRequiredKeyedService<IGrainStorage>(StorageNames.Sessions));
                silo.Services.AddSingleton<IGrainStateProbe>(services => services.GetRequiredService<SqliteGrainStorage>());
                silo.Services.AddHostedService<ExpiredSessionsSweeper>();
                break;
            case ClusterMode.Redis:
                var redis = ConfigurationOptions.Parse(options.Redis);
                silo.Configure<ClusterOptions>(cluster =>
                {
                    cluster.ClusterId = options.ClusterId;
                    cluster.ServiceId = options.ClusterId;
                });
                silo.ConfigureEndpoints(options.SiloPort, options.GatewayPort, listenOnAnyHostAddress: true);
                silo.UseRedisClustering(clustering => clustering.ConfigurationOptions = redis);
                // Redis forgets a session by itself once it went unchanged for its lifetime: every write renews the expiry.
                silo.AddRedisGrainStorage(StorageNames.Sessions, storage =>
                {
                    storage.ConfigurationOptions = redis;
                    storage.EntryExpiry = options.SessionLifetime;
                    storage.DeleteStateOnClear = true;
                });
                silo.AddRedisGrainStorage(StorageNames.Tallies, storage => storage.ConfigurationOptions = redis);
                silo.AddRedisGrainStorage(StorageNames.Decks, storage => storage.ConfigurationOptions = redis);
                silo.Services.AddSingleton<IGrainStateProbe>(services =>
                    new RedisGrainStateProbe(services.GetRequiredService<IOptions<ClusterOptions>>(), redis));
                break;
            default:
                throw new OptionsValidationException(SpelOptions.Section, typeof(SpelOptions), [$"Unknown cluster mode '{options.Cluster}'."]);
        }
    }

    public static string DataFolder(SpelOptions options, string contentRoot) =>
        Path.GetFullPath(Path.Combine(contentRoot, options.DataFolder));
}
