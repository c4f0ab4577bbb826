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

    // Seats (issue 10, seats part): the facilitator corrects who is in the room; each carries its change.
    RemoveSeat,
    MoveSeat,
    MergeSeats,
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
        SessionTrigger.RecordAgreement,
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
        _withChange = InputTriggers.Concat(SeatTriggers).ToDictionary(trigger => trigger, trigger => _machine.SetTriggerParameters<Action>(trigger));

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
        var twoSeats = new Guard("two seats", ErrorCode.TwoSeatsNeeded, () => current().Seats.Count >= 2);
        _guards = [seatFree, cardOpen, someoneJoined, someoneAnswered, herstemmingOn, herstemmingOff, moreCards, lastCard, timerRuns, twoSeats];

        // Late joiners are welcome in every phase until the debrief; in the phases that can have a countdown,
        // the facilitator can extend or stop it while it runs.
        StateMachine<Phase, SessionTrigger>.StateConfiguration Open(StateMachine<Phase, SessionTrigger>.StateConfiguration phase)
        {
            phase.InternalTransitionIf(_withChange[SessionTrigger.Join], _ => seatFree.Holds(), MakeChange, seatFree.Description);
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
            .PermitIf(SessionTrigger.NextCard, Phase.Situatie, moreCards.Holds, moreCards.Description)
            .PermitIf(SessionTrigger.NextCard, Phase.Slotvraag, lastCard.Holds, lastCard.Description));

        Open(_machine.Configure(Phase.Slotvraag)
            .InternalTransitionIf(_withChange[SessionTrigger.SubmitPoints], _ => someoneJoined.Holds(), MakeChange, someoneJoined.Description)
            .Permit(SessionTrigger.Finish, Phase.Debrief));

        _machine.Configure(Phase.Debrief);

        ConfigureSeats(someoneJoined, twoSeats);
    }

    // Seats (issue 10, seats part) ---------------------------------------------------------------------------------

    /// <summary>The seat corrections, which carry their change like an input: which seat, and how, the grain checks first.</summary>
    private static readonly SessionTrigger[] SeatTriggers = [SessionTrigger.RemoveSeat, SessionTrigger.MoveSeat, SessionTrigger.MergeSeats];

    /// <summary>
    /// Seats can be corrected in every phase until the debrief: removed, moved to another side or role, or two seats of
    /// one person merged. The debrief is the record of the workshop (its exports may be out already), so it stays as it
    /// was played.
    /// </summary>
    private void ConfigureSeats(Guard someoneJoined, Guard twoSeats)
    {
        foreach (var phase in Enum.GetValues<Phase>().Where(phase => phase != Phase.Debrief))
        {
            _machine.Configure(phase)
                .InternalTransitionIf(_withChange[SessionTrigger.RemoveSeat], _ => someoneJoined.Holds(), MakeChange, someoneJoined.Description)
                .InternalTransitionIf(_withChange[SessionTrigger.MoveSeat], _ => someoneJoined.Holds(), MakeChange, someoneJoined.Description)
                .InternalTransitionIf(_withChange[SessionTrigger.MergeSeats], _ => twoSeats.Holds(), MakeChange, twoSeats.Description);
        }
    }

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

    private static void NoChange()
    {
    }

    /// <summary>
    /// An input's change is the machine's own action, so it happens only once the guards held: a refused join
    /// leaves no seat behind, and no guard ever re-checks a state the change already altered.
    /// </summary>
    private static void MakeChange(Action change, StateMachine<Phase, SessionTrigger>.Transition transition) => change();

    /// <summary>The facilitator's step forward from here, when one is possible now.</summary>
    public HostCommand? NextCommand =>
        StepsForward
            .Where(command => _machine.CanFire(ToTrigger(command)))
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
        _ => throw new ArgumentOutOfRangeException(nameof(command), command, "Unknown host command."),
    };

    /// <summary>The machine as a Mermaid state diagram; docs/state-machine.md holds the same text.</summary>
    public string ToMermaid() => MermaidGraph.Format(_machine.GetInfo());

    private sealed record Guard(string Description, ErrorCode Refusal, Func<bool> Holds);
}
