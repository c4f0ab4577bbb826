using Spel.Scenarios.Decks;
using Spel.Scenarios.Play;
using Spel.Server.Storage;

namespace Spel.Server.Sessions;

/// <summary>Everything one workshop remembers; persisted by the session grain before any screen hears of a change.</summary>
[GenerateSerializer, Alias("spel.session-state")]
public sealed class SessionState
{
    /// <summary>
    /// A snapshot of the deck taken at creation, so later edits to the deck never change a running session. Saved
    /// apart (<see cref="SessionDeck"/>), not with every change; the session grain puts it back here on activation.
    /// </summary>
    [Id(0), SavedApart] public Deck? Deck { get; set; }

    [Id(1)] public Phase Phase { get; set; } = Phase.Lobby;

    /// <summary>Index into the deck's cards of the card on the table (meaningful from Situatie on).</summary>
    [Id(2)] public int CardIndex { get; set; }

    [Id(3)] public byte[] HostKeyHash { get; set; } = [];

    [Id(4)] public List<Seat> Seats { get; set; } = [];

    /// <summary>Answers per card id, then per seat id. A seat's later answer replaces its earlier one until the reveal.</summary>
    [Id(5)] public Dictionary<string, Dictionary<string, Answer>> Answers { get; set; } = [];

    /// <summary>Grows with every saved change; screens use it to drop stale pushes.</summary>
    [Id(6)] public long Version { get; set; }

    [Id(7)] public DateTimeOffset CreatedAt { get; set; }

    [Id(8)] public SessionSettings Settings { get; set; } = SessionSettings.Default([]);

    /// <summary>Second votes (herstemming) per card id, then per seat id.</summary>
    [Id(9)] public Dictionary<string, Dictionary<string, Position>> Revotes { get; set; } = [];

    /// <summary>Slotvraag answers per seat id.</summary>
    [Id(10)] public Dictionary<string, FunctionPoints> Points { get; set; } = [];

    /// <summary>The facilitator's recorded conclusion per card id.</summary>
    [Id(11)] public Dictionary<string, Agreement> Agreements { get; set; } = [];

    /// <summary>What other villages chose, per card id, as it stood when the card was revealed.</summary>
    [Id(12)] public Dictionary<string, OtherVillagesView> OtherVillages { get; set; } = [];

    [Id(13)] public RunningTimer? Timer { get; set; }

    // Round controls (issue 10, part "flow"). Ids from 40 on, to stay clear of the other parts' fields.

    /// <summary>The facilitator paused the session: the phase stays, its countdown is frozen, only joins are accepted.</summary>
    [Id(40)] public bool Paused { get; set; }

    /// <summary>The ids of the cards the facilitator skipped (or left by ending early), for the debrief.</summary>
    [Id(41)] public List<string> SkippedCards { get; set; } = [];

    /// <summary>How the session was before its last skip, back, replay or finish-now, until the next command or input.</summary>
    [Id(42)] public UndoPoint? Undo { get; set; }

    /// <summary>
    /// Seats (issue 10): SHA-256 of the tokens of seats the facilitator removed or merged away, newest last, at most
    /// <see cref="RemovedSeatsKept"/>: such a tablet is told its seat was removed instead of that it is unknown.
    /// </summary>
    [Id(14)] public List<byte[]> RemovedSeatTokens { get; set; } = [];

    /// <summary>How many removed seats' tokens a session remembers; an older one is just unknown, which also asks to join again.</summary>
    public const int RemovedSeatsKept = 2 * Limits.SeatsPerSession;

    // Part "access" (issue 10). Ids from 50 on, clear of the other parts' additions.

    /// <summary>Every console secret handed out besides the host key: links for a second console, and recovered consoles.</summary>
    [Id(50)] public List<ConsoleGrant> Consoles { get; set; } = [];

    /// <summary>SHA-256 of the recovery code; empty for a session created before there were recovery codes.</summary>
    [Id(51)] public byte[] RecoveryCodeHash { get; set; } = [];

    /// <summary>An afspraak being typed on a console and not yet recorded; only the consoles see it.</summary>
    [Id(52)] public AgreementDraft? Draft { get; set; }

    // Issue 13, part "practice". Ids from 130 on, clear of the other parts' additions.

    /// <summary>
    /// The id of the card whose what_happened the facilitator shows ("Zo ging het in de praktijk"); null: not shown,
    /// also for a session saved before this existed. Screens show it only while that card is on the table after its reveal.
    /// </summary>
    [Id(130)] public string? PracticeShownFor { get; set; }

    /// <summary>Whether the screens show the current card's what_happened now.</summary>
    public bool ShowsPractice =>
        Phase.ShowsBoard() && CurrentCard is { WhatHappened: not null } card && PracticeShownFor == card.Id;

    // Issue 13, part "flow".

    /// <summary>
    /// The course of action of each second vote, per card id, then per seat id: "waar willen we naartoe". Only for cards
    /// that ask the action question; a session saved before there was one has none, and its second votes are positions only.
    /// </summary>
    [Id(131)] public Dictionary<string, Dictionary<string, string>> RevoteOptions { get; set; } = [];

    public bool IsCreated => Deck is not null;

    public Seat? FindSeatById(string? seatId) => Seats.FirstOrDefault(seat => seat.Id == seatId);

    /// <summary>Takes a seat out with everything it gave (answers, second votes, points); its token is remembered as removed.</summary>
    public void RemoveSeat(Seat seat)
    {
        Seats.Remove(seat);
        foreach (var answers in Answers.Values)
        {
            answers.Remove(seat.Id);
        }

        foreach (var revotes in Revotes.Values)
        {
            revotes.Remove(seat.Id);
        }

        foreach (var options in RevoteOptions.Values)
        {
            options.Remove(seat.Id);
        }

        Points.Remove(seat.Id);
        RemovedSeatTokens.Add(seat.TokenHash);
        if (RemovedSeatTokens.Count > RemovedSeatsKept)
        {
            RemovedSeatTokens.RemoveAt(0);
        }
    }

    /// <summary>
    /// One person on two tablets: <paramref name="kept"/> keeps what it gave, and takes over what only
    /// <paramref name="merged"/> gave (an answer or a second vote on a card, the points); then <paramref name="merged"/> is removed.
    /// </summary>
    public void MergeSeat(Seat merged, Seat kept)
    {
        foreach (var answers in Answers.Values)
        {
            TakeOver(answers, merged.Id, kept.Id);
        }

        foreach (var (cardId, revotes) in Revotes)
        {
            // The course of action goes with its position: a kept second vote keeps its own, even when it has none.
            if (!revotes.ContainsKey(kept.Id) && RevoteOptions.TryGetValue(cardId, out var options))
            {
                TakeOver(options, merged.Id, kept.Id);
            }

            TakeOver(revotes, merged.Id, kept.Id);
        }

        TakeOver(Points, merged.Id, kept.Id);
        RemoveSeat(merged);
    }

    private static void TakeOver<T>(Dictionary<string, T> inputs, string from, string to)
    {
        if (inputs.TryGetValue(from, out var given))
        {
            inputs.TryAdd(to, given);
        }
    }

    public Card? CurrentCard => Phase is Phase.Lobby or Phase.Slotvraag or Phase.Debrief || Deck is null ? null : Deck.Cards[CardIndex];

    /// <summary>Whether this card asks each seat to predict the other side: in wisselperspectief, or when the deck asks it.</summary>
    public bool AsksPrediction(Card card) => Settings.Wisselperspectief || card.Questions.HasFlag(CardQuestions.Prediction);

    public IReadOnlyDictionary<string, Answer> AnswersTo(string cardId) =>
        Answers.TryGetValue(cardId, out var answers) ? answers : new Dictionary<string, Answer>();

    public IReadOnlyDictionary<string, Position> RevotesTo(string cardId) =>
        Revotes.TryGetValue(cardId, out var revotes) ? revotes : new Dictionary<string, Position>();

    public IReadOnlyDictionary<string, string> RevoteOptionsTo(string cardId) =>
        RevoteOptions.TryGetValue(cardId, out var options) ? options : new Dictionary<string, string>();

    /// <summary>
    /// Which seats have given the input the phase is about: the second vote in Herstemming, the points from
    /// the Slotvraag on, and otherwise the answer to the card on the table.
    /// </summary>
    public IReadOnlyCollection<string> SeatsWithInput => Phase switch
    {
        Phase.Herstemming when CurrentCard is { } card => RevotesTo(card.Id).Keys.ToList(),
        Phase.Slotvraag or Phase.Debrief => Points.Keys.ToList(),
        _ when CurrentCard is { } card => AnswersTo(card.Id).Keys.ToList(),
        _ => [],
    };
}

/// <summary>
/// The deck snapshot of a session, saved under a state name of its own (<see cref="SessionGrain.DeckStateName"/>):
/// about 70 KB that never changes, so the session's every change need not rewrite it.
/// </summary>
[GenerateSerializer, Alias("spel.session-deck")]
public sealed class SessionDeck
{
    [Id(0)] public Deck? Deck { get; set; }
}

/// <summary>
/// What the seats gave to the card on the table, saved under a state name of its own
/// (<see cref="SessionGrain.InputsStateName"/>): an answer, a second vote or the slotvraag points writes these few KB
/// instead of the whole session, and so does a tablet that connects or leaves (only <see cref="Version"/> changes).
/// It holds the truth only while it is newer than the session's own save: every other change writes the whole session,
/// these inputs included, with a higher version.
/// </summary>
[GenerateSerializer, Alias("spel.session-inputs")]
public sealed class SessionInputs
{
    /// <summary>The session's <see cref="SessionState.Version"/> when these inputs were saved.</summary>
    [Id(0)] public long Version { get; set; }

    /// <summary>The card on the table when they were saved; null in the lobby, the slotvraag and the debrief.</summary>
    [Id(1)] public string? CardId { get; set; }

    [Id(2)] public Dictionary<string, Answer> Answers { get; set; } = [];

    [Id(3)] public Dictionary<string, Position> Revotes { get; set; } = [];

    [Id(4)] public Dictionary<string, FunctionPoints> Points { get; set; } = [];

    /// <summary>The courses of action of the second votes to that card (issue 13); empty in inputs saved before there were any.</summary>
    [Id(5)] public Dictionary<string, string> RevoteOptions { get; set; } = [];

    /// <summary>The inputs of <paramref name="state"/> as they are now, to be saved apart.</summary>
    public static SessionInputs Of(SessionState state)
    {
        var cardId = state.CurrentCard?.Id;
        return new SessionInputs
        {
            Version = state.Version,
            CardId = cardId,
            Answers = cardId is not null && state.Answers.TryGetValue(cardId, out var answers) ? answers : [],
            Revotes = cardId is not null && state.Revotes.TryGetValue(cardId, out var revotes) ? revotes : [],
            RevoteOptions = cardId is not null && state.RevoteOptions.TryGetValue(cardId, out var options) ? options : [],
            Points = state.Points,
        };
    }

    /// <summary>
    /// Puts these inputs back into <paramref name="state"/> read from storage, when they were saved after it: the
    /// session's own copy of them is then older. Inputs saved before the session's last save are already in it.
    /// </summary>
    public void Restore(SessionState state)
    {
        if (Version <= state.Version)
        {
            return;
        }

        if (CardId is { } cardId)
        {
            Put(state.Answers, cardId, Answers);
            Put(state.Revotes, cardId, Revotes);
            Put(state.RevoteOptions, cardId, RevoteOptions);
        }

        state.Points = Points;
        state.Version = Version;
    }

    private static void Put<T>(Dictionary<string, Dictionary<string, T>> perCard, string cardId, Dictionary<string, T> inputs)
    {
        if (inputs.Count > 0)
        {
            perCard[cardId] = inputs;
        }
        else
        {
            perCard.Remove(cardId);
        }
    }
}

/// <summary>A countdown in the current phase; <see cref="FrozenLeft"/> is how much time it had left when a pause froze it.</summary>
[GenerateSerializer, Alias("spel.running-timer")]
public sealed record RunningTimer(
    [property: Id(0)] Phase Phase,
    [property: Id(1)] int Seconds,
    [property: Id(2)] DateTimeOffset EndsAt,
    [property: Id(3)] TimeSpan? FrozenLeft = null)
{
    public bool IsFrozen => FrozenLeft is not null;

    /// <summary>The time it has left at <paramref name="now"/>, never less than none.</summary>
    public TimeSpan LeftAt(DateTimeOffset now) => FrozenLeft ?? (EndsAt > now ? EndsAt - now : TimeSpan.Zero);

    /// <summary>Stops the clock at <paramref name="now"/>, keeping exactly the time left.</summary>
    public RunningTimer FrozenAt(DateTimeOffset now) => IsFrozen ? this : this with { FrozenLeft = LeftAt(now) };

    /// <summary>Starts the clock again at <paramref name="now"/> with the time it had left when it was frozen.</summary>
    public RunningTimer ThawedAt(DateTimeOffset now) => FrozenLeft is { } left ? this with { EndsAt = now + left, FrozenLeft = null } : this;
}

/// <summary>
/// What a skip, back, replay or finish-now changed, so that <see cref="HostCommand.Undo"/> can put it back: the phase,
/// the card, the countdown (frozen at the step) and the inputs to the card that was on the table.
/// </summary>
[GenerateSerializer, Alias("spel.undo-point")]
public sealed record UndoPoint(
    [property: Id(0)] HostCommand Command,
    [property: Id(1)] Phase Phase,
    [property: Id(2)] int CardIndex,
    [property: Id(3)] RunningTimer? Timer,
    [property: Id(4)] string? CardId,
    [property: Id(5)] Dictionary<string, Answer>? Answers,
    [property: Id(6)] Dictionary<string, Position>? Revotes,
    [property: Id(7)] OtherVillagesView? OtherVillages,
    [property: Id(8)] List<string> SkippedCards,
    [property: Id(9)] Dictionary<string, string>? RevoteOptions = null);

/// <summary>A console secret other than the host key: who holds it may do what its role allows, until it is revoked.</summary>
[GenerateSerializer, Alias("spel.console-grant")]
public sealed class ConsoleGrant
{
    /// <summary>A public id, so the main console can name the link it revokes.</summary>
    [Id(0)] public string Id { get; set; } = "";

    [Id(1)] public ConsoleRole Role { get; set; }

    /// <summary>SHA-256 of the console secret; the secret itself lives only in the link and on the device.</summary>
    [Id(2)] public byte[] TokenHash { get; set; } = [];

    [Id(3)] public DateTimeOffset CreatedAt { get; set; }

    /// <summary>A revoked secret is kept, so that its holder hears "ingetrokken" instead of a wrong key.</summary>
    [Id(4)] public bool Revoked { get; set; }
}

/// <summary>One tablet in the hall: a person, or a table sharing a tablet.</summary>
[GenerateSerializer, Alias("spel.seat")]
public sealed class Seat
{
    [Id(0)] public string Id { get; set; } = "";

    /// <summary>SHA-256 of the seat token; the token itself lives only on the tablet.</summary>
    [Id(1)] public byte[] TokenHash { get; set; } = [];

    [Id(2)] public string Name { get; set; } = "";

    [Id(3)] public Side Side { get; set; }

    /// <summary>The role a person took; null for a table.</summary>
    [Id(4)] public string? RoleId { get; set; }

    [Id(5)] public DateTimeOffset JoinedAt { get; set; }

    [Id(6)] public SeatKind Kind { get; set; }
}
