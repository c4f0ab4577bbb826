using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Orleans.Storage;
using Spel.Server.Storage;

namespace Spel.Server.Tests.Storage;

/// <summary>A real SQLite file in a fresh temp folder, deleted with the folder afterwards.</summary>
public sealed class StorageFile : IDisposable
{
    public const string StoreName = "store";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "spel-storage-" + Guid.NewGuid().ToString("N"));

    /// <summary>In a folder that does not exist yet, as on a server's first start.</summary>
    public string DatabasePath => Path.Combine(_folder, "data", "spel.db");

    /// <summary>Builds the storage in a DI container of its own, as a restarted server would.</summary>
    public async Task<OpenStorage> OpenAsync()
    {
        var services = new ServiceCollection()
            .AddLogging()
            .AddSerializer(serializer => serializer.AddAssembly(typeof(Tally).Assembly))
            .AddSingleton<IGrainStorageSerializer, OrleansGrainStorageSerializer>()
            .AddSqliteGrainStorage(StoreName, options => options.DatabasePath = DatabasePath)
            .BuildServiceProvider();
        var storage = (SqliteGrainStorage)services.GetRequiredKeyedService<IGrainStorage>(StoreName);
        await storage.EnsureSchemaAsync(CancellationToken.None);
        return new OpenStorage(services, storage);
    }

    public void Dispose()
    {
        // Pooled connections keep the file open; close them before deleting.
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}

public sealed class OpenStorage(ServiceProvider services, IGrainStorage storage) : IAsyncDisposable
{
    public IGrainStorage Storage { get; } = storage;

    public ValueTask DisposeAsync() => services.DisposeAsync();
}
