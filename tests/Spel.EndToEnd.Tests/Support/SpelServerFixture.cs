using Spel.Testing;

namespace Spel.EndToEnd.Tests.Support;

/// <summary>One real server for a test class, on a short deck of its own; every test creates its own session on it.</summary>
public sealed class SpelServerFixture : IAsyncLifetime
{
    /// <summary>The shipped deck, cut to two cards so a test reaches the debrief quickly.</summary>
    public const string DeckId = "wie-heeft-de-regie";

    public const int CardCount = 2;

    private ServerProcess? _server;

    public ServerProcess Server => _server ?? throw new InvalidOperationException("The server has not started.");

    public async Task InitializeAsync() => _server = await StartAsync(decks => ShortDeck.Write(DeckId, CardCount, decks));

    /// <summary>
    /// Starts the Debug server on a data folder of its own, offering the decks <paramref name="writeDecks"/> writes into
    /// the folder it is given, with <paramref name="settings"/> added to its configuration.
    /// </summary>
    public static Task<ServerProcess> StartAsync(Action<string> writeDecks, IReadOnlyDictionary<string, string>? settings = null)
    {
        var folder = Path.Combine(Path.GetTempPath(), "spel-e2e-" + Guid.NewGuid().ToString("N"));
        var decks = Path.Combine(folder, "decks");
        Directory.CreateDirectory(decks);
        writeDecks(decks);
        return ServerProcess.StartAsync(
            Repository.ServerAssembly,
            Repository.ServerProjectFolder,
            folder,
            new Dictionary<string, string>(settings ?? new Dictionary<string, string>()) { ["Spel:DecksFolder"] = decks },
            new Dictionary<string, string> { ["ASPNETCORE_ENVIRONMENT"] = "Development" });
    }

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
