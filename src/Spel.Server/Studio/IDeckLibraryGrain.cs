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
}
