using Spel.Scenarios.Play;

namespace Spel.Client.Realtime;

/// <summary>
/// How a push becomes the whole view a screen shows, given the view it shows now. Null means it cannot: the screen
/// missed what the push builds on, and watches again.
/// </summary>
public static class PushMerge
{
    /// <summary>A whole view replaces the one shown unless that one is newer.</summary>
    public static TView? Newer<TView>(TView? current, TView view, Func<TView, long> version)
        where TView : class =>
        current is null || version(view) >= version(current) ? view : null;

    public static ProjectorView? Merge(ProjectorView current, ProjectorPush push) =>
        WithCard(push.View.Round, push.CardId, current.Round) is { } round ? push.View with { Round = round } : null;

    public static FacilitatorView? Merge(FacilitatorView current, FacilitatorPush push) =>
        WithCard(push.View.Round, push.CardId, current.Round) is { } round ? push.View with { Round = round } : null;

    /// <summary>The projector's count: the view shown, as new as the push, when nothing but inputs came since it.</summary>
    public static ProjectorView? Merge(ProjectorView current, ProgressPush push) =>
        current.Version < push.Since
            ? null
            : current with { Version = push.Version, Round = current.Round with { AnsweredCount = push.AnsweredCount } };

    /// <summary>The console's count, who has answered and its next step; a seat it does not know means it missed a join.</summary>
    public static FacilitatorView? Merge(FacilitatorView current, ProgressPush push)
    {
        if (current.Version < push.Since || push.Answered is not { } answered || answered.Any(id => current.Seats.All(s => s.SeatId != id)))
        {
            return null;
        }

        var given = answered.ToHashSet();
        return current with
        {
            Version = push.Version,
            Round = current.Round with { AnsweredCount = push.AnsweredCount },
            Seats = current.Seats.Select(s => s with { HasAnswered = given.Contains(s.SeatId) }).ToList(),
            NextCommand = push.NextCommand,
        };
    }

    /// <summary>
    /// The pushed round with its card: the pushed text, or the text the screen shows when the push left it out; null when
    /// the screen does not have that card.
    /// </summary>
    public static RoundView? WithCard(RoundView pushed, string? cardId, RoundView shown) =>
        pushed.Card is not null || cardId is null ? pushed
        : shown.Card?.Id == cardId ? pushed with { Card = shown.Card }
        : null;
}

/// <summary>
/// A tablet's view in two parts: what all tablets share (the round and the summary), from pushes and from whole views,
/// and the seat's own input, from whole views only (its replies and resumes). Each part is the newest of its kind, so
/// a reply that arrives after a newer push still brings the seat's answer. The own answer and second vote belong to a
/// card: a round on another card shows none.
/// </summary>
public sealed class SeatParts
{
    private ParticipantView? _own;

    public ParticipantView? Offered(ParticipantView? current, ParticipantView view)
    {
        var ownIsNewer = _own is null || view.Version >= _own.Version;
        var sharedIsNewer = current is null || view.Version >= current.Version;
        if (!ownIsNewer && !sharedIsNewer)
        {
            return null;
        }

        if (ownIsNewer)
        {
            _own = view;
        }

        return WithOwn(sharedIsNewer ? view : current!);
    }

    /// <summary>Null, so the tablet resumes, also when the facilitator changed this seat (moved, removed or merged it).</summary>
    public ParticipantView? Merge(ParticipantView current, SeatsPush push) =>
        push.Resume?.Contains(current.Me.SeatId) != true
        && PushMerge.WithCard(push.Round, push.CardId, current.Round) is { } round
            ? WithOwn(current with { Version = push.Version, Round = round, Summary = push.Summary })
            : null;

    private ParticipantView WithOwn(ParticipantView shared)
    {
        var own = _own!;
        var sameCard = own.Round.Card?.Id == shared.Round.Card?.Id;
        return shared with
        {
            Me = own.Me,
            MyAnswer = sameCard ? own.MyAnswer : null,
            MyRevote = sameCard ? own.MyRevote : null,
            MyRevoteOption = sameCard ? own.MyRevoteOption : null,
            MyPoints = own.MyPoints,
        };
    }
}
