using Spel.Scenarios.Decks;
using Spel.Scenarios.Play;

namespace Spel.Server.Sessions;

/// <summary>
/// Turns a session's state into what each kind of screen may see. The parts every screen shares (the round,
/// the reveal, the debrief and its summary) are built once per instance, so one broadcast to a full hall builds them once.
/// </summary>
public sealed class SessionViews
{
    private readonly SessionState _state;
    private readonly RoundView _round;
    private readonly RevealView? _reveal;
    private readonly DebriefView? _debrief;
    private readonly GroupSummary? _summary;
    private readonly Lazy<IReadOnlySet<string>> _connected;

    /// <param name="stepWaitsFor">What the step forward waits for (<see cref="SessionFlow.StepForwardWaitsFor"/>), told by a countdown that ran out.</param>
    /// <param name="connected">The seats with a tablet connected now, for the console.</param>
    public SessionViews(SessionState state, string code, DateTimeOffset now, ErrorCode? stepWaitsFor = null, IReadOnlySet<string>? connected = null)
        : this(state, code, now, stepWaitsFor, () => connected ?? new HashSet<string>())
    {
    }

    /// <param name="connected">
    /// Asked only when the console's view is built: an answer's change builds views for its reply and the counts, and
    /// who is connected is the console's alone.
    /// </param>
    public SessionViews(SessionState state, string code, DateTimeOffset now, ErrorCode? stepWaitsFor, Func<IReadOnlySet<string>> connected)
    {
        _state = state;
        _connected = new Lazy<IReadOnlySet<string>>(connected, LazyThreadSafetyMode.None);
        _round = Round(state, code, now, stepWaitsFor);
        _reveal = state.Phase.ShowsBoard() && state.CurrentCard is { } card
            ? Reveal(state, card, state.CardIndex, withRevotes: state.Phase == Phase.Afspraak)
            : null;
        _debrief = state.Phase == Phase.Debrief ? Debrief(state, code) : null;
        _summary = _debrief is null ? null : Summary(_debrief);
    }

    /// <summary>What every screen shares.</summary>
    public RoundView SharedRound => _round;

    /// <summary>What the whole group sees at the end; null before the Debrief phase.</summary>
    public GroupSummary? SharedSummary => _summary;

    /// <summary>The facilitator's whole debrief; null before the Debrief phase.</summary>
    public DebriefView? Debrief() => _debrief;

    public ProjectorView Projector() => new(
        _state.Version,
        _round,
        _state.Seats.Select(LobbyBadge).ToList(),
        _reveal,
        _summary);

    /// <summary>
    /// An anonymous session sends the projector neither names nor roles: a role beside a side names the person in a
    /// small group (there is one wethouder), so the lobby can only count the seats per side.
    /// </summary>
    private ParticipantBadge LobbyBadge(Seat seat) => _state.Settings.Anonymous
        ? new ParticipantBadge(null, seat.Side, null, seat.Kind)
        : new ParticipantBadge(seat.Name, seat.Side, RoleName(_state, seat), seat.Kind);

    public FacilitatorView Facilitator(HostCommand? nextCommand, IReadOnlyList<HostCommand>? controls = null)
    {
        var answered = _state.SeatsWithInput;
        return new FacilitatorView(
            _state.Version,
            _round,
            _state.Seats
                .Select(s => new SeatStatus(s.Id, s.Name, s.Side, RoleName(_state, s), s.Kind, answered.Contains(s.Id), _connected.Value.Contains(s.Id)) { RoleId = s.RoleId })
                .ToList(),
            nextCommand,
            _reveal,
            _debrief,
            controls,
            _state.Undo?.Command,
            _state.Draft)
        {
            Roles = _state.Deck!.Roles.Select(r => new RoleView(r.Id, r.Name, r.Side)).ToList(),
        };
    }

    /// <summary>A tablet's view: the shared round plus this seat's own input, and nobody else's.</summary>
    public ParticipantView Participant(Seat seat)
    {
        var card = _state.CurrentCard;
        return new ParticipantView(
            _state.Version,
            _round,
            new SeatView(seat.Id, seat.Name, seat.Side, seat.RoleId, RoleName(_state, seat), seat.Kind),
            card is not null && _state.AnswersTo(card.Id).TryGetValue(seat.Id, out var answer) ? answer : null,
            card is not null && _state.RevotesTo(card.Id).TryGetValue(seat.Id, out var revote) ? revote : null,
            _state.Points.GetValueOrDefault(seat.Id),
            _summary)
        {
            MyRevoteOption = card is null ? null : _state.RevoteOptionsTo(card.Id).GetValueOrDefault(seat.Id),
        };
    }

    public static JoinInfo JoinInfo(SessionState state, string code) => new(
        code,
        state.Deck!.Title,
        state.Phase,
        state.Deck.Roles.Select(r => new RoleView(r.Id, r.Name, r.Side)).ToList(),
        state.Settings.SeatKind);

    private static RoundView Round(SessionState state, string code, DateTimeOffset now, ErrorCode? stepWaitsFor)
    {
        var card = state.CurrentCard;
        return new RoundView(
            code,
            state.Deck!.Title,
            state.Phase,
            card is null ? null : CardView.Of(card, state.CardIndex, state.Deck.Cards.Count, state.AsksPrediction(card)),
            state.SeatsWithInput.Count,
            state.Seats.Count,
            state.Settings,
            state.Timer is { } timer && timer.Phase == state.Phase ? Timer(state, timer, now, stepWaitsFor) : null,
            card is null ? null : state.Agreements.GetValueOrDefault(card.Id),
            state.Paused,
            state.ShowsPractice);
    }

    private static TimerView Timer(SessionState state, RunningTimer timer, DateTimeOffset now, ErrorCode? stepWaitsFor)
    {
        var left = (int)Math.Ceiling(timer.LeftAt(now).TotalSeconds);
        var advances = state.Settings.TimersAdvance;
        return new TimerView(timer.Phase, timer.Seconds, left, advances, timer.IsFrozen, advances && left == 0 ? stepWaitsFor : null);
    }

    /// <summary>
    /// A card's answers, shown at once. Second votes are shown once the re-vote is closed; names only when the
    /// session is not anonymous; sides only when the split may be shown.
    /// </summary>
    private static RevealView Reveal(SessionState state, Card card, int index, bool withRevotes)
    {
        var answers = state.AnswersTo(card.Id);
        var revotes = withRevotes ? state.RevotesTo(card.Id) : new Dictionary<string, Position>();
        var revoteOptions = withRevotes ? state.RevoteOptionsTo(card.Id) : new Dictionary<string, string>();
        var seats = state.Seats.Where(seat => answers.ContainsKey(seat.Id)).ToList();
        var votes = seats
            .Select(seat => new Vote(seat.Side, answers[seat.Id], revotes.GetValueOrDefault(seat.Id), revoteOptions.GetValueOrDefault(seat.Id)))
            .ToList();
        var outcome = Outcomes.For(card, index + 1, votes, state.Settings.Anonymous);
        var splitShown = !outcome.SplitHidden;
        return new RevealView(
            seats.Select(seat => new RevealedAnswer(
                    seat.Id,
                    state.Settings.Anonymous ? null : seat.Name,
                    splitShown ? seat.Side : null,
                    answers[seat.Id].Eigenaarschap,
                    answers[seat.Id].Regie,
                    answers[seat.Id].OptionId,
                    revotes.GetValueOrDefault(seat.Id),
                    splitShown ? answers[seat.Id].Prediction : null,
                    revoteOptions.GetValueOrDefault(seat.Id)))
                .ToList(),
            outcome,
            Outcomes.Predictions(votes, splitShown),
            Outcomes.Movement(votes, splitShown, card.Options),
            state.OtherVillages.GetValueOrDefault(card.Id));
    }

    private static DebriefView Debrief(SessionState state, string code)
    {
        var cards = state.Deck!.Cards
            .Select((card, index) => new CardDebrief(
                Reveal(state, card, index, withRevotes: true),
                state.Agreements.GetValueOrDefault(card.Id),
                state.SkippedCards.Contains(card.Id)))
            .ToList();
        var seatsById = state.Seats.ToDictionary(s => s.Id);
        var firstVotes = state.Deck.Cards
            .Select(card => state.AnswersTo(card.Id)
                .Where(a => seatsById.ContainsKey(a.Key))
                .Select(a => (Seat: seatsById[a.Key], Card: card, Answer: a.Value))
                .ToList())
            .ToList();
        var choices = firstVotes
            .SelectMany(votes => votes)
            .Select(v => (v.Seat.Side, v.Card.FindOption(v.Answer.OptionId)!))
            .ToList();
        var wanted = state.Deck.Cards
            .SelectMany(card => state.RevoteOptionsTo(card.Id)
                .Where(o => seatsById.ContainsKey(o.Key) && card.FindOption(o.Value) is not null)
                .Select(o => (seatsById[o.Key].Side, card.FindOption(o.Value)!)))
            .ToList();
        var points = state.Points
            .Where(p => seatsById.ContainsKey(p.Key))
            .Select(p => (seatsById[p.Key].Side, p.Value))
            .ToList();
        var profileSplit = Outcomes.SplitShown(
            state.Settings.Anonymous,
            state.Seats.Count(s => s.Side == Side.Gemeente),
            state.Seats.Count(s => s.Side == Side.Dorpsbelangen));
        var knowEachOther = Outcomes.KnowEachOther(cards
            .Zip(firstVotes)
            .Where(pair => !pair.First.Reveal.Outcome.SplitHidden)
            .Select(pair => (IReadOnlyCollection<Vote>)pair.Second.Select(v => new Vote(v.Seat.Side, v.Answer)).ToList()));

        return new DebriefView(
            code,
            state.Deck.Title,
            state.CreatedAt,
            state.Settings,
            state.Seats.Count,
            cards.OrderByDescending(c => c.Reveal.Answers.Count > 0).ThenByDescending(c => c.Reveal.Outcome.Spread).ToList(),
            Outcomes.Profile(choices, wanted, points, profileSplit),
            knowEachOther,
            cards.Where(c => c.Agreement is not null)
                .Select(c => new AgreementRow(c.Reveal.Outcome.CardId, c.Reveal.Outcome.Number, c.Reveal.Outcome.Title, c.Agreement!))
                .ToList(),
            state.Seats
                .Select((seat, index) => new DebriefSeat(
                    seat.Id,
                    index + 1,
                    state.Settings.Anonymous ? null : seat.Name,
                    profileSplit ? seat.Side : null,
                    state.Settings.Anonymous ? null : RoleName(state, seat),
                    seat.Kind,
                    state.Points.GetValueOrDefault(seat.Id)))
                .ToList());
    }

    private static GroupSummary Summary(DebriefView debrief) => new(
        debrief.DeckTitle,
        debrief.Cards.Count(c => c.Reveal.Answers.Count > 0),
        debrief.MostDivided()
            .Select(c => new DividedCard(c.Reveal.Outcome.Number, c.Reveal.Outcome.Title, c.Reveal.Outcome.Spread))
            .ToList(),
        debrief.Profile,
        debrief.KnowEachOther,
        debrief.Agreements);

    private static string? RoleName(SessionState state, Seat seat) =>
        seat.RoleId is null ? null : state.Deck!.FindRole(seat.RoleId)?.Name ?? seat.RoleId;
}
