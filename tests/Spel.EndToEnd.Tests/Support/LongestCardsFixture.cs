using Spel.Testing;

namespace Spel.EndToEnd.Tests.Support;

/// <summary>One real server whose decks are the shipped decks cut to their longest cards (<see cref="LongestCards"/>).</summary>
public sealed class LongestCardsFixture : IAsyncLifetime
{
    private ServerProcess? _server;

    public ServerProcess Server => _server ?? throw new InvalidOperationException("The server has not started.");

    /// <summary>Each shipped deck's id with the ids of the cards kept, in play order.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Decks { get; private set; } = new Dictionary<string, IReadOnlyList<string>>();

    public async Task InitializeAsync() => _server = await SpelServerFixture.StartAsync(decks => Decks = LongestCards.Write(decks));

    public async Task DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
