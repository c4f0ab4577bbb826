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
    {
        _machine = new StateMachine<Phase, SessionTrigger>(() => state.Phase, phase => state.Phase = phase)
        {
            // Vital inside an Orleans grain: continuations stay on the grain's scheduler.
            RetainSynchronizationContext = true,
        };

        var someoneJoined = new Guard("someone has joined", ErrorCode.NobodyJoined, () => state.Seats.Count > 0);
        var someoneAnswered = new Guard("someone has answered", ErrorCode.NoAnswersYet,
            () => state.CurrentCard is { } card && state.AnswersTo(card.Id).Count > 0);
        var moreCards = new Guard("more cards", ErrorCode.WrongPhase, () => state.CardIndex + 1 < state.Deck!.Cards.Count);
        var lastCard = new Guard("last card", ErrorCode.WrongPhase, () => state.CardIndex + 1 >= state.Deck!.Cards.Count);
        _guards = [someoneJoined, someoneAnswered, moreCards, lastCard];

        _machine.Configure(Phase.Lobby)
            .InternalTransition(SessionTrigger.Join, () => { })
            .PermitIf(SessionTrigger.Start, Phase.Situatie, someoneJoined.Holds, someoneJoined.Description);

        // Late joiners are welcome in every phase of a round.
        _machine.Configure(Phase.Situatie)
            .InternalTransition(SessionTrigger.Join, () => { })
            .OnEntryFrom(SessionTrigger.Start, () => state.CardIndex = 0)
            .OnEntryFrom(SessionTrigger.NextCard, () => state.CardIndex++)
            .Permit(SessionTrigger.OpenChoosing, Phase.Kiezen);

        _machine.Configure(Phase.Kiezen)
            .InternalTransition(SessionTrigger.Join, () => { })
            .InternalTransition(SessionTrigger.SubmitAnswer, () => { })
            .PermitIf(SessionTrigger.Reveal, Phase.Onthulling, someoneAnswered.Holds, someoneAnswered.Description);

        _machine.Configure(Phase.Onthulling)
            .InternalTransition(SessionTrigger.Join, () => { })
            .Permit(SessionTrigger.Discuss, Phase.Gesprek);

        _machine.Configure(Phase.Gesprek)
            .InternalTransition(SessionTrigger.Join, () => { })
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

        return _guards.FirstOrDefault(g => unmetGuards.Contains(g.Description))?.Refusal ?? ErrorCode.WrongPhase;
    }

    /// <summary>Fires a trigger that <see cref="Refusal"/> allowed.</summary>
    public Task FireAsync(SessionTrigger trigger) => _machine.FireAsync(trigger);

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
