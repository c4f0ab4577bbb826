namespace Spel.EndToEnd.Tests.Support;

/// <summary>One real server for a test class; every test creates its own session on it.</summary>
public sealed class SpelServerFixture : IAsyncLifetime
{
    /// <summary>The shipped deck, cut to two cards so a test reaches the debrief quickly.</summary>
    public const string DeckId = "wie-heeft-de-regie";

    public const int CardCount = 2;

    private SpelServerProcess? _server;

    public SpelServerProcess Server => _server ?? throw new InvalidOperationException("The server has not started.");

    public async Task InitializeAsync() =>
        _server = await SpelServerProcess.StartAsync(decks => ShortDeck.Write(DeckId, CardCount, decks));

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
