namespace Spel.Server.Studio;

/// <summary>One own deck, keyed by its deck id: the only place its versions are written, so a save is one state write.</summary>
[Alias("spel.IOwnDeckGrain")]
public interface IOwnDeckGrain : IGrainWithStringKey
{
    /// <summary>The newest version, or null when no deck has this id.</summary>
    [Alias("Newest")]
    Task<OwnDeckVersion?> Newest();

    /// <summary>The kept versions, newest first.</summary>
    [Alias("History")]
    Task<IReadOnlyList<OwnDeckVersion>> History();

    /// <summary>
    /// Saves <paramref name="yaml"/> (a deck file's text) as the next version when <paramref name="basedOn"/> is the
    /// newest version (0: the deck does not exist yet); refused with <c>DeckChanged</c> or <c>DeckIdTaken</c> otherwise,
    /// and with <c>DeckUnreadable</c> when the text holds no deck.
    /// </summary>
    [Alias("Save")]
    Task<OwnDeckSave> Save(string yaml, int basedOn, DateTimeOffset savedAt);

    /// <summary>Saves the text of <paramref name="version"/> again as the next version; <c>DeckNotFound</c> when it is not kept.</summary>
    [Alias("Restore")]
    Task<OwnDeckSave> Restore(int version, int basedOn, DateTimeOffset savedAt);
}
