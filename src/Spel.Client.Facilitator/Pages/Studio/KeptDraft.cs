using System.Text.Json;
using Spel.Client.Realtime;
using Spel.Scenarios.Decks;

namespace Spel.Client.Pages.Studio;

/// <summary>
/// The editor's unsaved work in this browser's storage, so a closed tab or a crashed laptop loses nothing: the deck
/// as typed, the version it was based on (the save's If-Match) and when it was kept. <see cref="Format"/> is this
/// record's version; a kept draft of another format is not offered.
/// </summary>
public sealed record KeptDraft(int Format, int BasedOn, DateTimeOffset KeptAt, Deck Deck)
{
    public const int CurrentFormat = 1;

    public static string StorageKey(string deckId) => $"spel.studio.draft.{deckId}";

    public static async Task<KeptDraft?> ReadAsync(IBrowserStorage storage, string deckId)
    {
        if (await storage.GetAsync(StorageKey(deckId)) is not { } json)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<KeptDraft>(json, StudioClient.Json) is { Format: CurrentFormat } kept ? kept : null;
        }
        catch (JsonException)
        {
            // Written by another version of the app or damaged: nothing to offer, and the saved deck is untouched.
            return null;
        }
    }

    public ValueTask WriteAsync(IBrowserStorage storage) =>
        storage.SetAsync(StorageKey(Deck.Id), JsonSerializer.Serialize(this, StudioClient.Json));
}
