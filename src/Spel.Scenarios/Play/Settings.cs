namespace Spel.Scenarios.Play;

/// <summary>Whether a seat is one person with a role, or a table of people sharing one tablet.</summary>
public enum SeatKind
{
    Person,
    Table,
}

/// <summary>A countdown for one phase. Only <see cref="SessionSettings.TimedPhases"/> can have one.</summary>
public sealed record PhaseTimer(Phase Phase, int Seconds);

/// <summary>
/// How the facilitator set up the session, chosen when it is created and shown in the lobby.
/// </summary>
/// <param name="CardIds">The deck's cards to play, in the order to play them.</param>
/// <param name="Anonymous">Only sides and roles on the projector, no names; a side with fewer than three answers is not split out.</param>
/// <param name="Herstemming">A quick second vote after the conversation.</param>
/// <param name="Wisselperspectief">Every seat also predicts the other side's answer.</param>
/// <param name="ShareWithOtherVillages">Add this session's first votes, anonymously, to what other villages see.</param>
/// <param name="SeatKind">Whether a tablet is one person or a table.</param>
/// <param name="Timers">Optional countdowns per phase.</param>
/// <param name="TimersAdvance">When a countdown ends, take the next step by itself; off, a timer only shows the time.</param>
/// <param name="SaveDraftOnNext">Moving on from the Afspraak records an afspraak still being typed; off, the console asks first.</param>
public sealed record SessionSettings(
    IReadOnlyList<string> CardIds,
    bool Anonymous = false,
    bool Herstemming = false,
    bool Wisselperspectief = false,
    bool ShareWithOtherVillages = false,
    SeatKind SeatKind = SeatKind.Person,
    IReadOnlyList<PhaseTimer>? Timers = null,
    bool TimersAdvance = false,
    bool SaveDraftOnNext = false,
    string? Venue = null,
    string? Facilitator = null)
{
    /// <summary>The phases a countdown makes sense in.</summary>
    public static IReadOnlyList<Phase> TimedPhases { get; } = [Phase.Situatie, Phase.Kiezen, Phase.Gesprek, Phase.Herstemming, Phase.Slotvraag];

    public const int MinimumTimerSeconds = 10;
    public const int MaximumTimerSeconds = 60 * 60;

    /// <summary>What the facilitator's "+1 minuut" adds.</summary>
    public const int ExtendSeconds = 60;

    public IReadOnlyList<PhaseTimer> Timers { get; init; } = Timers ?? [];

    public int? TimerFor(Phase phase) => Timers.FirstOrDefault(t => t.Phase == phase)?.Seconds;

    /// <summary>The settings a session gets when the facilitator changes nothing: every card in deck order, everything else off.</summary>
    public static SessionSettings Default(IEnumerable<string> cardIds) => new(cardIds.ToList());
}
