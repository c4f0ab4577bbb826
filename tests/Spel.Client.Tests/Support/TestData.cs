using Spel.Scenarios.Decks;
using Spel.Scenarios.Play;

namespace Spel.Client.Tests.Support;

/// <summary>Views as the server would send them, small enough to read in a test.</summary>
internal static class TestData
{
    public const string Code = "ABCDEFG";

    public static CardView Card(int number = 2, int count = 8) => new(
        Id: "terras",
        Number: number,
        Count: count,
        Title: "Het terras van het dorpshuis",
        Situation: "Het dorpshuis wil een terras op het plein.",
        Source: null,
        ActionQuestion: "Wat doe jij?",
        Options:
        [
            new OptionView("loslaten", "Ik laat het aan het dorpshuis over"),
            new OptionView("meedenken", "Ik denk mee over de vergunning"),
            new OptionView("regelen", "Ik regel het zelf"),
        ],
        Prompts: ["Wie voelt zich eigenaar?", "Wat heeft het dorpshuis nodig?"],
        AsksPrediction: false);

    public static RoundView Round(Phase phase, CardView? card = null, int answered = 0, int seats = 3) =>
        new(Code, "Kleine kernen", phase, card, answered, seats, SessionSettings.Default(["terras"]), Timer: null, Agreement: null);

    public static SeatView Me { get; } = new("seat-1", "Anna", Side.Dorpsbelangen, "initiatiefnemer", "Initiatiefnemer", SeatKind.Person);

    /// <summary>A table that shares one tablet: a name and a side, no role.</summary>
    public static SeatView Table { get; } = new("seat-t", "Tafel 3", Side.Gemeente, null, null, SeatKind.Table);

    public static JoinInfo JoinInfo(SeatKind kind = SeatKind.Person) => new(
        Code,
        "Kleine kernen",
        Phase.Lobby,
        [new RoleView("wethouder", "Wethouder", Side.Gemeente), new RoleView("initiatiefnemer", "Initiatiefnemer", Side.Dorpsbelangen)],
        kind);

    public static ParticipantView Participant(long version, Phase phase, Answer? answer = null) =>
        new(version, Round(phase, phase is Phase.Lobby or Phase.Debrief ? null : Card()), Me, answer, MyRevote: null, MyPoints: null, Summary: null);

    public static ProjectorView Projector(long version, Phase phase = Phase.Lobby) =>
        new(version, Round(phase), [], null, null);

    public static RevealedAnswer Answer(string seatId, Side side, int eigenaarschap, int regie, string optionId = "loslaten") =>
        new(seatId, seatId, side, (Eigenaarschap)eigenaarschap, (Regie)regie, optionId);

    /// <summary>A reveal whose outcome is computed from its answers the way the board expects it.</summary>
    public static RevealView Reveal(params RevealedAnswer[] answers)
    {
        var gemeente = Distribution(Side.Gemeente, answers);
        var dorpsbelangen = Distribution(Side.Dorpsbelangen, answers);
        SideGap? gap = gemeente.MeanEigenaarschap is { } ge && dorpsbelangen.MeanEigenaarschap is { } de
            ? new SideGap(
                Math.Abs(ge - de),
                Math.Abs(gemeente.MeanRegie!.Value - dorpsbelangen.MeanRegie!.Value),
                Math.Sqrt(Math.Pow((ge - de) / 3, 2) + Math.Pow((gemeente.MeanRegie.Value - dorpsbelangen.MeanRegie.Value) / 4, 2)) / Math.Sqrt(2))
            : null;
        var options = Card().Options
            .Select(o => new OptionTally(
                o.Id,
                o.Text,
                VillageFunction.Verbinder,
                answers.Count(a => a.OptionId == o.Id),
                answers.Count(a => a.Side == Side.Gemeente && a.OptionId == o.Id),
                answers.Count(a => a.Side == Side.Dorpsbelangen && a.OptionId == o.Id)))
            .ToList();
        var all = new SideDistribution(
            null,
            answers.Length,
            gemeente.Eigenaarschap.Zip(dorpsbelangen.Eigenaarschap, (g, d) => g + d).ToList(),
            gemeente.Regie.Zip(dorpsbelangen.Regie, (g, d) => g + d).ToList(),
            answers.Length == 0 ? null : answers.Average(a => (int)a.Eigenaarschap),
            answers.Length == 0 ? null : answers.Average(a => (int)a.Regie));
        return new RevealView(
            answers,
            new CardOutcome("terras", 2, "Het terras van het dorpshuis", all, gemeente, dorpsbelangen, gap, options, Spread: 0),
            Predictions: [],
            Movement: null,
            OtherVillages: null);
    }

    /// <summary>An anonymous reveal with a side too small to show apart: no sides on the tokens, no per-side tallies.</summary>
    public static RevealView HiddenReveal(params RevealedAnswer[] answers)
    {
        var reveal = Reveal([.. answers.Select(a => a with { Name = null, Side = null })]);
        return reveal with
        {
            Outcome = reveal.Outcome with
            {
                Gemeente = null,
                Dorpsbelangen = null,
                Gap = null,
                Options = [.. reveal.Outcome.Options.Select(o => o with { Gemeente = null, Dorpsbelangen = null })],
            },
        };
    }

    /// <summary>The answer with its second vote, as the reveal carries it once the re-vote is closed.</summary>
    public static RevealedAnswer Revoted(RevealedAnswer answer, int eigenaarschap, int regie) =>
        answer with { Revote = new Position((Eigenaarschap)eigenaarschap, (Regie)regie) };

    private static SideDistribution Distribution(Side side, RevealedAnswer[] answers)
    {
        var mine = answers.Where(a => a.Side == side).ToList();
        return new SideDistribution(
            side,
            mine.Count,
            Enumerable.Range(1, 4).Select(i => mine.Count(a => (int)a.Eigenaarschap == i)).ToList(),
            Enumerable.Range(1, 5).Select(i => mine.Count(a => (int)a.Regie == i)).ToList(),
            mine.Count == 0 ? null : mine.Average(a => (int)a.Eigenaarschap),
            mine.Count == 0 ? null : mine.Average(a => (int)a.Regie));
    }
}
