namespace Spel.Scenarios.Decks;

/// <summary>Turns the YAML tree of a deck file into the deck model; the field names of the format live here.</summary>
internal sealed class DeckMapper(DeckProblems problems)
{
    public SourceMap Where { get; } = new();

    public Deck Map(Node root)
    {
        var deck = Open(root, Element.Deck, path: null);
        return deck.Done(new Deck(
            deck.Id(),
            deck.Text("title", DeckLimits.DeckTitle),
            deck.Language(),
            deck.Text("description", DeckLimits.Description),
            deck.Text("audience", DeckLimits.Audience),
            deck.List("roles", MapRole),
            deck.List("cards", MapCard)));
    }

    private Role MapRole(Node node, string path)
    {
        var role = Open(node, Element.Role, path);
        return role.Done(new Role(role.Id(), role.Text("name", DeckLimits.RoleName), role.Token("side", DeckTokens.Sides)));
    }

    private Card MapCard(Node node, string path)
    {
        var card = Open(node, Element.Card, path);
        return card.Done(new Card(
            card.Id(),
            card.Text("title", DeckLimits.CardTitle),
            card.Text("situation", DeckLimits.Situation),
            card.OptionalText("source", DeckLimits.Source),
            card.Text("action_question", DeckLimits.ActionQuestion),
            card.List("options", MapOption),
            card.TextList("prompts", DeckLimits.Prompt),
            card.OptionalText("what_happened", DeckLimits.WhatHappened),
            card.TextList("themes", DeckLimits.Theme))
        {
            Questions = card.OptionalTokenList("questions", DeckTokens.Questions) is { } questions
                ? questions.Aggregate(CardQuestions.None, (all, question) => all | question)
                : CardQuestions.Standard,
            Suggested = card.OptionalYesNo("suggested"),
        });
    }

    private ActionOption MapOption(Node node, string path)
    {
        var option = Open(node, Element.Option, path);

        // Until issue 13 the one `stance` was nobody's in particular; a step of the ladder in it is the gemeente's.
        option.Renamed("stance", "gemeente_stance");
        return option.Done(new ActionOption(
            option.Id(),
            option.Text("text", DeckLimits.OptionText),
            option.Token("function", DeckTokens.Functions),
            option.Token("gemeente_stance", DeckTokens.Stances)));
    }

    private FieldReader Open(Node node, Element element, string? path) => FieldReader.Open(node, element, path, problems, Where);
}
