using Spel.Scenarios.Decks;
using Spel.Scenarios.Play;

namespace Spel.Server.Sessions;

/// <summary>
/// Turns a session's state into what each kind of screen may see. The parts every screen shares (the round,
/// the reveal, the debrief) are built once per instance, so one broadcast to a full hall builds them once.
/// </summary>
public sealed class SessionViews
{
    private readonly SessionState _state;
    private readonly RoundView _round;
    private readonly RevealView? _reveal;
    private readonly DebriefView? _debrief;

    public SessionViews(SessionState state, string code)
    {
        _state = state;
        _round = Round(state, code);
        _reveal = Reveal(state);
        _debrief = Debrief(state);
    }

    public ProjectorView Projector() => new(
        _state.Version,
        _round,
        _state.Seats.Select(s => new ParticipantBadge(s.Name, s.Side, RoleName(_state, s))).ToList(),
        _reveal,
        _debrief);

    public FacilitatorView Facilitator(HostCommand? nextCommand)
    {
        var answered = _state.CurrentCard is { } card ? _state.AnswersTo(card.Id) : new Dictionary<string, Answer>();
        return new FacilitatorView(
            _state.Version,
            _round,
            _state.Seats.Select(s => new SeatStatus(s.Id, s.Name, s.Side, RoleName(_state, s), answered.ContainsKey(s.Id))).ToList(),
            nextCommand,
            _reveal,
            _debrief);
    }

    /// <summary>A tablet's view: the shared round plus this seat's own answer, and nobody else's.</summary>
    public ParticipantView Participant(Seat seat) => new(
        _state.Version,
        _round,
        new SeatView(seat.Id, seat.Name, seat.Side, seat.RoleId, RoleName(_state, seat)),
        _state.CurrentCard is { } card && _state.AnswersTo(card.Id).TryGetValue(seat.Id, out var mine) ? mine : null,
        _debrief);

    public static JoinInfo JoinInfo(SessionState state, string code) => new(
        code,
        state.Deck!.Title,
        state.Phase,
        state.Deck.Roles.Select(r => new RoleView(r.Id, r.Name, r.Side)).ToList());

    private static RoundView Round(SessionState state, string code)
    {
        var card = state.CurrentCard;
        return new RoundView(
            code,
            state.Deck!.Title,
            state.Phase,
            card is null ? null : CardView(card, state.CardIndex, state.Deck.Cards.Count),
            card is null ? 0 : state.AnswersTo(card.Id).Count,
            state.Seats.Count);
    }

    private static CardView CardView(Card card, int index, int count) => new(
        card.Id,
        index + 1,
        count,
        card.Title,
        card.Situation,
        card.Source,
        card.ActionQuestion,
        card.Options.Select(o => new OptionView(o.Id, o.Text)).ToList(),
        card.Prompts);

    /// <summary>Answers are only ever shown once the card has been revealed.</summary>
    private static RevealView? Reveal(SessionState state)
    {
        if (state.Phase is not (Phase.Onthulling or Phase.Gesprek) || state.CurrentCard is not { } card)
        {
            return null;
        }

        var answers = AnswersWithSeats(state, card).ToList();
        return new RevealView(
            answers.Select(a => new RevealedAnswer(a.Seat.Id, a.Seat.Name, a.Seat.Side, a.Answer.Eigenaarschap, a.Answer.Regie, a.Answer.OptionId)).ToList(),
            Outcomes.For(card, state.CardIndex + 1, answers.Select(a => (a.Seat.Side, a.Answer)).ToList()));
    }

    private static DebriefView? Debrief(SessionState state) =>
        state.Phase != Phase.Debrief
            ? null
            : new DebriefView(
                state.Deck!.Title,
                state.Deck.Cards
                    .Select((card, index) => Outcomes.For(card, index + 1, AnswersWithSeats(state, card).Select(a => (a.Seat.Side, a.Answer)).ToList()))
                    .ToList());

    private static IEnumerable<(Seat Seat, Answer Answer)> AnswersWithSeats(SessionState state, Card card)
    {
        var answers = state.AnswersTo(card.Id);
        return state.Seats
            .Where(seat => answers.ContainsKey(seat.Id))
            .Select(seat => (seat, answers[seat.Id]));
    }

    private static string RoleName(SessionState state, Seat seat) => state.Deck!.FindRole(seat.RoleId)?.Name ?? seat.RoleId;
}
