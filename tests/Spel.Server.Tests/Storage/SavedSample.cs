using Microsoft.Data.Sqlite;
using Spel.Scenarios.Decks;
using Spel.Scenarios.Play;
using Spel.Server.Tests.Support;

namespace Spel.Server.Tests.Storage;

/// <summary>
/// A committed spel.db that a real server saved: one session on the first card of "wie-heeft-de-regie", in which
/// Anna (Dorpsbelangen) has answered while the room chooses (Kiezen). The keys below are what that server handed out.
/// </summary>
public sealed record SavedSample(string File, string Code, string HostKey, string AnnasSeatToken)
{
    /// <summary>Saved by Orleans' default grain storage serializer (Newtonsoft.Json with .NET type names), before the format was chosen.</summary>
    public static SavedSample OrleansDefault { get; } = new("orleans-default.sqlite", "2KHWFXQ", "wmt9P00i1D5m6_ZGzrlhSA", "8AMgyVBgIuzlPHLRayCwSQ");

    public const string DeckTitle = "Wie heeft de regie?";

    public const string CardId = "terras-dorpshuis";

    public static Answer AnnasAnswer { get; } = new(Eigenaarschap.GemeenschapMetBijdrage, Regie.VooralGemeenschap, "een-project");

    /// <summary>Every sample, for theories.</summary>
    public static TheoryData<string> All => new(nameof(OrleansDefault));

    public static SavedSample Named(string name) => name switch
    {
        nameof(OrleansDefault) => OrleansDefault,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "No such sample."),
    };

    /// <summary>
    /// A server on a copy of the sample (the sample itself stays as committed).
    /// </summary>
    public SpelServerFactory StartServer()
    {
        var dataFolder = SpelServerFactory.FreshDataFolder();
        Directory.CreateDirectory(dataFolder);
        System.IO.File.Copy(Path.Combine(Repository.Root, "tests", "Spel.Server.Tests", "Storage", "Samples", File), Path.Combine(dataFolder, "spel.db"));
        return ServerOn(dataFolder);
    }

    /// <summary>
    /// A server on <paramref name="dataFolder"/>. The sample will soon be older than a session's 30 days, so this server
    /// keeps sessions for a century rather than sweep it at start.
    /// </summary>
    public static SpelServerFactory ServerOn(string dataFolder) =>
        new(dataFolder, new Dictionary<string, string> { ["Spel:SessionLifetime"] = "36500.00:00:00" });

    /// <summary>The session's saved payload and ETag in a server's data folder, read beside the server.</summary>
    public (byte[] Payload, string Etag) ReadRow(string dataFolder)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(dataFolder, "spel.db")};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT payload, etag FROM grain_state WHERE grain_type = 'session' AND grain_id = $code;";
        command.Parameters.AddWithValue("$code", Code);
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read(), $"No saved session {Code}.");
        return (reader.GetFieldValue<byte[]>(0), reader.GetString(1));
    }
}
