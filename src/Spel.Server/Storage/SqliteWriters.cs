namespace Spel.Server.Storage;

/// <summary>
/// The silo's SQLite writers, one per file: the storages on one file (sessions and tallies) share its writer, so
/// their writes share commits and never wait on each other's lock. The last storage to let go of a writer stops it.
/// </summary>
public sealed class SqliteWriters : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Dictionary<string, (SqliteWriter Writer, int Users)> _writers = [];

    /// <summary>The writer of <paramref name="databasePath"/>, started by <paramref name="open"/> when it has none yet.</summary>
    internal async Task<SqliteWriter> AcquireAsync(string databasePath, Func<Task<SqliteWriter>> open)
    {
        await _gate.WaitAsync();
        try
        {
            var (writer, users) = _writers.TryGetValue(databasePath, out var known) ? known : (await open(), 0);
            _writers[databasePath] = (writer, users + 1);
            return writer;
        }
        finally
        {
            _gate.Release();
        }
    }

    internal void Release(string databasePath)
    {
        _gate.Wait();
        try
        {
            if (!_writers.TryGetValue(databasePath, out var known))
            {
                return;
            }

            if (known.Users > 1)
            {
                _writers[databasePath] = (known.Writer, known.Users - 1);
                return;
            }

            _writers.Remove(databasePath);
            known.Writer.Dispose();
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose()
    {
        foreach (var (writer, _) in _writers.Values)
        {
            writer.Dispose();
        }

        _writers.Clear();
        _gate.Dispose();
    }
}
