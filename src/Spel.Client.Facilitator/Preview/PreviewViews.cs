using Spel.Scenarios.Decks;
using Spel.Scenarios.Play;

namespace Spel.Client.Preview;

/// <summary>
/// The views a session would send the projector and a tablet for one card of a deck being edited, made in the browser
/// so the deck studio's preview can feed them to the real screens (<c>ProjectorStage</c>, <c>PlayScreen</c> and the
/// answer flow) without a session. The reveal is tallied by the same <see cref="Outcomes"/> a session uses, from
/// <see cref="SeatCount"/> made-up seats: half on each side, in the deck's roles of that side, with answers spread over
/// the board and the card's options. The sample comes from the card's id alone, so the same card always shows the same
/// board while its texts change under the trainer's hands.
/// </summary>
public sealed class PreviewViews
{
    /// <summary>How many made-up seats answer: enough to spread over the board and five options, few enough to read.</summary>
    public const int SeatCount = 6;

    private readonly Deck _deck;
    private readonly Card _card;
    private readonly CardView _cardView;
    private readonly IReadOnlyList<SampleSeat> _seats;

    /// <param name="seatName">The made-up name of the seat numbered from 1, in the screen's language.</param>
    public PreviewViews(Deck deck, int cardIndex, Func<int, string> seatName)
    {
        _deck = deck;
        _card = deck.Cards[cardIndex];
        _cardView = CardView.Of(_card, cardIndex, deck.Cards.Count, _card.Questions.HasFlag(CardQuestions.Prediction));
        _seats = Seats(deck, _card, seatName);
    }

    /// <summary>The made-up seats and their answers to the card, in seat order.</summary>
    public IReadOnlyList<SampleSeat> Sample => _seats;

    /// <summary>
    /// The projector in <paramref name="phase"/>: in Kiezen all but two seats have answered; in the phases with the
    /// board every seat has, and the reveal shows their answers.
    /// </summary>
    public ProjectorView Projector(Phase phase) => new(
        0,
        Round(phase, phase == Phase.Kiezen ? SeatCount - 2 : SeatCount),
        _seats.Select(s => new ParticipantBadge(s.Name, s.Side, s.Role?.Name, SeatKind.Person)).ToList(),
        phase.ShowsBoard() ? Reveal() : null,
        null);

    /// <summary>The first made-up seat's tablet in Kiezen, before it has answered.</summary>
    public ParticipantView Tablet()
    {
        var me = _seats[0];
        return new ParticipantView(
            0,
            Round(Phase.Kiezen, 0),
            new SeatView(me.Id, me.Name, me.Side, me.Role?.Id, me.Role?.Name, SeatKind.Person),
            null,
            null,
            null,
            null);
    }

    private RoundView Round(Phase phase, int answered) => new(
        "",
        _deck.Title,
        phase,
        _cardView,
        answered,
        SeatCount,
        SessionSettings.Default(_deck.Cards.Select(c => c.Id)),
        null,
        null);

    private RevealView Reveal()
    {
        var answered = _seats.Where(s => s.Answer is not null).ToList();
        var votes = answered.Select(s => new Vote(s.Side, s.Answer!)).ToList();
        var outcome = Outcomes.For(_card, _cardView.Number, votes, anonymous: false);
        return new RevealView(
            answered
                .Select(s => new RevealedAnswer(s.Id, s.Name, s.Side, s.Answer!.Eigenaarschap, s.Answer.Regie, s.Answer.OptionId, null, s.Answer.Prediction))
                .ToList(),
            outcome,
            Outcomes.Predictions(votes, splitShown: true),
            null,
            null);
    }

    /// <summary>
    /// The seats alternate between the sides, each taking the next of its side's roles. Each seat takes the next of the
    /// card's options, so up to <see cref="SeatCount"/> options are all chosen; its position on the board is drawn from
    /// a generator seeded with the card's id. A card without options yet gets no answers.
    /// </summary>
    private static List<SampleSeat> Seats(Deck deck, Card card, Func<int, string> seatName)
    {
        var random = new SampleRandom(card.Id);
        var eigenaarschap = Enum.GetValues<Eigenaarschap>();
        var regie = Enum.GetValues<Regie>();
        var asksPrediction = card.Questions.HasFlag(CardQuestions.Prediction);
        var seats = new List<SampleSeat>();
        for (var i = 0; i < SeatCount; i++)
        {
            var side = i % 2 == 0 ? Side.Dorpsbelangen : Side.Gemeente;
            var roles = deck.Roles.Where(r => r.Side == side).ToList();
            var role = roles.Count == 0 ? null : roles[i / 2 % roles.Count];
            var answer = card.Options.Count == 0
                ? null
                : new Answer(
                    random.Pick(eigenaarschap),
                    random.Pick(regie),
                    card.Options[i % card.Options.Count].Id,
                    asksPrediction ? new Position(random.Pick(eigenaarschap), random.Pick(regie)) : null);
            seats.Add(new SampleSeat($"preview-{i + 1}", seatName(i + 1), side, role, answer));
        }

        return seats;
    }

    /// <summary>A small generator whose numbers depend only on its seed's characters (string hashes change per process).</summary>
    private sealed class SampleRandom(string seed)
    {
        private uint _state = seed.Aggregate(2166136261u, (hash, c) => (hash ^ c) * 16777619u) | 1u;

        public T Pick<T>(IReadOnlyList<T> values)
        {
            // xorshift32: enough spread for a handful of answers, and the same on every machine.
            _state ^= _state << 13;
            _state ^= _state >> 17;
            _state ^= _state << 5;
            return values[(int)(_state % (uint)values.Count)];
        }
    }
}

/// <summary>A made-up seat of the preview: its side, its role when the deck has one on that side, and its answer.</summary>
public sealed record SampleSeat(string Id, string Name, Side Side, Role? Role, Answer? Answer);
