using Spel.Scenarios.Decks;
using Spel.Scenarios.Play;
using Spel.Server.Sessions;

namespace Spel.Server.Studio;

/// <summary>
/// Keeps one own deck's versions. A save is one write of the whole state (every kept version), so it is there
/// entirely or not at all; the index hears of it after, and takes only what is newer than it has.
/// </summary>
public sealed partial class OwnDeckGrain(
    [PersistentState(OwnDeckGrain.StateName, StorageNames.Decks)] IPersistentState<OwnDeckState> state,
    ILogger<OwnDeckGrain> logger) : Grain, IOwnDeckGrain
{
    public const string StateName = "deck";

    private int Newest => state.State.Versions.Count == 0 ? 0 : state.State.Versions[^1].Version;

    Task<OwnDeckVersion?> IOwnDeckGrain.Newest() => Task.FromResult(state.State.Versions.LastOrDefault());

    public Task<IReadOnlyList<OwnDeckVersion>> History() =>
        Task.FromResult<IReadOnlyList<OwnDeckVersion>>(state.State.Versions.AsEnumerable().Reverse().ToList());

    public async Task<OwnDeckSave> Save(string yaml, int basedOn, DateTimeOffset savedAt)
    {
        if (basedOn != Newest)
        {
            return OwnDeckSave.Refused(basedOn == 0 ? ErrorCode.DeckIdTaken : ErrorCode.DeckChanged);
        }

        var id = this.GetPrimaryKeyString();
        var (deck, problems) = DeckReader.ReadDraft(yaml, OwnDecks.FileName(id));
        if (deck is null || deck.Id != id)
        {
            return OwnDeckSave.Refused(ErrorCode.DeckUnreadable);
        }

        var version = new OwnDeckVersion(Newest + 1, savedAt, deck.Title, deck.Cards.Count, yaml);
        var versions = state.State.Versions.Append(version).TakeLast(OwnDecks.KeptVersions).ToList();
        var before = state.State;
        state.State = new OwnDeckState { Versions = versions };
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            // What is not on disk is not a version: the next save is based on what is.
            state.State = before;
            throw;
        }

        var entry = OwnDeckEntry.Of(deck, version, problems);
        await Announce(entry);
        return new OwnDeckSave(entry, null);
    }

    public Task<OwnDeckSave> Restore(int version, int basedOn, DateTimeOffset savedAt) =>
        state.State.Versions.FirstOrDefault(v => v.Version == version) is { } kept
            ? Save(kept.Yaml, basedOn, savedAt)
            : Task.FromResult(OwnDeckSave.Refused(ErrorCode.DeckNotFound));

    /// <summary>
    /// The save is kept already; an index that did not hear of it lists the version before until the deck's next
    /// save, which the trainer is told nothing about because nothing they wrote was lost.
    /// </summary>
    private async Task Announce(OwnDeckEntry entry)
    {
        try
        {
            await GrainFactory.Library().Put(entry);
        }
        catch (Exception error) when (error is not OperationCanceledException)
        {
            LogIndexBehind(logger, error, entry.Id, entry.Version);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Own deck {DeckId} version {Version} is saved, but the deck library's index did not take it in")]
    private static partial void LogIndexBehind(ILogger logger, Exception error, string deckId, int version);
}
