using Spel.Scenarios.Decks;
using Spel.Scenarios.Play;
using Spel.Server.OtherVillages;

namespace Spel.Server.Sessions;

/// <summary>One workshop, keyed by its join code.</summary>
[Alias("spel.ISessionGrain")]
public interface ISessionGrain : IGrainWithStringKey
{
    /// <summary>
    /// Opens the session on a snapshot of the deck as <see cref="SessionSetup.Prepare"/> made it; returns the
    /// host key and the recovery code, or null when the code is taken.
    /// </summary>
    [Alias("Create")]
    Task<SessionKeys?> Create(Deck deck, SessionSettings settings);

    [Alias("GetJoinInfo")]
    Task<Reply<JoinInfo>> GetJoinInfo();

    [Alias("Join")]
    Task<Reply<SeatTicket>> Join(JoinRequest request);

    /// <summary>Gets a tablet back to its seat after a reload, sleep or dropped Wi-Fi.</summary>
    [Alias("Resume")]
    Task<Reply<ParticipantView>> Resume(string seatToken);

    [Alias("SubmitAnswer")]
    Task<Reply<ParticipantView>> SubmitAnswer(string seatToken, Answer answer);

    /// <summary>The second vote in Herstemming.</summary>
    [Alias("SubmitRevote")]
    Task<Reply<ParticipantView>> SubmitRevote(string seatToken, Position revote, string? optionId);

    /// <summary>The slotvraag: 10 points over the four functions.</summary>
    [Alias("SubmitPoints")]
    Task<Reply<ParticipantView>> SubmitPoints(string seatToken, FunctionPoints points);

    [Alias("GetProjectorView")]
    Task<Reply<ProjectorView>> GetProjectorView();

    [Alias("GetFacilitatorView")]
    Task<Reply<FacilitatorView>> GetFacilitatorView(string hostKey);

    [Alias("Command")]
    Task<Reply<FacilitatorView>> Command(string hostKey, HostCommand command);

    /// <summary>The facilitator records the group's conclusion on the current card (Afspraak); a later record replaces it.</summary>
    [Alias("RecordAgreement")]
    Task<Reply<FacilitatorView>> RecordAgreement(string hostKey, Agreement agreement);

    /// <summary>The whole debrief, for the facilitator's exports; refused before the debrief.</summary>
    [Alias("GetDebrief")]
    Task<Reply<DebriefView>> GetDebrief(string hostKey);

    /// <summary>
    /// The facilitator deletes the session: its state and every answer in it, and its share of the other villages'
    /// tallies. Afterwards the code names no session.
    /// </summary>
    [Alias("Delete")]
    Task<Reply<bool>> Delete(string hostKey);

    /// <summary>The session's anonymous tally, for its facilitator's tally file; only a session that shares with other villages has one.</summary>
    [Alias("GetTally")]
    Task<Reply<SessionTally>> GetTally(string hostKey);

    /// <summary>What other villages chose on a card, read off the session's turn after its reveal.</summary>
    [Alias("OtherVillagesRead")]
    Task OtherVillagesRead(string cardId, OtherVillagesView? view);

    // Seats (issue 10, seats part).

    /// <summary>Takes a seat out with its answers; its tablet is told and may join again. Refused in the debrief.</summary>
    [Alias("RemoveSeat")]
    Task<Reply<FacilitatorView>> RemoveSeat(string hostKey, string seatId);

    /// <summary>Moves a seat to another side or role; all its answers then count for that side. Refused in the debrief.</summary>
    [Alias("MoveSeat")]
    Task<Reply<FacilitatorView>> MoveSeat(string hostKey, string seatId, Side side, string? roleId);

    /// <summary>
    /// One person on two tablets: <paramref name="seatId"/> goes, <paramref name="intoSeatId"/> stays with its own answers
    /// and takes over those only the other gave. Refused in the debrief.
    /// </summary>
    [Alias("MergeSeats")]
    Task<Reply<FacilitatorView>> MergeSeats(string hostKey, string seatId, string intoSeatId);

    /// <summary>
    /// Connection <paramref name="connectionId"/> on the web server of <paramref name="server"/> has this seat (a join or a
    /// resume); said again on every resume, so a session activated again learns it.
    /// </summary>
    [Alias("SeatConnected")]
    Task SeatConnected(string seatId, SiloAddress server, string connectionId);

    /// <summary>That connection closed.</summary>
    [Alias("SeatDisconnected")]
    Task SeatDisconnected(string seatId, SiloAddress server, string connectionId);

    // Part "access" (issue 10): second consoles, coming back with the recovery code, afspraak drafts. Every method that
    // takes a console key takes the host key or a console secret; what the caller may do follows its ConsoleRole.

    /// <summary>What the caller's console may do, and for a main console every link handed out.</summary>
    [Alias("GetConsoleAccess")]
    Task<Reply<ConsoleAccess>> GetConsoleAccess(string consoleKey);

    /// <summary>A main console hands out a link for a co-facilitator or a notulist: a new secret, shown once.</summary>
    [Alias("GrantConsole")]
    Task<Reply<ConsoleGranted>> GrantConsole(string consoleKey, ConsoleRole role);

    /// <summary>A main console revokes a console secret; its holder is refused from then on.</summary>
    [Alias("RevokeConsole")]
    Task<Reply<ConsoleAccess>> RevokeConsole(string consoleKey, string consoleId);

    /// <summary>Any browser with the recovery code becomes a main console, with a secret of its own.</summary>
    [Alias("Recover")]
    Task<Reply<ConsoleRecovered>> Recover(string recoveryCode);

    /// <summary>An afspraak being typed on a console (Afspraak); only the consoles see it.</summary>
    [Alias("SaveDraft")]
    Task<Reply<FacilitatorView>> SaveDraft(string consoleKey, Agreement draft);
}

/// <summary>What the creator of a session gets: the host key, and the recovery code to write down.</summary>
[GenerateSerializer, Immutable, Alias("spel.session-keys")]
public sealed record SessionKeys([property: Id(0)] string HostKey, [property: Id(1)] string RecoveryCode);

/// <summary>A console secret just handed out: its public view and the secret, which the server never shows again.</summary>
[GenerateSerializer, Immutable, Alias("spel.console-granted")]
public sealed record ConsoleGranted([property: Id(0)] ConsoleLinkView Link, [property: Id(1)] string Secret, [property: Id(2)] ConsoleAccess Access);

/// <summary>
/// One saved change as the servers pass it on to their screens: only what changed for each kind of screen
/// (<see cref="SessionBroadcasts"/>). An input carries only its <see cref="Progress"/>; any other change the projector's
/// and the console's whole views, and a step of the round also what the tablets share. A revoked console secret is
/// named in <see cref="RevokedConsole"/>, so every server takes its open consoles off the session's pushes.
/// </summary>
[GenerateSerializer, Immutable, Alias("spel.session-broadcast.v2")]
public sealed record SessionBroadcast(
    [property: Id(0)] string Code,
    [property: Id(1)] long Version,
    [property: Id(2)] ProgressPush? Progress,
    [property: Id(3)] ProjectorPush? Projector,
    [property: Id(4)] FacilitatorPush? Facilitator,
    [property: Id(5)] SeatsPush? Seats,
    [property: Id(6)] string? RevokedConsole = null);
