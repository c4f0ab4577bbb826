using Spel.Scenarios.Decks;

namespace Spel.Client.Tests.Preview;

/// <summary>A small deck as the studio edits it: two roles per side and two cards.</summary>
internal static class PreviewDeck
{
    public static Card Terras { get; } = new(
        "terras",
        "Het terras van het dorpshuis",
        "Het dorpshuis wil een terras op het plein, maar de buren maken zich zorgen over het geluid.",
        "Gesprek met een dorpsraad, 2024",
        "Wat doe jij?",
        [
            new ActionOption("loslaten", "Ik laat het aan het dorpshuis over", VillageFunction.Verbinder, Stance.Loslaten),
            new ActionOption("meedenken", "Ik denk mee over de vergunning", VillageFunction.Kennisdeler, Stance.Faciliteren),
            new ActionOption("regelen", "Ik regel het zelf", VillageFunction.Aanjager, Stance.Regisseren),
        ],
        ["Wie voelt zich eigenaar?"],
        null,
        []);

    public static Card Bus { get; } = new(
        "buurtbus",
        "De buurtbus stopt",
        "De vervoerder stopt met de lijn; vrijwilligers willen een buurtbus.",
        null,
        "Wie neemt het voortouw?",
        [
            new ActionOption("gemeente", "De gemeente", VillageFunction.Vertegenwoordiger, Stance.Reguleren),
            new ActionOption("dorp", "Het dorp", VillageFunction.Aanjager, Stance.Stimuleren),
        ],
        [],
        null,
        []) { Questions = CardQuestions.Standard | CardQuestions.Prediction };

    public static Deck Deck { get; } = new(
        "proef",
        "Proefdeck",
        "nl",
        "Om te proberen",
        "Trainers",
        [
            new Role("wethouder", "Wethouder", Side.Gemeente),
            new Role("ambtenaar", "Beleidsambtenaar", Side.Gemeente),
            new Role("bestuurslid", "Bestuurslid", Side.Dorpsbelangen),
            new Role("bewoner", "Bewoner", Side.Dorpsbelangen),
        ],
        [Terras, Bus]);
}
