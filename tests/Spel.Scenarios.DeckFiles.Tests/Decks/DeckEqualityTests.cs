using Spel.Scenarios.Decks;

namespace Spel.Scenarios.Tests.Decks;

public class DeckEqualityTests
{
    [Fact]
    public void A_deck_read_twice_from_the_same_text_is_equal_with_the_same_hash_code()
    {
        var first = DeckReader.Parse(TestDecks.Valid, "proef.yaml");
        var second = DeckReader.Parse(TestDecks.Valid, "proef.yaml");

        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
    }

    [Fact]
    public void Decks_built_from_arrays_and_from_lists_with_the_same_items_are_equal()
    {
        var deck = DeckReader.Parse(TestDecks.Valid, "proef.yaml");
        var card = deck.Cards[0];

        var rebuilt = new Deck(
            deck.Id, deck.Title, deck.Language, deck.Description, deck.Audience,
            deck.Roles.ToList(),
            [new Card(card.Id, card.Title, card.Situation, card.Source, card.ActionQuestion,
                card.Options.ToList(), card.Prompts.ToArray(), card.WhatHappened, card.Themes.ToList())]);

        Assert.Equal(deck, rebuilt);
    }

    [Fact]
    public void A_deck_differing_in_one_list_item_or_its_order_is_not_equal()
    {
        var deck = DeckReader.Parse(TestDecks.Valid, "proef.yaml");
        var card = deck.Cards[0];

        Assert.NotEqual(deck, deck with { Cards = [card with { Prompts = [card.Prompts[0], "Een andere vraag?"] }] });
        Assert.NotEqual(deck, deck with { Cards = [card with { Options = [card.Options[1], card.Options[0]] }] });
        Assert.NotEqual(deck, deck with { Roles = [deck.Roles[0]] });
        Assert.NotEqual(deck, deck with { Cards = [card with { Questions = CardQuestions.Standard | CardQuestions.Prediction }] });
    }

    [Fact]
    public void A_card_built_in_code_asks_the_standard_questions()
    {
        var card = new Card("kaart", "Titel", "Situatie", null, "Wat doe jij?", [], [], null, []);

        Assert.Equal(CardQuestions.Standard, card.Questions);
    }
}
