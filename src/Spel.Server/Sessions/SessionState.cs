using Spel.Scenarios.Decks;
using Spel.Scenarios.Play;

namespace Spel.Server.Sessions;

/// <summary>Everything one workshop remembers; persisted by the session grain before any screen hears of a change.</summary>
[GenerateSerializer, Alias("spel.session-state")]
public sealed class SessionState
{
    /// <summary>A snapshot of the deck taken at creation, so later edits to the deck never change a running session.</summary>
    [Id(0)] public Deck? Deck { get; set; }

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

    public bool IsCreated => Deck is not null;

    public Card? CurrentCard => Phase is Phase.Lobby or Phase.Debrief || Deck is null ? null : Deck.Cards[CardIndex];

    public IReadOnlyDictionary<string, Answer> AnswersTo(string cardId) =>
        Answers.TryGetValue(cardId, out var answers) ? answers : new Dictionary<string, Answer>();
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

    [Id(4)] public string RoleId { get; set; } = "";

    [Id(5)] public DateTimeOffset JoinedAt { get; set; }
}
