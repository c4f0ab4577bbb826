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

    // A card need not offer one option per function (issue 13); across the deck the gemeente takes every step of the ladder.
    [Fact]
    public void Wie_heeft_de_regie_uses_every_step_of_the_ladder()
    {
        var stances = WieHeeftDeRegie.Cards.SelectMany(c => c.Options).Select(o => o.Stance).ToHashSet();

        Assert.Equal(Stances.Ladder.Order(), stances.Order());
    }
}
