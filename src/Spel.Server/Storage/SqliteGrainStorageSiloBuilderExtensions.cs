using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Providers;
using Orleans.Runtime.Hosting;
using Orleans.Storage;

namespace Spel.Server.Storage;

public static class SqliteGrainStorageSiloBuilderExtensions
{
    /// <summary>Stores grain state that names no storage in a SQLite file.</summary>
    public static ISiloBuilder AddSqliteGrainStorageAsDefault(this ISiloBuilder builder, Action<SqliteGrainStorageOptions> configure) =>
        builder.AddSqliteGrainStorage(ProviderConstants.DEFAULT_STORAGE_PROVIDER_NAME, configure);

    /// <summary>Stores grain state of <c>[PersistentState(..., name)]</c> in a SQLite file.</summary>
    public static ISiloBuilder AddSqliteGrainStorage(this ISiloBuilder builder, string name, Action<SqliteGrainStorageOptions> configure) =>
        builder.ConfigureServices(services => services.AddSqliteGrainStorage(name, configure));

    internal static IServiceCollection AddSqliteGrainStorage(
        this IServiceCollection services, string name, Action<SqliteGrainStorageOptions> configure)
    {
        services.AddOptions<SqliteGrainStorageOptions>(name).Configure(configure);
        services.TryAddSingleton<SqliteWriters>();
        services.TryAddEnumerable(ServiceDescriptor.Transient<
            IPostConfigureOptions<SqliteGrainStorageOptions>,
            DefaultStorageProviderSerializerOptionsConfigurator<SqliteGrainStorageOptions>>());
        services.AddTransient<IConfigurationValidator>(sp => new SqliteGrainStorageOptionsValidator(Options(sp, name), name));
        services.ConfigureNamedOptionForLogging<SqliteGrainStorageOptions>(name);
        // Keyed by name, and registered as a lifecycle participant because the factory returns the concrete type.
        return services.AddGrainStorage(name, (sp, key) =>
            new SqliteGrainStorage(key, Options(sp, key), sp.GetRequiredService<SqliteWriters>(), sp.GetRequiredService<ILogger<SqliteGrainStorage>>()));
    }

    private static SqliteGrainStorageOptions Options(IServiceProvider services, string name) =>
        services.GetRequiredService<IOptionsMonitor<SqliteGrainStorageOptions>>().Get(name);
}
