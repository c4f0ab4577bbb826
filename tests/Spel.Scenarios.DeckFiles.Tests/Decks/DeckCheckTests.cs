using Spel.Scenarios.Decks;

namespace Spel.Scenarios.Tests.Decks;

/// <summary>The validator on a deck from the studio's editor: the editor shows each problem at the field its path names.</summary>
public class DeckCheckTests
{
    private static readonly Deck Small = DeckReader.Parse(TestDecks.Valid, "proef.yaml");

    private static readonly Card Terras = Small.Cards[0];

    [Fact]
    public void A_playable_deck_has_no_problems()
    {
        Assert.Empty(DeckCheck.Of(Small, "studio"));
    }

    [Fact]
    public void Problems_name_the_field_by_the_editors_indexes()
    {
        var second = Terras with
        {
            Id = "markt",
            Situation = new string('x', DeckLimits.Situation + 1),
            Options = [Terras.Options[0], Terras.Options[1] with { Id = "samen" }],
            Prompts = [Terras.Prompts[0], "Bel 06 12345678 voor meer."],
            Themes = [],
        };
        var deck = Small with
        {
            Roles = [Small.Roles[0], Small.Roles[1] with { Name = "" }],
            Cards = [Terras, second, Terras with { Id = "plein", Options = [Terras.Options[0]] }],
        };

        var paths = DeckCheck.Of(deck, "studio").Select(p => p.Path).ToList();

        Assert.Equal(
            ["cards[1].options[1].id", "cards[1].prompts[1]", "cards[1].situation", "cards[1].themes", "cards[2].options", "roles[1].name"],
            paths.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_deck_with_missing_texts_empty_lists_and_missing_cards_gets_the_usual_problems_instead_of_an_error()
    {
        // What the editor's JSON gives when it leaves fields out: null texts, null elements, a number that is no function.
        var halfWritten = new Card(
            null!,
            "",
            null!,
            null,
            "   ",
            [new ActionOption("a", null!, (VillageFunction)99, Stance.Loslaten), null!],
            [null!, "Wie heeft de regie?"],
            null,
            []);
        var deck = new Deck("proef", null!, "nl", "", "Iedereen", [], [Terras, halfWritten, null!]);

        var problems = DeckCheck.Of(deck, "studio").Select(p => (p.Path, p.MessageNl)).ToList();

        Assert.All(
            new (string, string)[]
            {
                ("title", "Het veld `title` in deck `proef` is leeg."),
                ("description", "Het veld `description` in deck `proef` is leeg."),
                ("roles", "Het deck heeft geen rol aan de kant `gemeente`; er zijn rollen aan beide kanten nodig."),
                ("cards[1].id", "Het veld `id` in een kaart is leeg."),
                ("cards[1].title", "Het veld `title` in een kaart is leeg."),
                ("cards[1].situation", "Het veld `situation` in een kaart is leeg."),
                ("cards[1].action_question", "Het veld `action_question` in een kaart is leeg."),
                ("cards[1].options[0].text", "Het veld `text` in antwoordoptie `a` is leeg."),
                ("cards[1].options[0].function", "Onbekende functie `99`. Kies uit: vertegenwoordiger, kennisdeler, verbinder, aanjager."),
                ("cards[1].options[1].id", "Het veld `id` ontbreekt in een antwoordoptie."),
                ("cards[1].prompts[0]", "Het veld `prompts` in een kaart is leeg."),
                ("cards[1].themes", "Een kaart zonder id heeft geen thema's; geef er minstens één."),
                ("cards[2].situation", "Het veld `situation` ontbreekt in een kaart."),
            },
            expected => Assert.Contains(expected, problems));
        Assert.All(problems, p => Assert.NotNull(p.Path));
    }
}
