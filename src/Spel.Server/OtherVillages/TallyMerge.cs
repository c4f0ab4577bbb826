namespace Spel.Server.OtherVillages;

/// <summary>Adds the sessions of a tally file, already read in full, to the tallies of their decks' cards.</summary>
public static class TallyMerge
{
    /// <summary>How many of <paramref name="sessions"/> added to at least one card: the others were known on every card they name.</summary>
    public static async Task<int> IntoAsync(IGrainFactory grains, IReadOnlyList<SessionTally> sessions)
    {
        var perCard = sessions
            .SelectMany(session => session.Cards.Select(card => (Key: CardTally.Key(session.DeckId, card.Key), session.Id, Answers: card.Value)))
            .GroupBy(entry => entry.Key, StringComparer.Ordinal)
            .Select(card => grains.GetGrain<ICardTallyGrain>(card.Key)
                .Import(card.ToDictionary(entry => entry.Id, entry => entry.Answers, StringComparer.Ordinal)));
        var added = await Task.WhenAll(perCard);
        return added.SelectMany(ids => ids).Distinct(StringComparer.Ordinal).Count();
    }
}
