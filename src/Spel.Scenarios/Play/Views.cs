using System.Text.Json.Serialization;
using Spel.Scenarios.Decks;

namespace Spel.Scenarios.Play;

// Every screen gets its own view. Each carries the session's version, which grows with
// every saved change, so a screen can drop a push older than what it already shows.

/// <summary>
/// What every screen shares: where the session is, which card is on the table, how many seats have given
/// this phase's input (answers in Kiezen, second votes in Herstemming, points in the Slotvraag), the settings,
/// the countdown when one runs and the card's recorded conclusion. <see cref="Paused"/>: the facilitator paused the
/// session; the phase stays as it was, its countdown frozen, and nothing but joins is accepted until it resumes.
/// <see cref="PracticeShown"/>: the facilitator shows the card's <see cref="CardView.WhatHappened"/> ("Zo ging het in de
/// praktijk"), only ever after the reveal.
/// </summary>
public sealed record RoundView(
    string Code,
    string DeckTitle,
    Phase Phase,
    CardView? Card,
    int AnsweredCount,
    int SeatCount,
    SessionSettings Settings,
    TimerView? Timer,
    Agreement? Agreement,
    bool Paused = false,
    bool PracticeShown = false);

/// <summary>
/// A card as screens show it. <see cref="Number"/> counts from 1. <see cref="WhatHappened"/> is how it went in practice,
/// which the screens show only when the facilitator does (<see cref="RoundView.PracticeShown"/>); it travels with the
/// card's other text, once per card.
/// </summary>
public sealed record CardView(
    string Id,
    int Number,
    int Count,
    string Title,
    string Situation,
    string? Source,
    string ActionQuestion,
    IReadOnlyList<OptionView> Options,
    IReadOnlyList<string> Prompts,
    bool AsksPrediction,
    string? WhatHappened = null)
{
    /// <summary>The card at <paramref name="index"/> (from 0) of a deck of <paramref name="count"/> cards, as a session or the deck studio's preview shows it.</summary>
    public static CardView Of(Card card, int index, int count, bool asksPrediction) => new(
        card.Id,
        index + 1,
        count,
        card.Title,
        card.Situation,
        card.Source,
        card.ActionQuestion,
        card.Options.Select(o => new OptionView(o.Id, o.Text)).ToList(),
        card.Prompts,
        asksPrediction,
        card.WhatHappened)
    {
        AsksAction = card.Questions.HasFlag(CardQuestions.Action),
    };

    /// <summary>Whether the card asks its action question, so the second vote asks the course of action once more.</summary>
    public bool AsksAction { get; init; } = true;
}

public sealed record OptionView(string Id, string Text);

/// <summary>
/// A countdown: <see cref="SecondsLeft"/> as the view was made (a screen counts down from when it got it, unless it is
/// <see cref="Frozen"/> by a pause). It takes the next step by itself only when <see cref="AdvancesPhase"/>; when its
/// time is up and that step is not legal yet, <see cref="WaitingFor"/> names what it waits for (for Kiezen
/// <see cref="ErrorCode.NoAnswersYet"/>: the first answer), and it takes the step as soon as that arrives.
/// </summary>
public sealed record TimerView(Phase Phase, int Seconds, int SecondsLeft, bool AdvancesPhase, bool Frozen = false, ErrorCode? WaitingFor = null);

/// <summary>The big screen: never shows what anyone answered before the reveal, only how many did.</summary>
public sealed record ProjectorView(
    long Version,
    RoundView Round,
    IReadOnlyList<ParticipantBadge> Participants,
    RevealView? Reveal,
    GroupSummary? Summary);

/// <summary>A seat as the projector shows it; without a name when the session is anonymous.</summary>
public sealed record ParticipantBadge(string? Name, Side Side, string? RoleName, SeatKind Kind);

/// <summary>A tablet: the round, this seat and this seat's own input, never anyone else's.</summary>
public sealed record ParticipantView(
    long Version,
    RoundView Round,
    SeatView Me,
    Answer? MyAnswer,
    Position? MyRevote,
    FunctionPoints? MyPoints,
    GroupSummary? Summary)
{
    /// <summary>The course of action of this seat's second vote, when the card asks the action question.</summary>
    public string? MyRevoteOption { get; init; }
}

public sealed record SeatView(string SeatId, string Name, Side Side, string? RoleId, string? RoleName, SeatKind Kind);

/// <summary>
/// The facilitator console: who has given this phase's input, what the next step is, and the whole debrief at the end.
/// <see cref="Controls"/> are the round controls (pause, skip, back, replay, finish now, undo) the session allows now;
/// <see cref="Undoes"/> names the step that <see cref="HostCommand.Undo"/> would undo.
/// </summary>
public sealed record FacilitatorView(
    long Version,
    RoundView Round,
    IReadOnlyList<SeatStatus> Seats,
    HostCommand? NextCommand,
    RevealView? Reveal,
    DebriefView? Debrief,
    IReadOnlyList<HostCommand>? Controls = null,
    HostCommand? Undoes = null,
    AgreementDraft? Draft = null)
{
    public IReadOnlyList<HostCommand> Controls { get; init; } = Controls ?? [];

    /// <summary>The deck's roles, for moving a seat to another one (issue 10, seats).</summary>
    public IReadOnlyList<RoleView> Roles { get; init; } = [];
}

/// <summary>A seat as the console lists it; <see cref="IsConnected"/>: a tablet has this seat open now.</summary>
public sealed record SeatStatus(string SeatId, string Name, Side Side, string? RoleName, SeatKind Kind, bool HasAnswered, bool IsConnected = false)
{
    /// <summary>The role's id, for moving the seat to another role (null for a table).</summary>
    public string? RoleId { get; init; }
}

/// <summary>
/// All answers to one card, shown at once; in wisselperspectief how each side's prediction compares; after
/// a re-vote who moved; and how other villages chose, once enough of them shared.
/// </summary>
public sealed record RevealView(
    IReadOnlyList<RevealedAnswer> Answers,
    CardOutcome Outcome,
    IReadOnlyList<PredictionOutcome> Predictions,
    MovementView? Movement,
    OtherVillagesView? OtherVillages);

/// <summary>
/// One seat's answer. <see cref="Name"/> is left out when the session is anonymous, <see cref="Side"/> when
/// the card's split by side is hidden; <see cref="Revote"/> is the second vote, once the re-vote is closed, and
/// <see cref="RevoteOptionId"/> the course of action chosen then; <see cref="Prediction"/> is where the seat predicted
/// the other side (wisselperspectief), left out with the side.
/// </summary>
public sealed record RevealedAnswer(
    string SeatId,
    string? Name,
    Side? Side,
    Eigenaarschap Eigenaarschap,
    Regie Regie,
    string OptionId,
    Position? Revote = null,
    Position? Prediction = null,
    string? RevoteOptionId = null);

/// <summary>
/// How the room answered one card. <see cref="All"/> counts everyone; the per-side distributions, the gap and
/// the per-side option counts are null when the split is hidden (anonymous, and a side with fewer than
/// <see cref="Limits.AnonymousSideMinimum"/> answers). <see cref="Spread"/> is how divided the room was:
/// the mean distance of the answers from the room's average, 0 (all on one spot) to 1.
/// </summary>
public sealed record CardOutcome(
    string CardId,
    int Number,
    string Title,
    SideDistribution All,
    SideDistribution? Gemeente,
    SideDistribution? Dorpsbelangen,
    SideGap? Gap,
    IReadOnlyList<OptionTally> Options,
    double Spread)
{
    [JsonIgnore]
    public bool SplitHidden => Gemeente is null;
}

/// <summary>
/// Answers to a card (one side's, or everyone's when <see cref="Side"/> is null): counts per eigenaarschap
/// type (index 0 is type 1) and per regie step (index 0 is step 1), and the means when there are answers.
/// </summary>
public sealed record SideDistribution(
    Side? Side,
    int Count,
    IReadOnlyList<int> Eigenaarschap,
    IReadOnlyList<int> Regie,
    double? MeanEigenaarschap,
    double? MeanRegie);

/// <summary>
/// How far apart two average positions lie: per axis in steps, and as one distance from 0 (same spot)
/// to 1 (opposite corners of the board).
/// </summary>
public sealed record SideGap(double Eigenaarschap, double Regie, double Distance)
{
    /// <summary>The gap between two average positions, given in steps.</summary>
    public static SideGap Between(double eigenaarschapA, double regieA, double eigenaarschapB, double regieB) => new(
        Math.Abs(eigenaarschapA - eigenaarschapB),
        Math.Abs(regieA - regieB),
        BoardDistance.Between(eigenaarschapA, regieA, eigenaarschapB, regieB));
}

/// <summary>How many chose an option; per side only when the split is shown.</summary>
public sealed record OptionTally(string OptionId, string Text, VillageFunction Function, int Total, int? Gemeente, int? Dorpsbelangen);

/// <summary>
/// Wisselperspectief: where <see cref="Side"/> predicted the other side would put the card, against where
/// the other side did. <see cref="MeanDistance"/> is the mean of each prediction's distance (0..1) from the
/// other side's average.
/// </summary>
public sealed record PredictionOutcome(
    Side Side,
    int Count,
    double PredictedEigenaarschap,
    double PredictedRegie,
    double ActualEigenaarschap,
    double ActualRegie,
    double MeanDistance);

/// <summary>
/// Who moved after the conversation, per side (or for the room when the split is hidden): "nu → gewenst" for one card.
/// <see cref="Options"/> is the room's option split of the first and the second vote (empty when the second vote did not
/// ask the course of action).
/// </summary>
public sealed record MovementView(IReadOnlyList<SideMovement> Sides)
{
    public IReadOnlyList<OptionMove> Options { get; init; } = [];
}

/// <summary>How many of the seats that voted twice chose an option in their first vote (<see cref="Now"/>) and in their second (<see cref="Wanted"/>).</summary>
public sealed record OptionMove(string OptionId, string Text, int Now, int Wanted);

/// <summary>
/// One side's first and second votes on a card, for the seats that voted twice: how many moved, the average
/// position before and after, and the mean distance (0..1) a seat moved.
/// </summary>
public sealed record SideMovement(
    Side? Side,
    int Voters,
    int Moved,
    double FromEigenaarschap,
    double FromRegie,
    double ToEigenaarschap,
    double ToRegie,
    double MeanShift);

/// <summary>"Zo kozen andere dorpen": first votes of earlier sessions that agreed to share, never this one.</summary>
public sealed record OtherVillagesView(int Sessions, SideDistribution Answers, IReadOnlyList<OptionCount> Options);

public sealed record OptionCount(string OptionId, int Count);

/// <summary>
/// The functions of a village organisation on a 10-point scale: from the options chosen during the game
/// ("hoe handelen we nu") or from the slotvraag ("waar willen we naartoe").
/// </summary>
public sealed record FunctionScores(double Vertegenwoordiger, double Kennisdeler, double Verbinder, double Aanjager)
{
    public double For(VillageFunction function) => function switch
    {
        VillageFunction.Vertegenwoordiger => Vertegenwoordiger,
        VillageFunction.Kennisdeler => Kennisdeler,
        VillageFunction.Verbinder => Verbinder,
        VillageFunction.Aanjager => Aanjager,
        _ => throw new ArgumentOutOfRangeException(nameof(function), function, null),
    };
}

/// <summary>
/// The gemeente's stances on the participation ladder on a 10-point scale, from the options chosen in the first votes
/// ("nu") or in the second votes ("gewenst").
/// </summary>
public sealed record StanceScores(double Reguleren, double Regisseren, double Stimuleren, double Faciliteren, double Loslaten)
{
    public static StanceScores Of(Func<Stance, double> score) => new(
        score(Stance.Reguleren), score(Stance.Regisseren), score(Stance.Stimuleren), score(Stance.Faciliteren), score(Stance.Loslaten));

    public double For(Stance stance) => stance switch
    {
        Stance.Reguleren => Reguleren,
        Stance.Regisseren => Regisseren,
        Stance.Stimuleren => Stimuleren,
        Stance.Faciliteren => Faciliteren,
        Stance.Loslaten => Loslaten,
        _ => throw new ArgumentOutOfRangeException(nameof(stance), stance, null),
    };
}

/// <summary>
/// One side's two profiles (the room's when <see cref="Side"/> is null). Functions: <see cref="Now"/> from its
/// <see cref="Choices"/> first-vote action choices, <see cref="Wanted"/> from its <see cref="WantedChoices"/> second-vote
/// choices, or, when it gave none, its mean slotvraag (<see cref="WantedFromSlotvraag"/>). Stances: the same from the
/// choices whose gemeente stance is a ladder step; <see cref="StancesWanted"/> is null without second votes.
/// <see cref="Slotvraag"/> is the mean of its <see cref="Respondents"/> slotvraag answers, the closing summary.
/// </summary>
public sealed record SideProfile(Side? Side, FunctionScores? Now, FunctionScores? Wanted, int Choices, int Respondents)
{
    public int WantedChoices { get; init; }

    public FunctionScores? Slotvraag { get; init; }

    public StanceScores? StancesNow { get; init; }

    public StanceScores? StancesWanted { get; init; }

    public int StanceChoices { get; init; }

    public int WantedStanceChoices { get; init; }

    [JsonIgnore]
    public bool WantedFromSlotvraag => WantedChoices == 0 && Wanted is not null;
}

public sealed record FunctionProfile(IReadOnlyList<SideProfile> Sides);

/// <summary>"Hoe goed kennen we elkaar": how close <see cref="Side"/>'s predictions of the other side came, over all cards.</summary>
public sealed record Acquaintance(Side Side, int Predictions, double MeanDistance);

/// <summary>One line of the afsprakenkaart.</summary>
public sealed record AgreementRow(string CardId, int Number, string CardTitle, Agreement Agreement);

/// <summary>
/// One card in the debrief: the reveal as it ended (with second votes) and the recorded conclusion; <see cref="Skipped"/>
/// when the facilitator skipped it (or ended the session early while it was on the table).
/// </summary>
public sealed record CardDebrief(RevealView Reveal, Agreement? Agreement, bool Skipped = false);

/// <summary>
/// The whole workshop, for the facilitator only: every card (the most divided first), the function profile,
/// how well the sides know each other, the afsprakenkaart in playing order, and the seats in join order
/// (for the exports' rows per seat).
/// </summary>
public sealed record DebriefView(
    string Code,
    string DeckTitle,
    DateTimeOffset CreatedAt,
    SessionSettings Settings,
    int SeatCount,
    IReadOnlyList<CardDebrief> Cards,
    FunctionProfile Profile,
    IReadOnlyList<Acquaintance> KnowEachOther,
    IReadOnlyList<AgreementRow> Agreements,
    IReadOnlyList<DebriefSeat>? Seats = null)
{
    /// <summary>How many cards a summary names as the most divided.</summary>
    public const int MostDividedCount = 3;

    public IReadOnlyList<DebriefSeat> Seats { get; init; } = Seats ?? [];

    /// <summary>The cards a summary names as the most divided: those the room did not answer as one, in the debrief's order.</summary>
    public IReadOnlyList<CardDebrief> MostDivided() =>
        Cards.Where(c => c.Reveal.Outcome.Spread > 0).Take(MostDividedCount).ToList();
}

/// <summary>
/// A seat as the debrief's exports list it. <see cref="Number"/> is the join order from 1. When the session is
/// anonymous <see cref="Name"/> and <see cref="RoleName"/> are left out, and <see cref="Side"/> too when a side
/// has fewer than <see cref="Limits.AnonymousSideMinimum"/> seats. <see cref="Points"/> is the seat's slotvraag.
/// </summary>
public sealed record DebriefSeat(string SeatId, int Number, string? Name, Side? Side, string? RoleName, SeatKind Kind, FunctionPoints? Points);

/// <summary>A card as the group summary names it among the most divided.</summary>
public sealed record DividedCard(int Number, string Title, double Spread);

/// <summary>What the whole group sees at the end, on the projector and every tablet: no one's own answers.</summary>
public sealed record GroupSummary(
    string DeckTitle,
    int CardsPlayed,
    IReadOnlyList<DividedCard> MostDivided,
    FunctionProfile Profile,
    IReadOnlyList<Acquaintance> KnowEachOther,
    IReadOnlyList<AgreementRow> Agreements);
