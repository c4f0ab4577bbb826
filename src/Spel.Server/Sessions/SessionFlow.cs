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
    NextCard,
}

/// <summary>
/// The rules of the game: which trigger is legal in which phase. The one place that decides it;
/// the machine reads and writes the phase in the grain's persisted state.
/// </summary>
public sealed class SessionFlow
{
    private readonly StateMachine<Phase, SessionTrigger> _machine;
    private readonly IReadOnlyList<Guard> _guards;

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

        var seatFree = new Guard("a seat is free", ErrorCode.SessionFull, () => current().Seats.Count < Limits.SeatsPerSession);
        var cardOpen = new Guard("a card is open", ErrorCode.WrongPhase, () => current().CurrentCard is not null);
        var someoneJoined = new Guard("someone has joined", ErrorCode.NobodyJoined, () => current().Seats.Count > 0);
        var someoneAnswered = new Guard("someone has answered", ErrorCode.NoAnswersYet,
            () => current().CurrentCard is { } card && current().AnswersTo(card.Id).Count > 0);
        var moreCards = new Guard("more cards", ErrorCode.WrongPhase, () => current().CardIndex + 1 < current().Deck!.Cards.Count);
        var lastCard = new Guard("last card", ErrorCode.WrongPhase, () => current().CardIndex + 1 >= current().Deck!.Cards.Count);
        _guards = [seatFree, cardOpen, someoneJoined, someoneAnswered, moreCards, lastCard];

        _machine.Configure(Phase.Lobby)
            .InternalTransitionIf(SessionTrigger.Join, _ => seatFree.Holds(), () => { }, seatFree.Description)
            .PermitIf(SessionTrigger.Start, Phase.Situatie, someoneJoined.Holds, someoneJoined.Description);

        // Late joiners are welcome in every phase of a round.
        _machine.Configure(Phase.Situatie)
            .InternalTransitionIf(SessionTrigger.Join, _ => seatFree.Holds(), () => { }, seatFree.Description)
            .OnEntryFrom(SessionTrigger.Start, () => current().CardIndex = 0, "first card")
            .OnEntryFrom(SessionTrigger.NextCard, () => current().CardIndex++, "next card")
            .Permit(SessionTrigger.OpenChoosing, Phase.Kiezen);

        _machine.Configure(Phase.Kiezen)
            .InternalTransitionIf(SessionTrigger.Join, _ => seatFree.Holds(), () => { }, seatFree.Description)
            .InternalTransitionIf(SessionTrigger.SubmitAnswer, _ => cardOpen.Holds(), () => { }, cardOpen.Description)
            .PermitIf(SessionTrigger.Reveal, Phase.Onthulling, someoneAnswered.Holds, someoneAnswered.Description);

        _machine.Configure(Phase.Onthulling)
            .InternalTransitionIf(SessionTrigger.Join, _ => seatFree.Holds(), () => { }, seatFree.Description)
            .Permit(SessionTrigger.Discuss, Phase.Gesprek);

        _machine.Configure(Phase.Gesprek)
            .InternalTransitionIf(SessionTrigger.Join, _ => seatFree.Holds(), () => { }, seatFree.Description)
            .PermitIf(SessionTrigger.NextCard, Phase.Situatie, moreCards.Holds, moreCards.Description)
            .PermitIf(SessionTrigger.NextCard, Phase.Debrief, lastCard.Holds, lastCard.Description);

        _machine.Configure(Phase.Debrief);
    }

    public Phase Phase => _machine.State;

    /// <summary>Why <paramref name="trigger"/> may not fire now, or null when it may.</summary>
    public ErrorCode? Refusal(SessionTrigger trigger)
    {
        if (_machine.CanFire(trigger, out var unmetGuards))
        {
            return null;
        }

        return _guards.FirstOrDefault(g => unmetGuards?.Contains(g.Description) == true)?.Refusal ?? ErrorCode.WrongPhase;
    }

    /// <summary>Fires a trigger that <see cref="Refusal"/> allowed.</summary>
    public void Fire(SessionTrigger trigger) => _machine.Fire(trigger);

    /// <summary>The facilitator's step forward from here, when one is possible now.</summary>
    public HostCommand? NextCommand =>
        Enum.GetValues<HostCommand>()
            .Where(command => _machine.CanFire(ToTrigger(command)))
            .Select(command => (HostCommand?)command)
            .FirstOrDefault();

    public static SessionTrigger ToTrigger(HostCommand command) => command switch
    {
        HostCommand.Start => SessionTrigger.Start,
        HostCommand.OpenChoosing => SessionTrigger.OpenChoosing,
        HostCommand.Reveal => SessionTrigger.Reveal,
        HostCommand.Discuss => SessionTrigger.Discuss,
        HostCommand.NextCard => SessionTrigger.NextCard,
        _ => throw new ArgumentOutOfRangeException(nameof(command), command, "Unknown host command."),
    };

    /// <summary>The machine as a Mermaid state diagram; docs/state-machine.md holds the same text.</summary>
    public string ToMermaid() => MermaidGraph.Format(_machine.GetInfo());

    private sealed record Guard(string Description, ErrorCode Refusal, Func<bool> Holds);
}
