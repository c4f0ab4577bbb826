using Microsoft.Extensions.Localization;
using Spel.Scenarios.Resources;
using Spel.Scenarios.Decks;
using Spel.Scenarios.Play;

namespace Spel.Scenarios.Localization;

/// <summary>
/// The words and numbers of the debrief, shared by the page, the group summary and the server's exports, so
/// paper, screen and file say the same.
/// </summary>
public static class DebriefLabels
{
    /// <summary>A side's name, or the whole room's when the split is hidden.</summary>
    public static string SideOrRoom(this IStringLocalizer<Strings> l, Side? side) => side is { } known ? l.Side(known) : l["Outcome_Room"];

    public static string Owner(this IStringLocalizer<Strings> l, Agreement agreement) =>
        agreement.Owner is { } owner ? l.Eigenaarschap(owner) : "";

    public static string RegieOf(this IStringLocalizer<Strings> l, Agreement agreement) =>
        agreement.Regie is { } regie ? l.Regie(regie) : "";

    /// <summary>
    /// "Hoe goed kennen we elkaar" as a percentage: 100 when every prediction hit the other side's average,
    /// 0 when predictions lay at the opposite corner of the board.
    /// </summary>
    public static int KnowPercent(double meanDistance) =>
        (int)Math.Round((1 - meanDistance) * 100, MidpointRounding.AwayFromZero);

    /// <summary>The four functions in the order the chart and the tables show them.</summary>
    public static IReadOnlyList<VillageFunction> Functions { get; } = Enum.GetValues<VillageFunction>();

    /// <summary>Where a side's "waar willen we naartoe" comes from: its second votes, the slotvraag, or nowhere.</summary>
    public static string WantedBasis(this IStringLocalizer<Strings> l, SideProfile side) =>
        side.WantedChoices > 0 ? l["Profile_WantedBasis", side.WantedChoices]
        : side.WantedFromSlotvraag ? l["Profile_WantedFromSlotvraag"]
        : l["Profile_WantedNotAsked"];

    /// <summary>
    /// Whether the slotvraag needs a bar or column of its own beside "gewenst": only where "gewenst" came from second
    /// votes; otherwise "gewenst" is the slotvraag.
    /// </summary>
    public static bool ShowsSlotvraag(SideProfile side) => side.WantedChoices > 0 && side.Slotvraag is not null;
}
