using System.Text.Json.Serialization;

namespace Spel.Scenarios.Play;

// What the server pushes to the screens that watch a session (GameHubContract's client methods). A push carries only
// what changed for that kind of screen; the client's realtime layer merges it into the whole view it shows, and a
// screen that cannot (it missed a push) watches again, which answers with the whole view.

/// <summary>A push about one session, at the version of the saved change it shows.</summary>
public interface ISessionPush
{
    string Code { get; }

    long Version { get; }
}

/// <summary>
/// The projector's whole view after a change of the session (a step, a join). A card's text travels once: when the
/// screens already got it, <c>View.Round.Card</c> is left out and <see cref="CardId"/> still names the card.
/// </summary>
public sealed record ProjectorPush(ProjectorView View, string? CardId) : ISessionPush
{
    [JsonIgnore]
    public string Code => View.Round.Code;

    [JsonIgnore]
    public long Version => View.Version;
}

/// <summary>The facilitator's whole view after a change of the session, the card's text left out as in <see cref="ProjectorPush"/>.</summary>
public sealed record FacilitatorPush(FacilitatorView View, string? CardId) : ISessionPush
{
    [JsonIgnore]
    public string Code => View.Round.Code;

    [JsonIgnore]
    public long Version => View.Version;
}

/// <summary>
/// What every tablet of a session shares after a step of the round, sent once to all of them: the round (its card's
/// text left out as in <see cref="ProjectorPush"/>) and the group summary. A seat's own input comes in its replies.
/// <see cref="Resume"/> names the seats the facilitator changed (moved, removed, merged): those tablets resume to read
/// their own view again, and a removed one learns so.
/// </summary>
public sealed record SeatsPush(long Version, RoundView Round, string? CardId, GroupSummary? Summary, IReadOnlyList<string>? Resume = null) : ISessionPush
{
    [JsonIgnore]
    public string Code => Round.Code;
}

/// <summary>
/// Someone gave this phase's input (an answer, a second vote, points): how many have now, and for the console who and
/// its next step. It completes a view at least as new as <see cref="Since"/>, the session's last change of anything
/// else; a screen that shows an older one missed that change. Screens get at most one per
/// <see cref="GameHubContract.ProgressWindow"/>, the newest.
/// </summary>
public sealed record ProgressPush(
    string Code,
    long Version,
    long Since,
    int AnsweredCount,
    IReadOnlyList<string>? Answered = null,
    HostCommand? NextCommand = null) : ISessionPush;
