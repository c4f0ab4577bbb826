using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace Spel.Server.Storage;

/// <summary>
/// The one writer of a SQLite file in a silo (shared by every storage on the file, <see cref="SqliteWriters"/>):
/// a thread of its own, with one connection, that takes every
/// write waiting when it is free and commits them in one transaction (group commit), so many grains' writes share
/// one disk sync. Each caller's task completes only after the commit that holds its write, and never on this thread.
/// Callers wait without holding a thread: SQLite's driver is synchronous, and only this thread runs it for writes.
/// </summary>
internal sealed partial class SqliteWriter : IDisposable
{
    /// <summary>Enough to share a sync among a burst of answers; small enough that one commit stays short.</summary>
    public const int MaxBatch = 256;

    private readonly BlockingCollection<IWork> _queue = [];
    private readonly SqliteConnection _connection;
    private readonly SqliteStatements _statements;
    private readonly ILogger _logger;
    private readonly Thread _thread;
    private int _stopped;

    private SqliteWriter(SqliteConnection connection, string name, ILogger logger)
    {
        _connection = connection;
        _statements = new SqliteStatements(connection);
        _logger = logger;
        _thread = new Thread(Run) { IsBackground = true, Name = $"SQLite writer {name}" };
        _thread.Start();
    }

    /// <summary>Opens the file (creating it when missing) and starts its writer.</summary>
    public static async Task<SqliteWriter> OpenAsync(string connectionString, string databasePath, ILogger logger, CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            // busy_timeout: another process (or another silo of this one) on the file holds the lock for a moment.
            // WAL lets reads go on while the writer writes; the mode is stored in the file. synchronous is not:
            // FULL makes every commit sync the WAL to disk before it returns, so an acknowledged write survives a power cut.
            command.CommandText = """
                PRAGMA busy_timeout = 10000;
                PRAGMA journal_mode = WAL;
                PRAGMA synchronous = FULL;
                """;
            await command.ExecuteNonQueryAsync(cancellationToken);
            return new SqliteWriter(connection, Path.GetFileName(databasePath), logger);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Runs <paramref name="work"/> inside the next group commit. A throw undoes only this work (it runs in a savepoint
    /// of its own) and fails only this caller; a failed commit fails every caller of that batch.
    /// </summary>
    public Task<T> RunAsync<T>(Func<SqliteStatements, T> work)
    {
        var item = new Work<T>(work);
        try
        {
            _queue.Add(item);
        }
        catch (InvalidOperationException)
        {
            throw new ObjectDisposedException(nameof(SqliteWriter), "The grain storage has stopped; nothing more is written.");
        }

        return item.Completion.Task;
    }

    /// <summary>Lets the writer finish what is queued, then closes its connection (which folds the WAL into the file).</summary>
    public void Dispose()
    {
        // The storage may be disposed both by its silo's stop and by the container that made it.
        if (Interlocked.Exchange(ref _stopped, 1) == 1)
        {
            return;
        }

        _queue.CompleteAdding();
        _thread.Join();
        _queue.Dispose();
    }

    private void Run()
    {
        var batch = new List<IWork>(MaxBatch);
        foreach (var first in _queue.GetConsumingEnumerable())
        {
            batch.Add(first);
            while (batch.Count < MaxBatch && _queue.TryTake(out var next))
            {
                batch.Add(next);
            }

            Commit(batch);
            batch.Clear();
        }

        _statements.Dispose();
        _connection.Dispose();
    }

    private void Commit(List<IWork> batch)
    {
        try
        {
            // IMMEDIATE takes the write lock first, so another process on the file cannot write between a check and a write.
            Execute("BEGIN IMMEDIATE;");
            foreach (var work in batch)
            {
                Execute("SAVEPOINT work;");
                if (work.Run(_statements))
                {
                    Execute("RELEASE work;");
                }
                else
                {
                    Execute("ROLLBACK TO work; RELEASE work;");
                }
            }

            Execute("COMMIT;");
        }
        catch (Exception ex)
        {
            LogCommitFailed(_logger, batch.Count, ex);
            RollBackQuietly();
            batch.ForEach(work => work.Fail(ex));
            return;
        }

        batch.ForEach(work => work.Complete());
    }

    private void RollBackQuietly()
    {
        if (_connection.State != System.Data.ConnectionState.Open)
        {
            return;
        }

        try
        {
            // SQLite may have rolled back by itself already (a full disk does that); then there is nothing to undo.
            Execute("ROLLBACK;");
        }
        catch (SqliteException)
        {
        }
    }

    private void Execute(string sql) => _statements.Command(sql).ExecuteNonQuery();

    [LoggerMessage(Level = LogLevel.Error, Message = "A group commit of {Count} writes to SQLite failed; none of them was saved")]
    private static partial void LogCommitFailed(ILogger logger, int count, Exception exception);

    private interface IWork
    {
        /// <summary>Runs the work; false when it threw (its result waits for the commit either way).</summary>
        bool Run(SqliteStatements statements);

        void Complete();

        void Fail(Exception exception);
    }

    private sealed class Work<T>(Func<SqliteStatements, T> work) : IWork
    {
        private T? _result;
        private Exception? _error;

        // The grain's continuation runs on its own scheduler, never inline on the writer thread.
        public TaskCompletionSource<T> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public bool Run(SqliteStatements statements)
        {
            try
            {
                _result = work(statements);
                return true;
            }
            catch (Exception ex)
            {
                _error = ex;
                return false;
            }
        }

        public void Complete()
        {
            if (_error is null)
            {
                Completion.SetResult(_result!);
            }
            else
            {
                Completion.SetException(_error);
            }
        }

        public void Fail(Exception exception) => Completion.SetException(exception);
    }
}
