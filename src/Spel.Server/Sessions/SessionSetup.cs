using Spel.Scenarios.Decks;
using Spel.Scenarios.Play;

namespace Spel.Server.Sessions;

/// <summary>Checks the facilitator's settings against the deck and takes the session's snapshot of the chosen cards.</summary>
public static class SessionSetup
{
    /// <summary>
    /// The deck as the session plays it (only the chosen cards, in the chosen order) and the settings it keeps,
    /// or <see cref="ErrorCode.InvalidSettings"/>.
    /// </summary>
    public static Reply<(Deck Deck, SessionSettings Settings)> Prepare(Deck deck, SessionSettings? requested)
    {
        var settings = requested ?? SessionSettings.Default(deck.Cards.Select(c => c.Id));
        var cards = (settings.CardIds ?? []).Select(id => deck.Cards.FirstOrDefault(c => c.Id == id)).ToList();
        var timers = settings.Timers ?? [];
        var venue = CoverText(settings.Venue);
        var facilitator = CoverText(settings.Facilitator);
        var valid =
            cards.Count > 0
            && cards.All(c => c is not null)
            && settings.CardIds!.Distinct(StringComparer.Ordinal).Count() == cards.Count
            && Enum.IsDefined(settings.SeatKind)
            && timers.All(t => t is not null && SessionSettings.TimedPhases.Contains(t.Phase)
                && t.Seconds is >= SessionSettings.MinimumTimerSeconds and <= SessionSettings.MaximumTimerSeconds)
            && timers.Select(t => t.Phase).Distinct().Count() == timers.Count
            && venue is not null
            && facilitator is not null;
        return valid
            ? Reply<(Deck, SessionSettings)>.Ok((deck with { Cards = cards! }, settings with { CardIds = settings.CardIds!.ToList(), Timers = timers.ToList(), Venue = Blank(venue), Facilitator = Blank(facilitator) }))
            : Reply<(Deck, SessionSettings)>.Refused(ErrorCode.InvalidSettings);
    }

    /// <summary>Tidied cover text ("" when none was given), or null when it cannot be kept as typed.</summary>
    private static string? CoverText(string? text) =>
        UserText.Clean(text) is { Length: <= Limits.CoverTextLength } tidy ? tidy : null;

    private static string? Blank(string? text) => string.IsNullOrEmpty(text) ? null : text;
}
