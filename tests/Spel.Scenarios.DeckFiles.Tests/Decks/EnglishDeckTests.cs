using Spel.Scenarios.Decks;

namespace Spel.Scenarios.Tests.Decks;

// The English deck is the Dutch deck for groups that do not read Dutch: the same cases with the same courses of
// action, so a card's tally and the debrief's profiles mean the same whichever language a session played, and the
// same short set for a first session.
public class EnglishDeckTests
{
    private static readonly DeckLibrary Shipped = DeckLibrary.LoadFolder(Path.Combine(AppContext.BaseDirectory, "decks"));

    private static Deck Dutch => Assert.IsType<Deck>(Shipped.Find("wie-heeft-de-regie"));

    private static Deck English => Assert.IsType<Deck>(Shipped.Find("who-holds-control"));

    [Fact]
    public void Who_holds_control_offers_every_card_of_wie_heeft_de_regie_with_the_same_options_tags_and_suggestion()
    {
        var english = English;
        Assert.Equal("en", english.Language);

        var differences = Dutch.Cards
            .SelectMany(card => Differences(card, english.Cards.FirstOrDefault(c => c.Id == card.Id)))
            .ToList();

        Assert.True(differences.Count == 0, "The English deck differs from the Dutch one:\n" + string.Join("\n", differences));
    }

    [Fact]
    public void Who_holds_control_offers_the_same_roles_as_wie_heeft_de_regie()
    {
        Assert.Equal(Dutch.Roles.Select(r => (r.Id, r.Side)), English.Roles.Select(r => (r.Id, r.Side)));
    }

    private static IEnumerable<string> Differences(Card dutch, Card? english)
    {
        if (english is null)
        {
            yield return $"{dutch.Id}: no English card";
            yield break;
        }
        if (english.Suggested != dutch.Suggested)
            yield return $"{dutch.Id}: suggested {dutch.Suggested} in Dutch, {english.Suggested} in English";
        var dutchIds = dutch.Options.Select(o => o.Id).ToList();
        var englishIds = english.Options.Select(o => o.Id).ToList();
        if (!dutchIds.SequenceEqual(englishIds))
        {
            yield return $"{dutch.Id}: options {string.Join(", ", dutchIds)} in Dutch, {string.Join(", ", englishIds)} in English";
            yield break;
        }
        foreach (var (nl, en) in dutch.Options.Zip(english.Options))
        {
            if (nl.Function != en.Function || nl.Stance != en.Stance)
                yield return $"{dutch.Id}/{nl.Id}: {nl.Function}, {nl.Stance} in Dutch, {en.Function}, {en.Stance} in English";
        }
    }
}
