using Spel.Scenarios.Play;

namespace Spel.Server.Sessions;

/// <summary>Which screens a saved change concerns, which decides what is pushed.</summary>
public enum ChangeScope
{
    /// <summary>A seat's answer, second vote or points: the projector and the console get the count, the seat its reply.</summary>
    Input,

    /// <summary>A join, what other villages chose: the projector's and the console's views; a tablet shows neither.</summary>
    Overview,

    /// <summary>A step of the round, an agreement: every screen.</summary>
    Everyone,
}

/// <summary>
/// What one activation of a session tells the servers after each saved change. It remembers the version of the last
/// change that was not an input (what a progress push completes) and which card's text went out already, so a card's
/// text travels with the first push that shows it and never again. A new activation knows neither, so its first change
/// goes out whole, with the card.
/// </summary>
public sealed class SessionBroadcasts
{
    private long? _lastWhole;
    private string? _cardSent;

    /// <summary>
    /// The broadcast of the change just saved, built only when called (there may be no server to tell). The change
    /// counts as told either way: a screen that missed it watches again.
    /// </summary>
    /// <param name="controls">The console's round controls, asked only when the console's view is built (not for a count).</param>
    /// <param name="seatsToResume">The seats whose tablets must read their own view again (a seat the facilitator changed).</param>
    public Func<SessionBroadcast> After(
        ChangeScope scope,
        SessionState state,
        string code,
        SessionViews views,
        HostCommand? next,
        Func<IReadOnlyList<HostCommand>>? controls = null,
        IReadOnlyList<string>? seatsToResume = null)
    {
        var version = state.Version;
        if (scope == ChangeScope.Input && _lastWhole is { } since)
        {
            var answered = state.SeatsWithInput;
            return () => new SessionBroadcast(code, version, new ProgressPush(code, version, since, answered.Count, answered.ToList(), next), null, null, null);
        }

        _lastWhole = version;
        return () =>
        {
            var round = views.SharedRound;
            var cardId = round.Card?.Id;
            var shown = cardId is null || cardId != _cardSent ? round : round with { Card = null };
            _cardSent = cardId;
            var projector = views.Projector() with { Round = shown };
            var facilitator = views.Facilitator(next, controls?.Invoke()) with { Round = shown };
            return new SessionBroadcast(
                code,
                version,
                null,
                new ProjectorPush(projector, cardId),
                new FacilitatorPush(facilitator, cardId),
                scope == ChangeScope.Everyone ? new SeatsPush(version, shown, cardId, views.SharedSummary, seatsToResume) : null);
        };
    }
}
