using Spel.Scenarios.Play;
using Stateless;
using Stateless.Graph;

namespace Spel.Server.Sessions;

/// <summary>What can happen to a session: the facilitator's commands and the participants' actions.</summary>
public enum SessionTrigger
{
    Join,
    Start,
    OpenChoosing,
    SubmitAnswer,
    Reveal,
    Discuss,
    Revote,
    SubmitRevote,
    Conclude,
    RecordAgreement,
    NextCard,
    SubmitPoints,
    Finish,
    ExtendTimer,
    StopTimer,

    // Part "access" (issue 10): second consoles and afspraak drafts.
    GrantConsole,
    RevokeConsole,
    SaveDraft,
    KeepDraft,
    DiscardDraft,
}

/// <summary>
/// The rules of the game: which trigger is legal in which phase, given the session's settings. The one place
/// that decides it; the machine reads and writes the phase in the grain's persisted state.
/// </summary>
public sealed class SessionFlow
{
    /// <summary>The facilitator's steps forward, in the order the "Volgende" button prefers them.</summary>
    private static readonly HostCommand[] StepsForward =
    [
        HostCommand.Start, HostCommand.OpenChoosing, HostCommand.Reveal, HostCommand.Discuss,
        HostCommand.Revote, HostCommand.Conclude, HostCommand.NextCard, HostCommand.Finish,
    ];

    /// <summary>The triggers that carry their change: the machine's own action makes it, after the guards held.</summary>
    private static readonly SessionTrigger[] InputTriggers =
    [
        SessionTrigger.Join, SessionTrigger.SubmitAnswer, SessionTrigger.SubmitRevote, SessionTrigger.SubmitPoints,
        SessionTrigger.RecordAgreement, SessionTrigger.GrantConsole, SessionTrigger.RevokeConsole, SessionTrigger.SaveDraft,
    ];

    private readonly StateMachine<Phase, SessionTrigger> _machine;
    private readonly IReadOnlyList<Guard> _guards;
    private readonly Dictionary<SessionTrigger, StateMachine<Phase, SessionTrigger>.TriggerWithParameters<Action>> _withChange;

    public SessionFlow(SessionState state)
        : this(() => state)
    {
    }

    /// <summary>Reads the state through <paramref name="current"/>, because a grain's persisted state object is replaced when it is read again.</summary>
    public SessionFlow(Func<SessionState> current)
    {
        // Every action is synchronous and fired with Fire, so the machine never awaits and never leaves the
        // grain's scheduler. (Stateless' RetainSynchronizationContext needs a SynchronizationContext, which
        // Orleans 10 grains do not have: it throws there. See docs/decisions.md.)
        _machine = new StateMachine<Phase, SessionTrigger>(() => current().Phase, phase => current().Phase = phase);
        _withChange = InputTriggers.ToDictionary(trigger => trigger, trigger => _machine.SetTriggerParameters<Action>(trigger));

        var seatFree = new Guard("a seat is free", ErrorCode.SessionFull, () => current().Seats.Count < Limits.SeatsPerSession);
        var cardOpen = new Guard("a card is open", ErrorCode.WrongPhase, () => current().CurrentCard is not null);
        var someoneJoined = new Guard("someone has joined", ErrorCode.NobodyJoined, () => current().Seats.Count > 0);
        var someoneAnswered = new Guard("someone has answered", ErrorCode.NoAnswersYet,
            () => current().CurrentCard is { } card && current().AnswersTo(card.Id).Count > 0);
        var herstemmingOn = new Guard("herstemming on", ErrorCode.WrongPhase, () => current().Settings.Herstemming);
        var herstemmingOff = new Guard("herstemming off", ErrorCode.WrongPhase, () => !current().Settings.Herstemming);
        var moreCards = new Guard("more cards", ErrorCode.WrongPhase, () => current().CardIndex + 1 < current().Deck!.Cards.Count);
        var lastCard = new Guard("last card", ErrorCode.WrongPhase, () => current().CardIndex + 1 >= current().Deck!.Cards.Count);
        var timerRuns = new Guard("a timer runs", ErrorCode.NoTimerRunning, () => current().Timer?.Phase == current().Phase);
        var consoleFree = new Guard("a console link is free", ErrorCode.TooManyConsoles, () => current().Consoles.Count < ConsoleLinks.MaxPerSession);
        var draftWaits = new Guard("a draft waits", ErrorCode.NoDraft, () => current().Draft is not null);
        var draftSettled = new Guard("no unsaved draft, or drafts saved", ErrorCode.DraftNotSaved,
            () => current().Draft is null || current().Settings.SaveDraftOnNext);
        _guards = [seatFree, cardOpen, someoneJoined, someoneAnswered, herstemmingOn, herstemmingOff, draftSettled, moreCards, lastCard, timerRuns,
            consoleFree, draftWaits];

        // Late joiners are welcome in every phase until the debrief; in the phases that can have a countdown,
        // the facilitator can extend or stop it while it runs.
        StateMachine<Phase, SessionTrigger>.StateConfiguration Open(StateMachine<Phase, SessionTrigger>.StateConfiguration phase)
        {
            phase.InternalTransitionIf(_withChange[SessionTrigger.Join], _ => seatFree.Holds(), MakeChange, seatFree.Description);
            Consoles(phase);
            return SessionSettings.TimedPhases.Contains(phase.State)
                ? phase
                    .InternalTransitionIf(SessionTrigger.ExtendTimer, _ => timerRuns.Holds(), () => { }, timerRuns.Description)
                    .InternalTransitionIf(SessionTrigger.StopTimer, _ => timerRuns.Holds(), () => { }, timerRuns.Description)
                : phase;
        }

        Open(_machine.Configure(Phase.Lobby)
            .PermitIf(SessionTrigger.Start, Phase.Situatie, someoneJoined.Holds, someoneJoined.Description));

        Open(_machine.Configure(Phase.Situatie)
            .OnEntryFrom(SessionTrigger.Start, () => current().CardIndex = 0, "first card")
            .OnEntryFrom(SessionTrigger.NextCard, () => current().CardIndex++, "next card")
            .Permit(SessionTrigger.OpenChoosing, Phase.Kiezen));

        Open(_machine.Configure(Phase.Kiezen)
            .InternalTransitionIf(_withChange[SessionTrigger.SubmitAnswer], _ => cardOpen.Holds(), MakeChange, cardOpen.Description)
            .PermitIf(SessionTrigger.Reveal, Phase.Onthulling, someoneAnswered.Holds, someoneAnswered.Description));

        Open(_machine.Configure(Phase.Onthulling)
            .Permit(SessionTrigger.Discuss, Phase.Gesprek));

        Open(_machine.Configure(Phase.Gesprek)
            .PermitIf(SessionTrigger.Revote, Phase.Herstemming, herstemmingOn.Holds, herstemmingOn.Description)
            .PermitIf(SessionTrigger.Conclude, Phase.Afspraak, herstemmingOff.Holds, herstemmingOff.Description));

        Open(_machine.Configure(Phase.Herstemming)
            .InternalTransitionIf(_withChange[SessionTrigger.SubmitRevote], _ => cardOpen.Holds(), MakeChange, cardOpen.Description)
            .Permit(SessionTrigger.Conclude, Phase.Afspraak));

        Open(_machine.Configure(Phase.Afspraak)
            .InternalTransitionIf(_withChange[SessionTrigger.RecordAgreement], _ => cardOpen.Holds(), MakeChange, cardOpen.Description)
            .PermitIf(SessionTrigger.NextCard, Phase.Situatie, Both(draftSettled, moreCards))
            .PermitIf(SessionTrigger.NextCard, Phase.Slotvraag, Both(draftSettled, lastCard))
            .InternalTransitionIf(_withChange[SessionTrigger.SaveDraft], _ => cardOpen.Holds(), MakeChange, cardOpen.Description)
            .InternalTransitionIf(SessionTrigger.KeepDraft, _ => draftWaits.Holds(), () => KeepDraft(current()), draftWaits.Description)
            .InternalTransitionIf(SessionTrigger.DiscardDraft, _ => draftWaits.Holds(), () => current().Draft = null, draftWaits.Description)
            .OnExit(() => KeepDraft(current()), "an unsaved draft is recorded"));

        Open(_machine.Configure(Phase.Slotvraag)
            .InternalTransitionIf(_withChange[SessionTrigger.SubmitPoints], _ => someoneJoined.Holds(), MakeChange, someoneJoined.Description)
            .Permit(SessionTrigger.Finish, Phase.Debrief));

        Consoles(_machine.Configure(Phase.Debrief));

        // A main console hands out and revokes console links in every phase, the debrief too (who may is the grain's
        // check of the caller's console, not a rule of the game).
        void Consoles(StateMachine<Phase, SessionTrigger>.StateConfiguration phase) => phase
            .InternalTransitionIf(_withChange[SessionTrigger.GrantConsole], _ => consoleFree.Holds(), MakeChange, consoleFree.Description)
            .InternalTransitionIf(_withChange[SessionTrigger.RevokeConsole], _ => true, MakeChange, RevokesAnActiveLink);
    }

    /// <summary>
    /// The draft becomes the card's conclusion: asked for (<see cref="SessionTrigger.KeepDraft"/>), or as the Afspraak is
    /// left with a draft that the guard let through (the session saves drafts by itself), so nothing typed is lost.
    /// </summary>
    private static void KeepDraft(SessionState state)
    {
        if (state.Draft is { } draft)
        {
            state.Agreements[draft.CardId] = draft.Agreement;
            state.Draft = null;
        }
    }

    private static Tuple<Func<bool>, string>[] Both(Guard first, Guard second) =>
        [Tuple.Create(first.Holds, first.Description), Tuple.Create(second.Holds, second.Description)];

    public Phase Phase => _machine.State;

    /// <summary>Why <paramref name="trigger"/> may not fire now, or null when it may.</summary>
    public ErrorCode? Refusal(SessionTrigger trigger)
    {
        var allowed = _withChange.TryGetValue(trigger, out var withChange)
            ? _machine.CanFire(withChange, NoChange, out var unmetGuards)
            : _machine.CanFire(trigger, out unmetGuards);
        if (allowed)
        {
            return null;
        }

        return _guards.FirstOrDefault(g => unmetGuards?.Contains(g.Description) == true)?.Refusal ?? ErrorCode.WrongPhase;
    }

    /// <summary>
    /// Fires a trigger that <see cref="Refusal"/> allowed. An input trigger (a join, an answer, a re-vote, points, an
    /// agreement) carries its <paramref name="change"/>, which the machine makes as its action once the guards hold.
    /// </summary>
    public void Fire(SessionTrigger trigger, Action? change = null)
    {
        if (_withChange.TryGetValue(trigger, out var withChange))
        {
            _machine.Fire(withChange, change ?? NoChange);
        }
        else if (change is null)
        {
            _machine.Fire(trigger);
        }
        else
        {
            throw new ArgumentException($"Trigger {trigger} carries no change.", nameof(change));
        }
    }

    /// <summary>The grain checks that the link named is one of the session's and still active; no rule of the game limits it.</summary>
    private const string RevokesAnActiveLink = "an active link is named";

    private static void NoChange()
    {
    }

    /// <summary>
    /// An input's change is the machine's own action, so it happens only once the guards held: a refused join
    /// leaves no seat behind, and no guard ever re-checks a state the change already altered.
    /// </summary>
    private static void MakeChange(Action change, StateMachine<Phase, SessionTrigger>.Transition transition) => change();

    /// <summary>
    /// The facilitator's step forward from here, when one is possible now. A step that only waits for the console to
    /// keep or discard its unsaved draft is still offered: taking it asks (<see cref="ErrorCode.DraftNotSaved"/>).
    /// </summary>
    public HostCommand? NextCommand =>
        StepsForward
            .Where(command => Refusal(ToTrigger(command)) is null or ErrorCode.DraftNotSaved)
            .Select(command => (HostCommand?)command)
            .FirstOrDefault();

    public static SessionTrigger ToTrigger(HostCommand command) => command switch
    {
        HostCommand.Start => SessionTrigger.Start,
        HostCommand.OpenChoosing => SessionTrigger.OpenChoosing,
        HostCommand.Reveal => SessionTrigger.Reveal,
        HostCommand.Discuss => SessionTrigger.Discuss,
        HostCommand.Revote => SessionTrigger.Revote,
        HostCommand.Conclude => SessionTrigger.Conclude,
        HostCommand.NextCard => SessionTrigger.NextCard,
        HostCommand.Finish => SessionTrigger.Finish,
        HostCommand.ExtendTimer => SessionTrigger.ExtendTimer,
        HostCommand.StopTimer => SessionTrigger.StopTimer,
        HostCommand.KeepDraft => SessionTrigger.KeepDraft,
        HostCommand.DiscardDraft => SessionTrigger.DiscardDraft,
        _ => throw new ArgumentOutOfRangeException(nameof(command), command, "Unknown host command."),
    };

    /// <summary>The machine as a Mermaid state diagram; docs/state-machine.md holds the same text.</summary>
    public string ToMermaid() => MermaidGraph.Format(_machine.GetInfo());

    private sealed record Guard(string Description, ErrorCode Refusal, Func<bool> Holds);
}
