using Spel.Scenarios.Decks;

namespace Spel.Scenarios.Play;

/// <summary>
/// How far apart two spots on the board are. Each axis is scaled to 0..1, so four ownership types and five regie
/// steps weigh the same; the distance is 0 on the same spot and 1 between opposite corners. The server's tallies
/// and the projector's board measure with this one rule.
/// </summary>
public static class BoardDistance
{
    private static readonly int EigenaarschapSteps = Enum.GetValues<Eigenaarschap>().Length;
    private static readonly int RegieSteps = Enum.GetValues<Regie>().Length;

    /// <summary>The distance between two spots given in steps (eigenaarschap 1–4, regie 1–5), averages included.</summary>
    public static double Between(double eigenaarschapA, double regieA, double eigenaarschapB, double regieB)
    {
        var e = (eigenaarschapA - eigenaarschapB) / (EigenaarschapSteps - 1);
        var r = (regieA - regieB) / (RegieSteps - 1);
        return Math.Sqrt((e * e) + (r * r)) / Math.Sqrt(2);
    }

    public static double Between(Position a, Position b) =>
        Between((int)a.Eigenaarschap, (int)a.Regie, (int)b.Eigenaarschap, (int)b.Regie);
}
