namespace Spel.Scenarios.Decks;

/// <summary>Turns the YAML tree of a deck file into the deck model; the field names of the format live here.</summary>
internal sealed class DeckMapper(DeckProblems problems)
{
    public SourceMap Where { get; } = new();

    public Deck Map(Node root)
    {
        var deck = Open(root, Element.Deck);
        return deck.Done(new Deck(
            deck.Id(),
            deck.Text("title"),
            deck.Language(),
            deck.Text("description"),
            deck.Text("audience"),
            deck.List("roles", MapRole),
            deck.List("cards", MapCard)));
    }

    private Role MapRole(Node node)
    {
        var role = Open(node, Element.Role);
        return role.Done(new Role(role.Id(), role.Text("name"), role.Token("side", DeckTokens.Sides)));
    }

    private Card MapCard(Node node)
    {
        var card = Open(node, Element.Card);
        return card.Done(new Card(
            card.Id(),
            card.Text("title"),
            card.Text("situation"),
            card.OptionalText("source"),
            card.Text("action_question"),
            card.List("options", MapOption),
            card.TextList("prompts"),
            card.OptionalText("what_happened"),
            card.TextList("themes")));
    }

    private ActionOption MapOption(Node node)
    {
        var option = Open(node, Element.Option);
        return option.Done(new ActionOption(
            option.Id(),
            option.Text("text"),
            option.Token("function", DeckTokens.Functions),
            option.Token("stance", DeckTokens.Stances)));
    }

    private FieldReader Open(Node node, Element element) => FieldReader.Open(node, element, problems, Where);
}
