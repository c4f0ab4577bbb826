using Microsoft.Extensions.Localization;
using Spel.Client.Localization;
using Spel.Scenarios.Localization;
using Spel.Scenarios.Resources;
using Spel.Scenarios.Decks;
using Spel.Scenarios.Play;

namespace Spel.Client.Board;

/// <summary>The words on the board, in the screen's language; the painter itself knows no language.</summary>
/// <param name="HiddenSide">The legend for a token whose side is hidden (anonymous session, a small side).</param>
/// <param name="Prediction">The label beside a side's hollow prediction marker ("voorspelling gemeente").</param>
/// <param name="NamesKey">Opens the key under the board for names shown by their initials ("Namen:").</param>
public sealed record BoardLabels(
    string EigenaarschapAxis,
    string RegieAxis,
    IReadOnlyList<string> EigenaarschapSteps,
    IReadOnlyList<string> RegieSteps,
    string Gemeente,
    string Dorpsbelangen,
    string AverageLegend,
    Func<SideGap, string> Gap,
    string HiddenSide,
    Func<Side, string> Prediction,
    string NamesKey)
{
    public string SideName(Side side) => side == Side.Gemeente ? Gemeente : Dorpsbelangen;

    /// <summary>The board's words from the app's resources, in the current UI language.</summary>
    public static BoardLabels From(IStringLocalizer<Strings> l) => new(
        l["Board_AxisEigenaarschap"],
        l["Board_AxisRegie"],
        Enum.GetValues<Eigenaarschap>().Select(e => l.EigenaarschapShort(e)).ToList(),
        Enum.GetValues<Regie>().Select(r => l.Regie(r)).ToList(),
        l.Side(Side.Gemeente),
        l.Side(Side.Dorpsbelangen),
        l["Board_AverageLegend"],
        gap => l["Board_Gap", gap.Eigenaarschap, gap.Regie],
        l["Board_HiddenLegend"],
        side => l[$"Board_Prediction{side}"],
        l["Board_NamesKey"]);
}
