using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Spel.Client.Pages.Studio;
using Spel.Client.Realtime;
using Spel.Client.Tests.Support;
using Spel.Scenarios.Decks;
using Spel.Scenarios.Studio;

namespace Spel.Client.Tests.Studio;

/// <summary>The studio's pages against a fake server, in Dutch, with this browser's storage in memory.</summary>
public abstract class StudioContext : DutchContext
{
    private protected FakeStudioServer Server { get; } = new();

    private protected FakeBrowserStorage Storage { get; } = new();

    protected StudioContext()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddSingleton(sp => new StudioClient(sp.GetRequiredService<NavigationManager>(), Server));
        Services.AddSingleton<IBrowserStorage>(Storage);
        // The editor's card preview shows the projector's and the tablet's real screens, which show the hub's state.
        Services.AddSingleton<IGameConnection>(new FakeGameConnection());
        SetRendererInfo(new RendererInfo("WebAssembly", isInteractive: true));
    }

    /// <summary>This browser already holds the right key, as after a first visit.</summary>
    protected void KeyKept() => Storage.Items[TrainerKeyGate.StorageKey] = FakeStudioServer.RightKey;

    /// <summary>A small own deck at version 3: two roles, one card with two options and two prompts.</summary>
    protected static Deck OwnDeck(params Card[] cards) => new(
        "mijn-deck", "Mijn deck", "nl", "Over het dorpshuis.", "Gemengde groepen",
        [new Role("wethouder", "Wethouder", Side.Gemeente), new Role("bestuurslid", "Bestuurslid", Side.Dorpsbelangen)],
        cards.Length > 0 ? cards : [Card("terras", "Het terras"), Card("zwemvijver", "De zwemvijver")]);

    protected static Card Card(string id, string title, int options = 2) => new(
        id, title, "Het dorpshuis wil een terras.", null, "Wat doe jij?",
        [.. Enumerable.Range(1, options).Select(i => new ActionOption($"optie-{i}", $"Optie {i}", VillageFunction.Verbinder, Stance.Faciliteren))],
        ["Van wie is het terras?", "Wie heeft de regie?"],
        null,
        ["dorpshuis"]);

    protected void Serve(Deck deck, int version = 3) =>
        Server.Decks[deck.Id] = new StudioDeck(deck, StudioDeckKind.Own, version, []);

    protected static StudioProblem At(string? path, string message) => new(path, 4, 3, message, "In English: " + message);
}
