using Orleans.Runtime;
using Orleans.Storage;

namespace Spel.Server.Storage;

/// <summary>Settings of one named <see cref="SqliteGrainStorage"/>.</summary>
public sealed class SqliteGrainStorageOptions : IStorageProviderSerializerOptions
{
    /// <summary>The SQLite file; its folder is created when missing. Relative paths are resolved against the working directory.</summary>
    public string DatabasePath { get; set; } = "";

    /// <summary>Left null, it is filled with the silo's <see cref="IGrainStorageSerializer"/>.</summary>
    public IGrainStorageSerializer GrainStorageSerializer { get; set; } = null!;
}

internal sealed class SqliteGrainStorageOptionsValidator(SqliteGrainStorageOptions options, string name) : IConfigurationValidator
{
    public void ValidateConfiguration()
    {
        if (string.IsNullOrWhiteSpace(options.DatabasePath))
        {
            throw new OrleansConfigurationException(
                $"Grain storage '{name}' needs {nameof(SqliteGrainStorageOptions)}.{nameof(SqliteGrainStorageOptions.DatabasePath)}.");
        }
    }
}
