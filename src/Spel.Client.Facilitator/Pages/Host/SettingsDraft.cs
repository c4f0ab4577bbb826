using Spel.Scenarios.Play;

namespace Spel.Client.Pages.Host;

/// <summary>
/// The start page's settings while the facilitator fills them in: every card of the deck with a check, in the
/// chosen order, and timers in minutes. <see cref="ToRequest"/> turns it into what the server takes.
/// </summary>
public sealed class SettingsDraft
{
    private readonly List<CardChoice> _cards;

    public SettingsDraft(DeckSummary deck)
    {
        DeckId = deck.Id;

        // A first try starts with the deck's short set when it suggests one, and with every card when it does not.
        HasSuggestion = deck.Cards.Any(c => c.Suggested);
        _cards = deck.Cards.Select(c => new CardChoice(c.Id, c.Title, c.Suggested) { Chosen = !HasSuggestion || c.Suggested }).ToList();
        TimerMinutes = SessionSettings.TimedPhases.ToDictionary(phase => phase, _ => (decimal?)null);
    }

    public string DeckId { get; }

    /// <summary>Whether the deck suggests a short set of cards (<c>suggested: true</c>); then only those start chosen.</summary>
    public bool HasSuggestion { get; }

    /// <summary>Every card of the deck, chosen or not, in the order the chosen ones will be played.</summary>
    public IReadOnlyList<CardChoice> Cards => _cards;

    public int ChosenCount => _cards.Count(c => c.Chosen);

    public bool Anonymous { get; set; }

    public bool Herstemming { get; set; }

    public bool Wisselperspectief { get; set; }

    public bool ShareWithOtherVillages { get; set; }

    public SeatKind SeatKind { get; set; } = SeatKind.Person;

    public bool TimersAdvance { get; set; }

    /// <summary>Moving on from the Afspraak records a typed afspraak by itself; off, the console asks.</summary>
    public bool SaveDraftOnNext { get; set; }

    /// <summary>The village or venue for the debrief's cover; blank leaves it off.</summary>
    public string Venue { get; set; } = "";

    /// <summary>Who facilitates, for the debrief's cover; blank leaves it off.</summary>
    public string Facilitator { get; set; } = "";

    /// <summary>Minutes per phase; empty means no timer.</summary>
    public Dictionary<Phase, decimal?> TimerMinutes { get; }

    /// <summary>The phases that can have a timer in this session: the re-vote only when it is on.</summary>
    public IEnumerable<Phase> TimedPhases => SessionSettings.TimedPhases.Where(phase => phase != Phase.Herstemming || Herstemming);

    public bool IsValid => ChosenCount > 0 && TimedPhases.All(TimerIsValid);

    public bool TimerIsValid(Phase phase) =>
        Seconds(TimerMinutes[phase]) is not { } seconds
        || seconds is >= SessionSettings.MinimumTimerSeconds and <= SessionSettings.MaximumTimerSeconds;

    /// <summary>Puts a card at <paramref name="index"/> (a drop on another card's place).</summary>
    public void MoveTo(string cardId, int index)
    {
        var from = IndexOf(cardId);
        if (from < 0 || index < 0 || index >= _cards.Count || from == index)
        {
            return;
        }

        var card = _cards[from];
        _cards.RemoveAt(from);
        _cards.Insert(index, card);
    }

    public int IndexOf(string cardId) => _cards.FindIndex(c => c.Id == cardId);

    /// <summary>The card's place in the playing order, counting only chosen cards; null when it is left out.</summary>
    public int? PlaceOf(CardChoice card) =>
        card.Chosen ? _cards.Where(c => c.Chosen).ToList().IndexOf(card) + 1 : null;

    public void ChooseAll(bool chosen)
    {
        foreach (var card in _cards)
        {
            card.Chosen = chosen;
        }
    }

    public CreateSessionRequest ToRequest() => new(
        DeckId,
        new SessionSettings(
            _cards.Where(c => c.Chosen).Select(c => c.Id).ToList(),
            Anonymous,
            Herstemming,
            Wisselperspectief,
            ShareWithOtherVillages,
            SeatKind,
            TimedPhases
                .Select(phase => (Phase: phase, Seconds: Seconds(TimerMinutes[phase])))
                .Where(t => t.Seconds is not null)
                .Select(t => new PhaseTimer(t.Phase, t.Seconds!.Value))
                .ToList(),
            TimersAdvance,
            SaveDraftOnNext,
            Optional(Venue),
            Optional(Facilitator)));

    private static string? Optional(string text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>
    /// Minutes as the form takes them (1.5 is a minute and a half) in whole seconds. Absurd numbers are clamped
    /// first, so they stay out of range instead of overflowing.
    /// </summary>
    public static int? Seconds(decimal? minutes) =>
        minutes is { } m ? (int)Math.Round(Math.Clamp(m, -1000m, 1000m) * 60, MidpointRounding.AwayFromZero) : null;
}

/// <summary>One card on the start page's list, with whether it will be played.</summary>
public sealed class CardChoice(string id, string title, bool suggested = false)
{
    public string Id { get; } = id;

    public string Title { get; } = title;

    /// <summary>Part of the deck's suggested short set.</summary>
    public bool Suggested { get; } = suggested;

    public bool Chosen { get; set; } = true;
}
