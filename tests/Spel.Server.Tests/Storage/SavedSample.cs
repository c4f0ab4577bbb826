using System.Text;
using Microsoft.Data.Sqlite;
using Spel.Scenarios.Decks;
using Spel.Scenarios.Play;
using Spel.Server.Sessions;
using Spel.Server.Storage;
using Spel.Server.Tests.Support;

namespace Spel.Server.Tests.Storage;

/// <summary>
/// A committed spel.db that a real server saved: one session on the first card of "wie-heeft-de-regie", in which
/// Anna (Dorpsbelangen) has answered while the room chooses (Kiezen). Each sample's code and keys are what its server handed out.
/// </summary>
public sealed record SavedSample(string File, string Code, string HostKey, string AnnasSeatToken)
{
    /// <summary>Saved by Orleans' default grain storage serializer (Newtonsoft.Json with .NET type names), before the format was chosen.</summary>
    public static SavedSample OrleansDefault { get; } = new("orleans-default.sqlite", "2KHWFXQ", "wmt9P00i1D5m6_ZGzrlhSA", "8AMgyVBgIuzlPHLRayCwSQ");

    /// <summary>Saved in <see cref="GrainStateFormat"/> version 1: the deck inside the session's state.</summary>
    public static SavedSample Version1 { get; } = new("v1.sqlite", "FK273MB", "b7Ezw6DAE5dvuRQHXJ0NAw", "2TKkgb9P1LDJt8KCRgVkYQ");

    /// <summary>Saved in <see cref="GrainStateFormat"/> version 2: the deck apart, under the state name "deck".</summary>
    public static SavedSample Version2 { get; } = new("v2.sqlite", "86T2CSV", "8JAxA9HnbQEa2GE7RCf6jg", "iJxoKceuoMNZ9PPXgj-_YA");

    /// <summary>
    /// Saved in <see cref="GrainStateFormat"/> version 3: Anna's answer only in the row "inputs", which is newer than
    /// the session's own row (that holds no answer).
    /// </summary>
    public static SavedSample Version3 { get; } = new("v3.sqlite", "P95P5HG", "jO6_skUyHymcYKuveyMJZw", "_sr9dO5qiYtESU6x4HMFHQ");

    /// <summary>The sample in the newest format.</summary>
    public static SavedSample Latest => Version3;

    /// <summary>Whether the session's own row holds the deck (before version 2).</summary>
    public bool DeckInside => this == OrleansDefault || this == Version1;

    /// <summary>Whether Anna's answer is only in the row of the inputs to the card on the table (from version 3).</summary>
    public bool AnswerApart => this == Version3;

    private static string SamplesFolder { get; } = Path.Combine(Repository.Root, "tests", "Spel.Server.Tests", "Storage", "Samples");

    public const string DeckTitle = "Wie heeft de regie?";

    public const string CardId = "terras-dorpshuis";

    public static Answer AnnasAnswer { get; } = new(Eigenaarschap.GemeenschapMetBijdrage, Regie.VooralGemeenschap, "een-project");

    /// <summary>Every sample, for theories.</summary>
    public static TheoryData<string> All => new(nameof(OrleansDefault), nameof(Version1), nameof(Version2), nameof(Version3));

    public static SavedSample Named(string name) => name switch
    {
        nameof(OrleansDefault) => OrleansDefault,
        nameof(Version1) => Version1,
        nameof(Version2) => Version2,
        nameof(Version3) => Version3,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "No such sample."),
    };

    /// <summary>A server on a copy of the sample; the sample itself stays as committed.</summary>
    public SpelServerFactory StartServer()
    {
        var dataFolder = SpelServerFactory.FreshDataFolder();
        Directory.CreateDirectory(dataFolder);
        System.IO.File.Copy(Path.Combine(SamplesFolder, File), Path.Combine(dataFolder, "spel.db"));
        return ServerOn(dataFolder);
    }

    /// <summary>
    /// A server on <paramref name="dataFolder"/>. The sample will soon be older than a session's 30 days, so this server
    /// keeps sessions for a century rather than sweep it at start.
    /// </summary>
    public static SpelServerFactory ServerOn(string dataFolder) =>
        new(dataFolder, new Dictionary<string, string> { ["Spel:SessionLifetime"] = "36500.00:00:00" });

    /// <summary>The session's saved payload and ETag (or, naming "deck", its deck's) in a server's data folder, read beside the server.</summary>
    public (byte[] Payload, string Etag) ReadRow(string dataFolder, string stateName = SessionGrain.StateName)
    {
        using var connection = Open(dataFolder);
        using var command = RowCommand(connection, "SELECT payload, etag FROM grain_state", stateName);
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read(), $"No saved {stateName} of session {Code}.");
        return (reader.GetFieldValue<byte[]>(0), reader.GetString(1));
    }

    /// <summary>Replaces the session's saved payload, as a server that writes another format would.</summary>
    public void WritePayload(string dataFolder, byte[] payload)
    {
        using var connection = Open(dataFolder);
        using var command = RowCommand(connection, "UPDATE grain_state SET payload = $payload", SessionGrain.StateName);
        command.Parameters.AddWithValue("$payload", payload);
        Assert.Equal(1, command.ExecuteNonQuery());
    }

    /// <summary>The payload as committed in the sample file.</summary>
    public byte[] CommittedPayload()
    {
        // Immutable: a WAL file opened even read-only would get -wal and -shm files beside it in the repository.
        using var connection = new SqliteConnection($"Data Source=file:{Path.Combine(SamplesFolder, File)}?immutable=1;Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = RowCommand(connection, "SELECT payload FROM grain_state", SessionGrain.StateName);
        return (byte[])command.ExecuteScalar()!;
    }

    /// <summary>Whether <paramref name="payload"/> is in the newest <see cref="GrainStateFormat"/> version.</summary>
    public static bool IsLatestVersion(byte[] payload) =>
        Encoding.UTF8.GetString(payload).StartsWith($"{{\"format\":\"{GrainStateFormat.Name}\",\"version\":{GrainStateFormat.Version},", StringComparison.Ordinal);

    private static SqliteConnection Open(string dataFolder)
    {
        var connection = new SqliteConnection($"Data Source={Path.Combine(dataFolder, "spel.db")};Pooling=False");
        connection.Open();
        return connection;
    }

    private SqliteCommand RowCommand(SqliteConnection connection, string sql, string stateName)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql + " WHERE grain_type = 'session' AND grain_id = $code AND state_name = $state_name;";
        command.Parameters.AddWithValue("$code", Code);
        command.Parameters.AddWithValue("$state_name", stateName);
        return command;
    }
}
