using Spel.Scenarios.Decks;

namespace Spel.Server.Tests.Support;

/// <summary>Small decks built in code, so session tests do not depend on the shipped content.</summary>
public static class TestDecks
{
    public static readonly Role Wethouder = new("wethouder", "Wethouder", Side.Gemeente);
    public static readonly Role Ambtenaar = new("ambtenaar", "Beleidsambtenaar", Side.Gemeente);
    public static readonly Role Bestuurslid = new("bestuurslid", "Bestuurslid dorpsbelangen", Side.Dorpsbelangen);
    public static readonly Role Initiatiefnemer = new("initiatiefnemer", "Initiatiefnemer", Side.Dorpsbelangen);

    public static Deck WithCards(int count) => new(
        "test-deck",
        "Testspel",
        "nl",
        "Een kleine stapel om mee te testen.",
        "gemengde groep",
        [Wethouder, Ambtenaar, Bestuurslid, Initiatiefnemer],
        Enumerable.Range(1, count).Select(Card).ToList());

    private static Card Card(int number) => new(
        $"kaart-{number}",
        $"Kaart {number}",
        $"Situatie {number}: het dorp wil iets en de gemeente ook.",
        null,
        "Wat doe jij?",
        [
            new ActionOption("loslaten", "Het dorp laten begaan", VillageFunction.Aanjager, Stance.Loslaten),
            new ActionOption("samen", "Samen een plan maken", VillageFunction.Verbinder, Stance.Faciliteren),
            new ActionOption("regels", "Eerst de regels op tafel", VillageFunction.Vertegenwoordiger, Stance.Reguleren),
        ],
        ["Wie is hier eigenaar?", "Wie houdt de regie?"],
        null,
        ["test"]);
}
