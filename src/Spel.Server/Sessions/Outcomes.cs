using Spel.Scenarios.Decks;
using Spel.Scenarios.Play;

namespace Spel.Server.Sessions;

/// <summary>How the room answered a card: distributions per side, the gap between the sides, the action choices.</summary>
public static class Outcomes
{
    private static readonly int EigenaarschapSteps = Enum.GetValues<Eigenaarschap>().Length;
    private static readonly int RegieSteps = Enum.GetValues<Regie>().Length;

    public static CardOutcome For(Card card, int number, IReadOnlyCollection<(Side Side, Answer Answer)> answers)
    {
        var gemeente = Distribution(Side.Gemeente, answers);
        var dorpsbelangen = Distribution(Side.Dorpsbelangen, answers);
        var options = card.Options
            .Select(o => new OptionTally(
                o.Id,
                o.Text,
                answers.Count(a => a.Side == Side.Gemeente && a.Answer.OptionId == o.Id),
                answers.Count(a => a.Side == Side.Dorpsbelangen && a.Answer.OptionId == o.Id)))
            .ToList();
        return new CardOutcome(card.Id, number, card.Title, gemeente, dorpsbelangen, Gap(gemeente, dorpsbelangen), options);
    }

    /// <summary>
    /// The distance between the sides' averages. Each axis is scaled to 0..1 so that four ownership types and
    /// five regie steps weigh the same; the result is 0 on the same spot and 1 in opposite corners.
    /// </summary>
    public static SideGap? Gap(SideDistribution a, SideDistribution b)
    {
        if (a.MeanEigenaarschap is not { } ea || b.MeanEigenaarschap is not { } eb ||
            a.MeanRegie is not { } ra || b.MeanRegie is not { } rb)
        {
            return null;
        }

        var eigenaarschap = Math.Abs(ea - eb);
        var regie = Math.Abs(ra - rb);
        var scaledE = eigenaarschap / (EigenaarschapSteps - 1);
        var scaledR = regie / (RegieSteps - 1);
        var distance = Math.Sqrt((scaledE * scaledE) + (scaledR * scaledR)) / Math.Sqrt(2);
        return new SideGap(eigenaarschap, regie, distance);
    }

    private static SideDistribution Distribution(Side side, IEnumerable<(Side Side, Answer Answer)> answers)
    {
        var mine = answers.Where(a => a.Side == side).Select(a => a.Answer).ToList();
        var eigenaarschap = new int[EigenaarschapSteps];
        var regie = new int[RegieSteps];
        foreach (var answer in mine)
        {
            eigenaarschap[(int)answer.Eigenaarschap - 1]++;
            regie[(int)answer.Regie - 1]++;
        }

        return new SideDistribution(
            side,
            mine.Count,
            eigenaarschap,
            regie,
            mine.Count == 0 ? null : mine.Average(a => (int)a.Eigenaarschap),
            mine.Count == 0 ? null : mine.Average(a => (int)a.Regie));
    }
}
