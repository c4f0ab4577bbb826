namespace Spel.Scenarios.Play;

/// <summary>
/// Why a request was refused. Screens translate the code into the user's language
/// (client resources); logs use <see cref="ErrorCodes.Describe"/> in English.
/// </summary>
public enum ErrorCode
{
    SessionNotFound,
    DeckNotFound,
    InvalidJoinCode,
    WrongHostKey,
    UnknownSeat,
    WrongPhase,
    UnknownCommand,
    NameRequired,
    NameTooLong,
    RoleNotOffered,
    SessionFull,
    NobodyJoined,
    NoAnswersYet,
    InvalidAnswer,
    TooManyAttempts,
    InvalidSettings,
    InvalidPoints,
    InvalidAgreement,
    NoTimerRunning,
    InvalidText,
    SlowDown,
    CreationNotAllowed,
    WrongFacilitatorCode,
    TooManySessions,
    ServerError,

    // Round controls (issue 10, part "flow").
    Paused,
    NotPaused,
    NoPreviousCard,
    NothingToUndo,

    // Seats (issue 10, seats part): the facilitator removes, moves and merges seats.
    SeatNotFound,
    SeatRemoved,
    MergeWithItself,
    TwoSeatsNeeded,

    // Part "access" (issue 10): second consoles, the recovery code and afspraak drafts.
    LinkRevoked,
    NotulistCannotSteer,
    MainConsoleOnly,
    UnknownConsoleLink,
    TooManyConsoles,
    WrongRecoveryCode,
    DraftNotSaved,
    NoDraft,

    // The deck studio (issue 12).
    WrongTrainerKey,
    StudioOff,
    DeckChanged,
    DeckReadOnly,
    DeckIdTaken,
    DeckUnreadable,

    // Issue 13, part "practice".
    NoPracticeOnCard,
    PracticeAlreadyShown,
    PracticeNotShown,

    // Tally files (issue 13, part "tally").
    TallyNotShared,
    TallyUnreadable,
    TallyTooLarge,
    TallyNewerVersion,

    // Issue 13, part "flow": the second vote asks the course of action as well.
    InvalidRevoteOption,
}

public static class ErrorCodes
{
    /// <summary>The English sentence for logs and API problem details.</summary>
    public static string Describe(this ErrorCode code) => code switch
    {
        ErrorCode.SessionNotFound => "No session exists with this join code.",
        ErrorCode.DeckNotFound => "No deck with this id is offered.",
        ErrorCode.InvalidJoinCode => "The join code is not of the expected form.",
        ErrorCode.WrongHostKey => "The host key does not match this session.",
        ErrorCode.UnknownSeat => "The seat token is unknown to this session (stale or forged).",
        ErrorCode.WrongPhase => "This command is not allowed in the session's current phase.",
        ErrorCode.UnknownCommand => "The command is not one the session knows.",
        ErrorCode.NameRequired => "A name is required.",
        ErrorCode.NameTooLong => "The name is longer than allowed.",
        ErrorCode.RoleNotOffered => "The deck does not offer this role on this side.",
        ErrorCode.SessionFull => "The session has no free seats.",
        ErrorCode.NobodyJoined => "The session cannot start before someone has joined.",
        ErrorCode.NoAnswersYet => "Answers cannot be revealed before anyone has answered.",
        ErrorCode.InvalidAnswer => "The answer is incomplete or names an option the card does not have.",
        ErrorCode.InvalidRevoteOption => "The second vote names no course of action, or one the card does not have, while the card asks the action question.",
        ErrorCode.TooManyAttempts => "Too many join attempts from this address; the limit resets within a minute.",
        ErrorCode.InvalidSettings => "The session settings name no cards, an unknown or repeated card, or a timer outside its phases or range.",
        ErrorCode.InvalidPoints => "The slotvraag needs exactly 10 points, none negative.",
        ErrorCode.InvalidAgreement => "The agreement has an unknown kind or value, or a text longer than allowed.",
        ErrorCode.NoTimerRunning => "No timer runs in this phase.",
        ErrorCode.InvalidText => "The text holds control, direction-changing or invisible characters.",
        ErrorCode.SlowDown => "This connection sent too many messages in a short time; try again in a few seconds.",
        ErrorCode.CreationNotAllowed => "Sessions can only be created on the server's own machine, or with a facilitator code when one is configured.",
        ErrorCode.WrongFacilitatorCode => "The facilitator code is not one this server accepts.",
        ErrorCode.TooManySessions => "Too many sessions were created from this address; the limit resets within the hour.",
        ErrorCode.ServerError => "The server failed to handle the request; nothing was changed.",
        ErrorCode.Paused => "The session is paused; nothing is accepted until the facilitator resumes it.",
        ErrorCode.NotPaused => "The session is not paused.",
        ErrorCode.NoPreviousCard => "There is no previous card to go back to.",
        ErrorCode.NothingToUndo => "There is no skip, back, replay or finish-now step to undo (a later command or input ended it).",

        ErrorCode.SeatNotFound => "The session has no seat with this id (it was removed or merged meanwhile).",
        ErrorCode.SeatRemoved => "The facilitator removed this seat; the tablet may join again.",
        ErrorCode.MergeWithItself => "A seat cannot be merged with itself.",
        ErrorCode.TwoSeatsNeeded => "Merging needs two seats in the session.",

        ErrorCode.LinkRevoked => "This console link was revoked by the main console.",
        ErrorCode.NotulistCannotSteer => "A notulist console records afspraken but cannot steer the round.",
        ErrorCode.MainConsoleOnly => "Only the main console may hand out or revoke console links and delete the session.",
        ErrorCode.UnknownConsoleLink => "The session has no console link with this id, or it was revoked already.",
        ErrorCode.TooManyConsoles => "The session has handed out as many console links as it may.",
        ErrorCode.WrongRecoveryCode => "The recovery code does not match this session.",
        ErrorCode.DraftNotSaved => "An afspraak is being typed and not recorded: keep or discard it before moving on.",
        ErrorCode.NoDraft => "No afspraak is being typed on this card.",

        ErrorCode.WrongTrainerKey => "The trainer key is missing or not this server's.",
        ErrorCode.StudioOff => "The deck studio is off on this server: no trainer key is configured (Spel:TrainerKey).",
        ErrorCode.DeckChanged => "The deck was saved by someone else since this copy was opened; nothing was overwritten.",
        ErrorCode.DeckReadOnly => "Shipped and folder decks are read-only; duplicate one to edit it.",
        ErrorCode.DeckIdTaken => "Another deck already has this id.",
        ErrorCode.DeckUnreadable => "The deck could not be read; its problems are listed.",

        ErrorCode.NoPracticeOnCard => "This card does not tell what happened in practice (it has no what_happened).",
        ErrorCode.PracticeAlreadyShown => "What happened in practice is shown already.",
        ErrorCode.PracticeNotShown => "What happened in practice is not shown.",

        ErrorCode.TallyNotShared => "This session does not share its answers with other villages, so it has no tally to export.",
        ErrorCode.TallyUnreadable => "The file is not a tally file this server can read; nothing was changed.",
        ErrorCode.TallyTooLarge => "The tally file is larger than this server reads; nothing was changed.",
        ErrorCode.TallyNewerVersion => "The tally file was written by a newer version of the game; nothing was changed.",
        _ => code.ToString(),
    };
}
