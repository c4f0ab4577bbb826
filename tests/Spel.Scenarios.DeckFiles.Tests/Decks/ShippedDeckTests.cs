using Spel.Scenarios.Decks;

namespace Spel.Scenarios.Tests.Decks;

public class ShippedDeckTests
{
    private static readonly string DecksFolder = Path.Combine(AppContext.BaseDirectory, "decks");

    private static Deck WieHeeftDeRegie => DeckReader.ReadFile(Path.Combine(DecksFolder, "wie-heeft-de-regie.yaml"));

    [Fact]
    public void Every_shipped_deck_loads_without_problems()
    {
        var library = DeckLibrary.LoadFolder(DecksFolder);

        Assert.Empty(library.Problems);
        Assert.NotNull(library.Find("wie-heeft-de-regie"));
    }

    [Fact]
    public void Wie_heeft_de_regie_has_at_least_eight_cards_and_roles_on_both_sides()
    {
        var deck = WieHeeftDeRegie;

        Assert.Equal("Wie heeft de regie?", deck.Title);
        Assert.Equal("nl", deck.Language);
        Assert.True(deck.Cards.Count >= 8, $"Only {deck.Cards.Count} cards");
        Assert.Equal(
            ["wethouder", "raadslid", "beleidsambtenaar", "kernenadviseur"],
            deck.Roles.Where(r => r.Side == Side.Gemeente).Select(r => r.Id));
        Assert.Equal(
            ["bestuurslid-dorpsbelangen", "initiatiefnemer", "bewoner", "vrijwilliger"],
            deck.Roles.Where(r => r.Side == Side.Dorpsbelangen).Select(r => r.Id));
    }

    // How long texts may be is checked for every deck by the reader (DeckLimits); this is the shape this deck chose.
    [Fact]
    public void Wie_heeft_de_regie_offers_three_or_four_options_and_two_or_three_prompts_per_card()
    {
        Assert.All(WieHeeftDeRegie.Cards, card =>
        {
            Assert.InRange(card.Options.Count, 3, 4);
            Assert.InRange(card.Prompts.Count, 2, 3);
        });
    }

    // Issue 13: an option's stance is the gemeente's, on the five steps of the ladder; the old words
    // `samenwerken` and `nee-zeggen` described no stance of the gemeente and no shipped option may carry them.
    [Fact]
    public void Every_option_of_the_dutch_decks_takes_a_step_of_the_ladder_and_the_deck_uses_all_five()
    {
        var library = DeckLibrary.LoadFolder(DecksFolder);

        foreach (var id in new[] { "wie-heeft-de-regie", "dorpsbelangen-nieuwe-stijl", "zorg-en-samenleven" })
        {
            var options = library.Find(id)!.Cards.SelectMany(c => c.Options).ToList();
            Assert.All(options, o => Assert.Contains(o.Stance, Stances.Ladder));
            Assert.Equal(Stances.Ladder.Order(), options.Select(o => o.Stance).Distinct().Order());
        }
    }
}
