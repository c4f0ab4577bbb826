using Spel.Scenarios.Decks;
using Spel.Server.Sessions;

namespace Spel.Server.Studio;

/// <summary>The index of the own decks; see <see cref="IDeckLibraryGrain"/>.</summary>
public sealed class DeckLibraryGrain(
    [PersistentState(DeckLibraryGrain.StateName, StorageNames.Decks)] IPersistentState<DeckLibraryState> state) : Grain, IDeckLibraryGrain
{
    public const string StateName = "library";

    /// <summary>
    /// An entry's problems are what the validator said when its version was saved, and the validator changes with the
    /// server (issue 13 refused the old stances `samenwerken` and `nee-zeggen`). So the index asks the validator of
    /// this server again once per activation: a deck it can no longer play is not offered to facilitators, and one it
    /// now accepts is. Only the problems are renewed; the versions stay as saved.
    /// </summary>
    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var renewed = await Task.WhenAll(state.State.Decks.Values.Select(Recheck));
        var changed = renewed.OfType<OwnDeckEntry>().ToList();
        if (changed.Count == 0)
        {
            return;
        }

        foreach (var entry in changed)
        {
            state.State.Decks[entry.Id] = entry;
        }

        await state.WriteStateAsync(cancellationToken);
    }

    /// <summary>The entry as this server's validator reads its version, or null when it says the same as before.</summary>
    private async Task<OwnDeckEntry?> Recheck(OwnDeckEntry entry)
    {
        if (await GrainFactory.OwnDeck(entry.Id).Newest() is not { } newest || newest.Version != entry.Version)
        {
            return null;
        }

        var (deck, problems) = DeckReader.ReadDraft(newest.Yaml, OwnDecks.FileName(entry.Id));
        var fresh = deck is null ? null : OwnDeckEntry.Of(deck, newest, problems);
        return fresh is null || fresh.SameProblems(entry) ? null : fresh;
    }

    public Task<IReadOnlyList<OwnDeckEntry>> List() =>
        Task.FromResult<IReadOnlyList<OwnDeckEntry>>(state.State.Decks.Values.OrderBy(d => d.Title, StringComparer.InvariantCulture).ThenBy(d => d.Id, StringComparer.Ordinal).ToList());

    public Task<OwnDeckEntry?> Find(string id) => Task.FromResult(state.State.Decks.GetValueOrDefault(id));

    public async Task Put(OwnDeckEntry entry)
    {
        if (state.State.Decks.TryGetValue(entry.Id, out var known) && known.Version >= entry.Version)
        {
            return;
        }

        state.State.Decks[entry.Id] = entry;
        try
        {
            await state.WriteStateAsync();
        }
        catch
        {
            // The index must not list what it did not keep: the deck's next save tries again.
            if (known is null)
            {
                state.State.Decks.Remove(entry.Id);
            }
            else
            {
                state.State.Decks[entry.Id] = known;
            }

            throw;
        }
    }
}
