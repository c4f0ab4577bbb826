using Microsoft.Data.Sqlite;
using Orleans.Configuration;
using Orleans.Storage;

namespace Spel.Server.Storage;

/// <summary>
/// Grain state in one table of a SQLite file. Writes and clears check the ETag inside a write transaction,
/// so a stale copy of a grain fails loudly instead of overwriting newer state.
/// </summary>
public sealed partial class SqliteGrainStorage : IGrainStorage, IGrainStateProbe, ILifecycleParticipant<ISiloLifecycle>
{
    // Long enough to wait out another silo's write on the same file, short enough that a stuck lock surfaces.
    private const string BusyTimeoutPragma = "PRAGMA busy_timeout = 10000;";

    private const string KeyFilter = "grain_type = $grain_type AND grain_id = $grain_id AND state_name = $state_name";

    private const string NoEtag = "(none)";

    private readonly string _name;
    private readonly string _databasePath;
    private readonly string _connectionString;
    private readonly IGrainStorageSerializer _serializer;
    private readonly ILogger<SqliteGrainStorage> _logger;

    public SqliteGrainStorage(string name, SqliteGrainStorageOptions options, ILogger<SqliteGrainStorage> logger)
    {
        _name = name;
        _databasePath = Path.GetFullPath(options.DatabasePath);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = _databasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
        }.ToString();
        _serializer = options.GrainStorageSerializer;
        _logger = logger;
    }

    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(
            OptionFormattingUtilities.Name<SqliteGrainStorage>(_name),
            ServiceLifecycleStage.ApplicationServices,
            EnsureSchemaAsync,
            ReleaseConnectionsAsync);

    /// <summary>
    /// Runs at silo start rather than on first use, so a wrong path or a read-only folder stops the silo
    /// instead of failing the first workshop.
    /// </summary>
    internal async Task EnsureSchemaAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_databasePath)!);
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        // WAL lets grains read while another one writes; the mode is stored in the file, so setting it once suffices.
        command.CommandText = """
            PRAGMA journal_mode = WAL;
            CREATE TABLE IF NOT EXISTS grain_state (
                grain_type  TEXT NOT NULL,
                grain_id    TEXT NOT NULL,
                state_name  TEXT NOT NULL,
                payload     BLOB NOT NULL,
                etag        TEXT NOT NULL,
                updated_utc TEXT NOT NULL,
                PRIMARY KEY (grain_type, grain_id, state_name)
            );
            """;
        await command.ExecuteNonQueryAsync(cancellationToken);
        LogReady(_logger, _name, _databasePath);
    }

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        ReadStateAsync(stateName, grainId, grainState, CancellationToken.None);

    public async Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken)
    {
        var key = new StateKey(stateName, grainId);
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = CreateCommand(connection, $"SELECT payload, etag FROM grain_state WHERE {KeyFilter};", key);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            // The state object is left as the caller made it, as Orleans' own providers do.
            grainState.ETag = null;
            grainState.RecordExists = false;
            return;
        }

        grainState.State = _serializer.Deserialize<T>(new BinaryData(reader.GetFieldValue<byte[]>(0)));
        grainState.ETag = reader.GetString(1);
        grainState.RecordExists = true;
    }

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        WriteStateAsync(stateName, grainId, grainState, CancellationToken.None);

    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken)
    {
        var key = new StateKey(stateName, grainId);
        var payload = _serializer.Serialize(grainState.State).ToArray();
        var newEtag = Guid.NewGuid().ToString("N");

        await using var connection = await OpenAsync(cancellationToken);
        // IMMEDIATE takes the write lock before the ETag is read, so no other silo can write between check and write.
        await using var transaction = connection.BeginTransaction(deferred: false);
        await EnsureEtagMatchesAsync(connection, key, grainState.ETag, "write", cancellationToken);
        await using var command = CreateCommand(
            connection,
            """
            INSERT INTO grain_state (grain_type, grain_id, state_name, payload, etag, updated_utc)
            VALUES ($grain_type, $grain_id, $state_name, $payload, $etag, $updated_utc)
            ON CONFLICT (grain_type, grain_id, state_name)
            DO UPDATE SET payload = excluded.payload, etag = excluded.etag, updated_utc = excluded.updated_utc;
            """,
            key);
        command.Parameters.AddWithValue("$payload", payload);
        command.Parameters.AddWithValue("$etag", newEtag);
        command.Parameters.AddWithValue("$updated_utc", DateTimeOffset.UtcNow.ToString("O"));
        await command.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        grainState.ETag = newEtag;
        grainState.RecordExists = true;
    }

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        ClearStateAsync(stateName, grainId, grainState, CancellationToken.None);

    public async Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken)
    {
        var key = new StateKey(stateName, grainId);
        await using var connection = await OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: false);
        await EnsureEtagMatchesAsync(connection, key, grainState.ETag, "clear", cancellationToken);
        await using var command = CreateCommand(connection, $"DELETE FROM grain_state WHERE {KeyFilter};", key);
        await command.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        grainState.ETag = null;
        grainState.RecordExists = false;
    }

    public async Task<bool> HoldsStateAsync(string stateName, GrainId grainId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = CreateCommand(connection, $"SELECT 1 FROM grain_state WHERE {KeyFilter};", new StateKey(stateName, grainId));
        return await command.ExecuteScalarAsync(cancellationToken) is not null;
    }

    /// <summary>Deletes every state of <paramref name="grainType"/> last written before <paramref name="cutoff"/>; returns how many.</summary>
    public async Task<int> DeleteUnchangedSinceAsync(string grainType, DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        // updated_utc is ISO 8601 in UTC ("O"), so text order is time order.
        command.CommandText = "DELETE FROM grain_state WHERE grain_type = $grain_type AND updated_utc < $cutoff;";
        command.Parameters.AddWithValue("$grain_type", grainType);
        command.Parameters.AddWithValue("$cutoff", cutoff.ToUniversalTime().ToString("O"));
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task EnsureEtagMatchesAsync(
        SqliteConnection connection, StateKey key, string? attemptedEtag, string operation, CancellationToken cancellationToken)
    {
        await using var command = CreateCommand(connection, $"SELECT etag FROM grain_state WHERE {KeyFilter};", key);
        var storedEtag = (string?)await command.ExecuteScalarAsync(cancellationToken);
        if (string.Equals(storedEtag, attemptedEtag, StringComparison.Ordinal))
        {
            return;
        }

        var stored = storedEtag ?? NoEtag;
        var attempted = attemptedEtag ?? NoEtag;
        LogConflict(_logger, operation, _name, key.StateName, key.GrainType, key.GrainId, stored, attempted);
        throw new InconsistentStateException(
            $"Grain storage '{_name}' refused to {operation} state '{key.StateName}' of {key.GrainType}/{key.GrainId}: "
            + $"stored ETag {stored}, attempted ETag {attempted}. The grain holds a stale copy.",
            stored,
            attempted);
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = BusyTimeoutPragma;
            await command.ExecuteNonQueryAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private Task ReleaseConnectionsAsync(CancellationToken cancellationToken)
    {
        // Closing the pooled connections lets SQLite fold the WAL back into the file when the silo stops.
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
        return Task.CompletedTask;
    }

    private static SqliteCommand CreateCommand(SqliteConnection connection, string sql, StateKey key)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$grain_type", key.GrainType);
        command.Parameters.AddWithValue("$grain_id", key.GrainId);
        command.Parameters.AddWithValue("$state_name", key.StateName);
        return command;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Grain storage {Name} is ready in SQLite file {Path}")]
    private static partial void LogReady(ILogger logger, string name, string path);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Grain storage {Name} refused a stale {Operation} of state {StateName} of {GrainType}/{GrainId}: stored ETag {StoredEtag}, attempted ETag {AttemptedEtag}")]
    private static partial void LogConflict(
        ILogger logger, string operation, string name, string stateName, string grainType, string grainId, string storedEtag, string attemptedEtag);

    /// <summary>The row of one grain's named state; grain type and key are kept apart so the table reads well.</summary>
    private readonly record struct StateKey(string StateName, string GrainType, string GrainId)
    {
        public StateKey(string stateName, GrainId grainId)
            : this(stateName, grainId.Type.ToString(), grainId.Key.ToString())
        {
        }
    }
}
