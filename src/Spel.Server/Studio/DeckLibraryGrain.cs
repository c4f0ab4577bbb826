using Spel.Server.Sessions;

namespace Spel.Server.Studio;

/// <summary>The index of the own decks; see <see cref="IDeckLibraryGrain"/>.</summary>
public sealed class DeckLibraryGrain(
    [PersistentState(DeckLibraryGrain.StateName, StorageNames.Decks)] IPersistentState<DeckLibraryState> state) : Grain, IDeckLibraryGrain
{
    public const string StateName = "library";

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
