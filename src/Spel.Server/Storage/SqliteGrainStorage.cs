using Microsoft.Data.Sqlite;
using Orleans.Configuration;
using Orleans.Storage;

namespace Spel.Server.Storage;

/// <summary>
/// Grain state in one table of a SQLite file. Writes and clears go to the file's one <see cref="SqliteWriter"/>,
/// which commits many grains' writes together and answers each only once its commit is on disk. Each checks the
/// ETag inside the write transaction, so a stale copy of a grain fails loudly instead of overwriting newer state.
/// Reads use short-lived pooled connections beside the writer (WAL lets them).
/// </summary>
public sealed partial class SqliteGrainStorage : IGrainStorage, IGrainStateProbe, ILifecycleParticipant<ISiloLifecycle>, IDisposable
{
    // Long enough to wait out a checkpoint or another silo's write on the same file, short enough that a stuck lock surfaces.
    private const string BusyTimeoutPragma = "PRAGMA busy_timeout = 10000;";

    private const string KeyFilter = "grain_type = $grain_type AND grain_id = $grain_id AND state_name = $state_name";

    private const string NoEtag = "(none)";

    // The writer's statements, kept prepared by SqliteStatements: the same text every time.
    private const string EtagSql = $"SELECT etag FROM grain_state WHERE {KeyFilter};";

    private const string DeleteSql = $"DELETE FROM grain_state WHERE {KeyFilter};";

    // A write names the ETag it read, so the statement itself checks it: one statement per write instead of a check and
    // a write. Only when no row changed does the writer read the stored ETag, to say which copy was stale.
    private const string UpdateSql = $"""
        UPDATE grain_state SET payload = $payload, etag = $etag, updated_utc = $updated_utc
        WHERE {KeyFilter} AND etag = $attempted_etag;
        """;

    private const string InsertSql = """
        INSERT INTO grain_state (grain_type, grain_id, state_name, payload, etag, updated_utc)
        VALUES ($grain_type, $grain_id, $state_name, $payload, $etag, $updated_utc)
        ON CONFLICT (grain_type, grain_id, state_name) DO NOTHING;
        """;

    private readonly string _name;
    private readonly string _databasePath;
    private readonly string _connectionString;
    private readonly IGrainStorageSerializer _serializer;
    private readonly ILogger<SqliteGrainStorage> _logger;
    private readonly SqliteWriters _writers;
    private SqliteWriter? _writer;

    public SqliteGrainStorage(string name, SqliteGrainStorageOptions options, SqliteWriters writers, ILogger<SqliteGrainStorage> logger)
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
        _writers = writers;
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
    /// instead of failing the first workshop. Starts the writer.
    /// </summary>
    internal async Task EnsureSchemaAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_databasePath)!);
        Release();
        _writer = await _writers.AcquireAsync(_databasePath, () => SqliteWriter.OpenAsync(_connectionString, _databasePath, _logger, cancellationToken));
        await _writer.RunAsync(statements =>
        {
            using var command = statements.Connection.CreateCommand();
            command.CommandText = """
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
            return command.ExecuteNonQuery();
        });
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

    /// <remarks>
    /// Serializes on the caller's thread, so the writer thread does nothing but SQL. Not cancelled once queued:
    /// a write that may be on disk must not be reported as not done.
    /// </remarks>
    public async Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken)
    {
        var key = new StateKey(stateName, grainId);
        var payload = _serializer.Serialize(grainState.State).ToArray();
        var attemptedEtag = grainState.ETag;
        var newEtag = Guid.NewGuid().ToString("N");
        var updated = DateTimeOffset.UtcNow.ToString("O");

        await Writer.RunAsync(statements =>
        {
            // A state never written (no ETag) is inserted, and only if no row exists; any other is updated, and only if
            // its row still holds the ETag this grain read.
            var command = WithKey(statements.Command(attemptedEtag is null ? InsertSql : UpdateSql), key);
            command.Parameters.AddWithValue("$payload", payload);
            command.Parameters.AddWithValue("$etag", newEtag);
            command.Parameters.AddWithValue("$updated_utc", updated);
            if (attemptedEtag is not null)
            {
                command.Parameters.AddWithValue("$attempted_etag", attemptedEtag);
            }

            var written = command.ExecuteNonQuery();
            return written == 1 ? written : throw StaleCopy(StoredEtag(statements, key), key, attemptedEtag, "write");
        });

        grainState.ETag = newEtag;
        grainState.RecordExists = true;
    }

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        ClearStateAsync(stateName, grainId, grainState, CancellationToken.None);

    public async Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, CancellationToken cancellationToken)
    {
        var key = new StateKey(stateName, grainId);
        var attemptedEtag = grainState.ETag;
        await Writer.RunAsync(statements =>
        {
            EnsureEtagMatches(statements, key, attemptedEtag, "clear");
            return WithKey(statements.Command(DeleteSql), key).ExecuteNonQuery();
        });

        grainState.ETag = null;
        grainState.RecordExists = false;
    }

    public async Task<bool> HoldsStateAsync(string stateName, GrainId grainId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = CreateCommand(connection, $"SELECT 1 FROM grain_state WHERE {KeyFilter};", new StateKey(stateName, grainId));
        return await command.ExecuteScalarAsync(cancellationToken) is not null;
    }

    /// <summary>
    /// Deletes every grain of <paramref name="grainType"/> whose states were all last written before
    /// <paramref name="cutoff"/>, every state of it at once (a session's deck, written at its start, goes with it,
    /// not before it); returns how many grains went.
    /// </summary>
    public Task<int> DeleteUnchangedSinceAsync(string grainType, DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        var before = cutoff.ToUniversalTime().ToString("O");
        return Writer.RunAsync(statements =>
        {
            using var command = statements.Connection.CreateCommand();
            // updated_utc is ISO 8601 in UTC ("O"), so text order is time order.
            command.CommandText = """
                CREATE TEMP TABLE IF NOT EXISTS expired (grain_id TEXT PRIMARY KEY);
                DELETE FROM expired;
                INSERT INTO expired SELECT grain_id FROM grain_state WHERE grain_type = $grain_type
                    GROUP BY grain_id HAVING MAX(updated_utc) < $cutoff;
                DELETE FROM grain_state WHERE grain_type = $grain_type AND grain_id IN (SELECT grain_id FROM expired);
                SELECT COUNT(*) FROM expired;
                """;
            command.Parameters.AddWithValue("$grain_type", grainType);
            command.Parameters.AddWithValue("$cutoff", before);
            return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        });
    }

    /// <summary>Lets go of the file's writer, which stops after what is queued once no storage uses it.</summary>
    public void Dispose() => Release();

    private void Release()
    {
        if (Interlocked.Exchange(ref _writer, null) is not null)
        {
            _writers.Release(_databasePath);
        }
    }

    private SqliteWriter Writer =>
        _writer ?? throw new InvalidOperationException($"Grain storage '{_name}' is not running: it has not started or has stopped.");

    private void EnsureEtagMatches(SqliteStatements statements, StateKey key, string? attemptedEtag, string operation)
    {
        var storedEtag = StoredEtag(statements, key);
        if (!string.Equals(storedEtag, attemptedEtag, StringComparison.Ordinal))
        {
            throw StaleCopy(storedEtag, key, attemptedEtag, operation);
        }
    }

    private static string? StoredEtag(SqliteStatements statements, StateKey key) =>
        (string?)WithKey(statements.Command(EtagSql), key).ExecuteScalar();

    private InconsistentStateException StaleCopy(string? storedEtag, StateKey key, string? attemptedEtag, string operation)
    {
        var stored = storedEtag ?? NoEtag;
        var attempted = attemptedEtag ?? NoEtag;
        LogConflict(_logger, operation, _name, key.StateName, key.GrainType, key.GrainId, stored, attempted);
        return new InconsistentStateException(
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
        // Closing the writer's and the pooled connections lets SQLite fold the WAL back into the file when the silo stops.
        Dispose();
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
        return Task.CompletedTask;
    }

    private static SqliteCommand CreateCommand(SqliteConnection connection, string sql, StateKey key)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        return WithKey(command, key);
    }

    private static SqliteCommand WithKey(SqliteCommand command, StateKey key)
    {
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
