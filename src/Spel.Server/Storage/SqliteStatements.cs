using Microsoft.Data.Sqlite;

namespace Spel.Server.Storage;

/// <summary>
/// The writer's connection as its work sees it. The writer runs the same few statements for every write (a savepoint,
/// the ETag check, the upsert, the release), so each is prepared once and kept, instead of parsed again per write.
/// Used only on the writer's thread.
/// </summary>
internal sealed class SqliteStatements(SqliteConnection connection) : IDisposable
{
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);

    public SqliteConnection Connection => connection;

    /// <summary>The kept command for <paramref name="sql"/>, with no parameters; it belongs to this cache, not to the caller.</summary>
    public SqliteCommand Command(string sql)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = connection.CreateCommand();
            command.CommandText = sql;
            _commands[sql] = command;
        }

        command.Parameters.Clear();
        return command;
    }

    public void Dispose()
    {
        foreach (var command in _commands.Values)
        {
            command.Dispose();
        }

        _commands.Clear();
    }
}
