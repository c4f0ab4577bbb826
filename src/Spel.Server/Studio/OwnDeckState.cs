using Spel.Scenarios.Decks;

namespace Spel.Server.Studio;

/// <summary>
/// One own deck as saved (storage <c>spel-decks</c>, state name <c>deck</c>): its kept versions, oldest first. Each
/// version is the deck's file text as <see cref="DeckWriter"/> writes it, so what is kept is the documented, versioned
/// deck file format, not a .NET type's shape; a draft that is not yet playable is kept the same way.
/// </summary>
[GenerateSerializer, Alias("spel.own-deck-state")]
public sealed class OwnDeckState
{
    /// <summary>Bump when a saved state of this shape can no longer be read as it is (docs/storage.md, "Trainer decks").</summary>
    public const int CurrentFormat = 1;

    [Id(0)] public int FormatVersion { get; set; } = CurrentFormat;

    [Id(1)] public List<OwnDeckVersion> Versions { get; set; } = [];
}

/// <summary>One saved version; <see cref="Title"/> and <see cref="Cards"/> are read from the text when it is saved, for the history list.</summary>
[GenerateSerializer, Immutable, Alias("spel.own-deck-version")]
public sealed record OwnDeckVersion(
    [property: Id(0)] int Version,
    [property: Id(1)] DateTimeOffset SavedAt,
    [property: Id(2)] string Title,
    [property: Id(3)] int Cards,
    [property: Id(4)] string Yaml);

/// <summary>
/// The index of the own decks (storage <c>spel-decks</c>, one grain, state name <c>library</c>): what the studio's
/// list and the start page show without reading every deck. Each entry is derived from its deck's newest version.
/// </summary>
[GenerateSerializer, Alias("spel.deck-library-state")]
public sealed class DeckLibraryState
{
    public const int CurrentFormat = 1;

    [Id(0)] public int FormatVersion { get; set; } = CurrentFormat;

    [Id(1)] public Dictionary<string, OwnDeckEntry> Decks { get; set; } = [];
}

/// <summary>An own deck's newest version as lists show it, and what keeps it from being played (nothing when it is playable).</summary>
[GenerateSerializer, Immutable, Alias("spel.own-deck-entry")]
public sealed record OwnDeckEntry(
    [property: Id(0)] string Id,
    [property: Id(1)] string Title,
    [property: Id(2)] string Description,
    [property: Id(3)] string Language,
    [property: Id(4)] IReadOnlyList<OwnCardEntry> Cards,
    [property: Id(5)] int Version,
    [property: Id(6)] DateTimeOffset SavedAt,
    [property: Id(7)] IReadOnlyList<OwnDeckProblem> Problems)
{
    public bool IsPlayable => Problems.Count == 0;

    /// <summary>The entry of <paramref name="version"/>, which holds <paramref name="deck"/> as the validator read it with <paramref name="problems"/>.</summary>
    public static OwnDeckEntry Of(Deck deck, OwnDeckVersion version, IEnumerable<DeckProblem> problems) => new(
        deck.Id, deck.Title, deck.Description, deck.Language,
        deck.Cards.Select(c => new OwnCardEntry(c.Id, c.Title, c.Suggested)).ToList(),
        version.Version, version.SavedAt, problems.Select(StudioProblems.Kept).ToList());

    /// <summary>Whether the validator says the same of this entry as of <paramref name="other"/>.</summary>
    public bool SameProblems(OwnDeckEntry other) => Problems.SequenceEqual(other.Problems);
}

[GenerateSerializer, Immutable, Alias("spel.own-card-entry")]
public sealed record OwnCardEntry([property: Id(0)] string Id, [property: Id(1)] string Title, [property: Id(2)] bool Suggested);

/// <summary>A problem of a saved version as the validator said it when the version was saved.</summary>
[GenerateSerializer, Immutable, Alias("spel.own-deck-problem")]
public sealed record OwnDeckProblem(
    [property: Id(0)] string? Path,
    [property: Id(1)] int Line,
    [property: Id(2)] int Column,
    [property: Id(3)] string MessageNl,
    [property: Id(4)] string MessageEn);

/// <summary>What a save did: the deck's new entry, or why nothing was saved.</summary>
[GenerateSerializer, Immutable, Alias("spel.own-deck-save")]
public sealed record OwnDeckSave([property: Id(0)] OwnDeckEntry? Entry, [property: Id(1)] Spel.Scenarios.Play.ErrorCode? Error)
{
    public static OwnDeckSave Refused(Spel.Scenarios.Play.ErrorCode error) => new(null, error);
}
