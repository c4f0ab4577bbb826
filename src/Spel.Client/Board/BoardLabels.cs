using Spel.Scenarios.Decks;
using Spel.Scenarios.Play;

namespace Spel.Client.Board;

/// <summary>The words on the board, in the screen's language; the painter itself knows no language.</summary>
public sealed record BoardLabels(
    string EigenaarschapAxis,
    string RegieAxis,
    IReadOnlyList<string> EigenaarschapSteps,
    IReadOnlyList<string> RegieSteps,
    string Gemeente,
    string Dorpsbelangen,
    string AverageLegend,
    Func<SideGap, string> Gap)
{
    public string SideName(Side side) => side == Side.Gemeente ? Gemeente : Dorpsbelangen;
}
