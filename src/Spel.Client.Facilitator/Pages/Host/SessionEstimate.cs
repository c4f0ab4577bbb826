using Microsoft.Extensions.Localization;
using Spel.Scenarios.Play;
using Spel.Scenarios.Resources;

namespace Spel.Client.Pages.Host;

/// <summary>
/// How long the chosen cards take, roughly (issue 10, seats part: a sensible first try). Per card: each timed phase
/// its timer when the facilitator set one, otherwise a usual length (reading 1 minute, choosing 1, the conversation
/// 3, the re-vote 1 when it is on), plus 1 minute to look at the board after the reveal and 1 for the afspraak. Once
/// per session: 3 minutes to join and the slotvraag (its timer, otherwise 2). Rounded to 5 minutes. See
/// docs/decisions.md.
/// </summary>
public static class SessionEstimate
{
    public const decimal JoinMinutes = 3;
    public const decimal RevealMinutes = 1;
    public const decimal AgreementMinutes = 1;

    /// <summary>How long a phase usually takes when it has no timer.</summary>
    public static decimal UsualMinutes(Phase phase) => phase switch
    {
        Phase.Situatie => 1,
        Phase.Kiezen => 1,
        Phase.Gesprek => 3,
        Phase.Herstemming => 1,
        Phase.Slotvraag => 2,
        _ => 0,
    };

    /// <summary>The estimate of the start page's choice, in whole minutes rounded to 5 (at least 5); 0 when no card is chosen.</summary>
    public static int Minutes(SettingsDraft draft) =>
        Minutes(draft.ChosenCount, draft.Herstemming, phase => draft.TimerIsValid(phase) ? SettingsDraft.Seconds(draft.TimerMinutes[phase]) : null);

    /// <summary>The estimate of a session's settings, for the console's lobby.</summary>
    public static int Minutes(SessionSettings settings) => Minutes(settings.CardIds.Count, settings.Herstemming, settings.TimerFor);

    private static int Minutes(int cards, bool herstemming, Func<Phase, int?> timerSeconds)
    {
        if (cards == 0)
        {
            return 0;
        }

        decimal PhaseMinutes(Phase phase) => timerSeconds(phase) is { } seconds ? seconds / 60m : UsualMinutes(phase);

        var perCard = SessionSettings.TimedPhases
            .Where(phase => phase != Phase.Slotvraag && (phase != Phase.Herstemming || herstemming))
            .Sum(PhaseMinutes) + RevealMinutes + AgreementMinutes;
        var total = JoinMinutes + cards * perCard + PhaseMinutes(Phase.Slotvraag);
        return Math.Max(5, (int)(Math.Round(total / 5, MidpointRounding.AwayFromZero) * 5));
    }

    /// <summary>"ongeveer 45 minuten", "ongeveer 2 uur en 10 minuten".</summary>
    public static string Text(IStringLocalizer<Strings> l, int minutes) =>
        minutes < 60 ? l["Start_EstimateMinutes", minutes]
        : minutes % 60 == 0 ? l["Start_EstimateHours", minutes / 60]
        : l["Start_EstimateHoursMinutes", minutes / 60, minutes % 60];
}
