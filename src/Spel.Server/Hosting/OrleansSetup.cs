using Microsoft.Extensions.Options;
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
        silo.Services.AddSingleton(TimeProvider.System);
        silo.AddClusterServers();

        switch (options.Cluster)
        {
            case ClusterMode.Embedded:
                silo.UseLocalhostClustering(options.SiloPort, options.GatewayPort);
                silo.AddSqliteGrainStorage(StorageNames.Sessions, sqlite =>
                    sqlite.DatabasePath = Path.Combine(DataFolder(options, contentRoot), "spel.db"));
                break;
            case ClusterMode.Redis:
                silo.Configure<ClusterOptions>(cluster =>
                {
                    cluster.ClusterId = options.ClusterId;
                    cluster.ServiceId = options.ClusterId;
                });
                silo.ConfigureEndpoints(options.SiloPort, options.GatewayPort, listenOnAnyHostAddress: true);
                silo.UseRedisClustering(redis => redis.ConfigurationOptions = ConfigurationOptions.Parse(options.Redis));
                silo.AddRedisGrainStorage(StorageNames.Sessions, redis => redis.ConfigurationOptions = ConfigurationOptions.Parse(options.Redis));
                break;
            default:
                throw new OptionsValidationException(SpelOptions.Section, typeof(SpelOptions), [$"Unknown cluster mode '{options.Cluster}'."]);
        }
    }

    public static string DataFolder(SpelOptions options, string contentRoot) =>
        Path.GetFullPath(Path.Combine(contentRoot, options.DataFolder));
}
