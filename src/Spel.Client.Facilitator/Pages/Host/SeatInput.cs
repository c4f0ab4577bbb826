using Microsoft.Extensions.Localization;
using Spel.Client.Localization;
using Spel.Scenarios.Localization;
using Spel.Scenarios.Resources;
using Spel.Scenarios.Play;

namespace Spel.Client.Pages.Host;

/// <summary>
/// What the seats give in a phase (an answer, a second vote, their points), in the console's words.
/// <see cref="SeatStatus.HasAnswered"/> and <see cref="RoundView.AnsweredCount"/> count the current phase's input.
/// </summary>
internal static class SeatInput
{
    /// <summary>"3 van 8 hebben gekozen", or gestemd, or verdeeld.</summary>
    public static string InputCount(this IStringLocalizer<Strings> l, RoundView round) => round.Phase switch
    {
        Phase.Herstemming => l["Host_CountRevoted", round.AnsweredCount, round.SeatCount],
        Phase.Slotvraag => l["Host_CountDivided", round.AnsweredCount, round.SeatCount],
        _ => l.AnsweredCount(round),
    };

    public static string InputStatus(this IStringLocalizer<Strings> l, Phase phase, bool given) => (phase, given) switch
    {
        (Phase.Herstemming, true) => l["Host_SeatRevoted"],
        (Phase.Herstemming, false) => l["Host_SeatNotRevoted"],
        (Phase.Slotvraag, true) => l["Host_SeatDivided"],
        (Phase.Slotvraag, false) => l["Host_SeatNotDivided"],
        (_, true) => l["Console_Answered"],
        (_, false) => l["Console_NotAnswered"],
    };
}
