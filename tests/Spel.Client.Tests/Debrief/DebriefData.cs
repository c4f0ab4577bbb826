using Spel.Client.Tests.Support;
using Spel.Scenarios.Decks;
using Spel.Scenarios.Play;

namespace Spel.Client.Tests.Debrief;

/// <summary>Debriefs as the server would send them at the end of a workshop, small enough to check by hand.</summary>
internal static class DebriefData
{
    public static readonly Agreement Afspraak = new(
        AgreementKind.Afspraak, Eigenaarschap.GemeenschapMetBijdrage, Regie.Gedeeld, "Vergunning samen aanvragen", "Anna en Henk", "Eerst bellen");

    public static readonly Agreement Bouwsteen = new(AgreementKind.Bouwsteen, Text: "Eén vast aanspreekpunt voor het dorpshuis");

    public static readonly Agreement OpenVraag = new(AgreementKind.OpenVraag, Text: "Wie betaalt het onderhoud?");

    /// <summary>Card 2 with both sides shown: three from the gemeente, two from dorpsbelangen, who moved and predicted.</summary>
    public static CardDebrief SplitCard()
    {
        var reveal = TestData.Reveal(
            TestData.Answer("g1", Side.Gemeente, 4, 5),
            TestData.Answer("g2", Side.Gemeente, 4, 4),
            TestData.Answer("g3", Side.Gemeente, 3, 4),
            TestData.Answer("d1", Side.Dorpsbelangen, 1, 2),
            TestData.Answer("d2", Side.Dorpsbelangen, 2, 2, "meedenken"));
        return new CardDebrief(
            reveal with
            {
                Movement = new MovementView([
                    new SideMovement(Side.Gemeente, 3, 1, 3.7, 4.3, 3.3, 4.0, 0.1),
                    new SideMovement(Side.Dorpsbelangen, 2, 0, 1.5, 2.0, 1.5, 2.0, 0),
                ]),
                Predictions = [new PredictionOutcome(Side.Gemeente, 3, 2.0, 2.0, 1.5, 2.0, 0.12)],
                OtherVillages = new OtherVillagesView(
                    4,
                    new SideDistribution(null, 20, [5, 10, 5, 0], [2, 8, 6, 4, 0], 2.0, 2.6),
                    [new OptionCount("loslaten", 12), new OptionCount("meedenken", 8)]),
            },
            Afspraak);
    }

    /// <summary>Card 5 in an anonymous session where one side had fewer than three answers: only the room is shown.</summary>
    public static CardDebrief HiddenSplitCard()
    {
        var all = new SideDistribution(null, 4, [1, 2, 1, 0], [0, 1, 2, 1, 0], 2.0, 3.0);
        var outcome = new CardOutcome(
            "glasvezel", 5, "Glasvezel door de coöperatie", all, Gemeente: null, Dorpsbelangen: null, Gap: null,
            [
                new OptionTally("loslaten", "Laat de coöperatie begaan", VillageFunction.Aanjager, 3, null, null),
                new OptionTally("regelen", "De gemeente regelt het", VillageFunction.Vertegenwoordiger, 1, null, null),
            ],
            Spread: 0.3);
        var answers = new[]
        {
            new RevealedAnswer("s1", null, null, Eigenaarschap.Gemeenschap, Regie.VooralGemeenschap, "loslaten"),
            new RevealedAnswer("s2", null, null, Eigenaarschap.GemeenschapMetBijdrage, Regie.Gedeeld, "loslaten"),
            new RevealedAnswer("s3", null, null, Eigenaarschap.GemeenschapMetBijdrage, Regie.Gedeeld, "loslaten"),
            new RevealedAnswer("s4", null, null, Eigenaarschap.GemeenteMetBijdrage, Regie.VooralGemeente, "regelen"),
        };
        return new CardDebrief(new RevealView(answers, outcome, [], null, null), Agreement: null);
    }

    public static FunctionProfile Profile() => new([
        new SideProfile(Side.Gemeente, new FunctionScores(5, 0, 5, 0), new FunctionScores(2, 3, 3, 2), Choices: 6, Respondents: 3),
        new SideProfile(Side.Dorpsbelangen, new FunctionScores(0, 0, 20.0 / 3, 10.0 / 3), new FunctionScores(0, 2, 4, 4), Choices: 6, Respondents: 2),
    ]);

    public static IReadOnlyList<Acquaintance> KnowEachOther() =>
        [new Acquaintance(Side.Gemeente, 6, 0.22), new Acquaintance(Side.Dorpsbelangen, 4, 0.31)];

    public static IReadOnlyList<AgreementRow> Agreements() =>
    [
        new("terras", 2, "Het terras van het dorpshuis", Afspraak),
        new("zwemmeer", 3, "Het zwemmeer van de bewoners", Bouwsteen),
        new("glasvezel", 5, "Glasvezel door de coöperatie", OpenVraag),
    ];

    public static DebriefView Debrief() => new(
        TestData.Code,
        "Kleine kernen",
        new DateTimeOffset(2025, 3, 14, 19, 30, 0, TimeSpan.Zero),
        SessionSettings.Default(["terras", "zwemmeer", "glasvezel"]) with { Herstemming = true, Wisselperspectief = true },
        SeatCount: 9,
        [HiddenSplitCard(), SplitCard()],
        Profile(),
        KnowEachOther(),
        Agreements());

    public static GroupSummary Summary() => new(
        "Kleine kernen",
        CardsPlayed: 3,
        [new DividedCard(5, "Glasvezel door de coöperatie", 0.3), new DividedCard(2, "Het terras van het dorpshuis", 0.2)],
        Profile(),
        KnowEachOther(),
        Agreements());
}
