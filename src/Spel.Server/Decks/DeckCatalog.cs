using Spel.Scenarios.Decks;
using Spel.Scenarios.Play;
using Spel.Scenarios.Studio;
using Spel.Server.Studio;

namespace Spel.Server.Decks;

/// <summary>
/// Every deck this server offers: the read-only file decks (<see cref="FileDecks"/>) and the trainers' own decks
/// from grain storage. The own decks are asked for on every call, of the one library grain of the cluster, so a deck
/// saved on any server is offered on every server at once. An own deck never hides a file deck with its id.
/// </summary>
public sealed class DeckCatalog(FileDecks files, IGrainFactory grains)
{
    public FileDecks Files => files;

    /// <summary>What the start page offers: the file decks, then the playable own decks.</summary>
    public async Task<IReadOnlyList<DeckSummary>> SummariesAsync()
    {
        var own = await grains.Library().List();
        return files.Decks.Select(Summary)
            .Concat(own.Where(d => d.IsPlayable && !IsReadOnly(d.Id)).Select(Summary))
            .ToList();
    }

    /// <summary>The deck a session may be played with: a file deck, or an own deck's newest version when it is playable.</summary>
    public async Task<Deck?> FindAsync(string id)
    {
        if (files.Find(id) is { } fileDeck)
        {
            return fileDeck;
        }

        // The index is asked first, so a look-up of an id no one saved activates no deck grain.
        return await grains.Library().Find(id) is { IsPlayable: true } && await grains.NewestDraftAsync(id) is { Problems.Count: 0 } draft
            ? draft.Deck
            : null;
    }

    /// <summary>Shipped and folder decks: the studio can read and duplicate them, never save under their ids.</summary>
    public bool IsReadOnly(string id) => files.Find(id) is not null;

    /// <summary>The studio's list: shipped (and folder) decks, then own decks, then the files that could not be read.</summary>
    public async Task<IReadOnlyList<StudioDeckEntry>> StudioEntriesAsync()
    {
        var own = await grains.Library().List();
        var shipped = files.Decks.Select(d => new StudioDeckEntry(d.Id, d.Title, d.Language, d.Cards.Count, StudioDeckKind.Shipped, 0, null, null, []));
        var owned = own.Select(d => new StudioDeckEntry(
            d.Id, d.Title, d.Language, d.Cards.Count, StudioDeckKind.Own, d.Version, d.SavedAt, null, StudioProblems.Wire(d.Problems)));
        var broken = files.Problems.GroupBy(p => p.Source, StringComparer.Ordinal).Select(file => new StudioDeckEntry(
            file.Key, file.Key, "", 0, StudioDeckKind.Broken, 0, null, file.Key, StudioProblems.Wire(file)));
        return [.. shipped, .. owned, .. broken];
    }

    private static DeckSummary Summary(Deck deck) =>
        Summary(deck.Id, deck.Title, deck.Description, deck.Language, deck.Cards.Select(c => new CardSummary(c.Id, c.Title, c.Suggested)));

    private static DeckSummary Summary(OwnDeckEntry deck) =>
        Summary(deck.Id, deck.Title, deck.Description, deck.Language, deck.Cards.Select(c => new CardSummary(c.Id, c.Title, c.Suggested)));

    private static DeckSummary Summary(string id, string title, string description, string language, IEnumerable<CardSummary> cards)
    {
        var listed = cards.ToList();
        return new DeckSummary(id, title, description, language, listed.Count, listed);
    }
}
