using Spel.Scenarios.Decks;

namespace Spel.Scenarios.Play;

// Every screen gets its own view. Each carries the session's version, which grows with
// every saved change, so a screen can drop a push older than what it already shows.

/// <summary>What every screen shares: where the session is and which card is on the table.</summary>
public sealed record RoundView(
    string Code,
    string DeckTitle,
    Phase Phase,
    CardView? Card,
    int AnsweredCount,
    int SeatCount);

/// <summary>A card as screens show it. <see cref="Number"/> counts from 1.</summary>
public sealed record CardView(
    string Id,
    int Number,
    int Count,
    string Title,
    string Situation,
    string? Source,
    string ActionQuestion,
    IReadOnlyList<OptionView> Options,
    IReadOnlyList<string> Prompts);

public sealed record OptionView(string Id, string Text);

/// <summary>The big screen: never shows what anyone answered before the reveal, only how many did.</summary>
public sealed record ProjectorView(
    long Version,
    RoundView Round,
    IReadOnlyList<ParticipantBadge> Participants,
    RevealView? Reveal,
    DebriefView? Debrief);

public sealed record ParticipantBadge(string Name, Side Side, string RoleName);

/// <summary>A tablet: the round, this seat and this seat's own answer, never anyone else's.</summary>
public sealed record ParticipantView(
    long Version,
    RoundView Round,
    SeatView Me,
    Answer? MyAnswer,
    DebriefView? Debrief);

public sealed record SeatView(string SeatId, string Name, Side Side, string RoleId, string RoleName);

/// <summary>The facilitator console: who has answered, what the next step is, and everything the projector shows.</summary>
public sealed record FacilitatorView(
    long Version,
    RoundView Round,
    IReadOnlyList<SeatStatus> Seats,
    HostCommand? NextCommand,
    RevealView? Reveal,
    DebriefView? Debrief);

public sealed record SeatStatus(string SeatId, string Name, Side Side, string RoleName, bool HasAnswered);

/// <summary>All answers to one card, shown at once.</summary>
public sealed record RevealView(IReadOnlyList<RevealedAnswer> Answers, CardOutcome Outcome);

public sealed record RevealedAnswer(string SeatId, string Name, Side Side, Eigenaarschap Eigenaarschap, Regie Regie, string OptionId);

/// <summary>How the room answered one card, per side.</summary>
public sealed record CardOutcome(
    string CardId,
    int Number,
    string Title,
    SideDistribution Gemeente,
    SideDistribution Dorpsbelangen,
    SideGap? Gap,
    IReadOnlyList<OptionTally> Options);

/// <summary>
/// One side's answers to a card: counts per eigenaarschap type (index 0 is type 1) and per regie step
/// (index 0 is step 1), and the means when the side answered at all.
/// </summary>
public sealed record SideDistribution(
    Side Side,
    int Count,
    IReadOnlyList<int> Eigenaarschap,
    IReadOnlyList<int> Regie,
    double? MeanEigenaarschap,
    double? MeanRegie);

/// <summary>
/// How far apart the two sides' averages lie: per axis in steps, and as one distance from 0 (same spot)
/// to 1 (opposite corners of the board).
/// </summary>
public sealed record SideGap(double Eigenaarschap, double Regie, double Distance);

public sealed record OptionTally(string OptionId, string Text, int Gemeente, int Dorpsbelangen);

/// <summary>The whole workshop, card by card.</summary>
public sealed record DebriefView(string DeckTitle, IReadOnlyList<CardOutcome> Cards);
