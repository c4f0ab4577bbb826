using Spel.Scenarios.Decks;
namespace Spel.Server.Studio;

/// <summary>
/// The index of every own deck (one grain, key <see cref="OwnDecks.LibraryKey"/>). It is one activation in the whole
/// cluster, so a save on one server is in every server's list at once.
/// </summary>
[Alias("spel.IDeckLibraryGrain")]
public interface IDeckLibraryGrain : IGrainWithStringKey
{
    [Alias("List")]
    Task<IReadOnlyList<OwnDeckEntry>> List();

    /// <summary>The entry of the own deck <paramref name="id"/>, or null when no deck has this id.</summary>
    [Alias("Find")]
    Task<OwnDeckEntry?> Find(string id);

    /// <summary>Takes in a deck's entry, unless the index already holds a newer version of it.</summary>
    [Alias("Put")]
    Task Put(OwnDeckEntry entry);
}

public static class OwnDecks
{
    public const string LibraryKey = "own";

    /// <summary>
    /// Versions kept per deck: far more than a trainer steps back through, and a bound on what one deck's state
    /// can grow to (50 versions of a 35 KB deck is under 2 MB, read at once when the deck's grain activates).
    /// </summary>
    public const int KeptVersions = 50;

    public static IDeckLibraryGrain Library(this IGrainFactory grains) => grains.GetGrain<IDeckLibraryGrain>(LibraryKey);

    public static IOwnDeckGrain OwnDeck(this IGrainFactory grains, string id) => grains.GetGrain<IOwnDeckGrain>(id);

    /// <summary>The name problems give as their source: the file a download of the deck would be.</summary>
    public static string FileName(string id) => $"{id}.yaml";

    /// <summary>
    /// The newest version of an own deck as it reads: the deck as far as its fields could be read, with what still
    /// keeps it from being played; null when no one saved a deck with this id.
    /// </summary>
    public static async Task<OwnDraft?> NewestDraftAsync(this IGrainFactory grains, string id)
    {
        if (await grains.OwnDeck(id).Newest() is not { } newest)
        {
            return null;
        }

        var (deck, problems) = DeckReader.ReadDraft(newest.Yaml, FileName(id));
        return deck is null ? null : new OwnDraft(deck, newest.Version, problems);
    }
}

/// <summary>An own deck's newest version, read: the deck, its version and its problems (none when it is playable).</summary>
public sealed record OwnDraft(Deck Deck, int Version, IReadOnlyList<DeckProblem> Problems);
