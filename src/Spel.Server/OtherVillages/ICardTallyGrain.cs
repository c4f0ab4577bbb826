using Spel.Scenarios.Play;

namespace Spel.Server.OtherVillages;

/// <summary>
/// The anonymous tally of one card across sessions ("zo kozen andere dorpen"), keyed by
/// <see cref="CardTally.Key"/>. Only sessions that agreed to share contribute; only first votes are kept.
/// </summary>
[Alias("spel.ICardTallyGrain")]
public interface ICardTallyGrain : IGrainWithStringKey
{
    /// <summary>Adds, or replaces, one session's first votes on the card; <paramref name="tallyId"/> is the id its tally files carry.</summary>
    [Alias("Contribute")]
    Task Contribute(string sessionCode, string tallyId, IReadOnlyList<Answer> answers);

    /// <summary>Takes one session's votes out again, when its facilitator deletes the session.</summary>
    [Alias("Withdraw")]
    Task Withdraw(string sessionCode);

    /// <summary>
    /// Adds the first votes of sessions read from a tally file, per tally id. A session this tally counts already
    /// (imported before, or one of this server's own) is left as it is. Returns the ids that were added.
    /// </summary>
    [Alias("Import")]
    Task<IReadOnlyList<string>> Import(IReadOnlyDictionary<string, List<SharedAnswer>> sessions);

    /// <summary>
    /// What the other sessions chose, never counting <paramref name="excludingSession"/>; null until at least
    /// <see cref="Limits.OtherVillagesMinimum"/> other sessions shared.
    /// </summary>
    [Alias("Get")]
    Task<OtherVillagesView?> Get(string excludingSession);
}

public static class CardTally
{
    /// <summary>A card id is unique within its deck, so the tally is per deck and card.</summary>
    public static string Key(string deckId, string cardId) => $"{deckId}/{cardId}";
}
