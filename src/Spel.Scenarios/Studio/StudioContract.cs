using Spel.Scenarios.Decks;

namespace Spel.Scenarios.Studio;

/// <summary>
/// The deck studio's HTTP contract (issue 12): what the trainer's browser and the server agree on. Every request
/// carries the trainer key in <see cref="KeyHeader"/>; without a right key the server answers 401 and does nothing.
/// Bodies are JSON (enums as strings) unless a route says otherwise.
/// </summary>
public static class StudioApi
{
    public const string KeyHeader = "X-Trainer-Key";

    /// <summary>GET: 204 when the key in <see cref="KeyHeader"/> is right, 401 when not (a wrong key counts as a guess).</summary>
    public const string Key = "/api/studio/key";

    /// <summary>GET: every deck the studio knows, <see cref="StudioDeckEntry"/>[]; shipped first, then own, then broken.</summary>
    public const string Decks = "/api/studio/decks";

    /// <summary>
    /// GET: <see cref="StudioDeck"/>, with its version as ETag. PUT: a <see cref="Deck"/> with <c>If-Match</c> (the
    /// version it was based on; <c>"0"</c> for a deck that does not exist yet) saves a new version:
    /// 200 <see cref="StudioSaved"/>, 409 when someone saved in between (<c>ErrorCode.DeckChanged</c>), 403 for a
    /// shipped or folder deck's id. A draft that is not yet playable is saved too, with its problems in the answer,
    /// and is not offered to facilitators until it is.
    /// </summary>
    public static string Deck(string id) => $"{Decks}/{Uri.EscapeDataString(id)}";

    /// <summary>POST: an editable copy of any deck under a new id ("…-kopie"), 201 <see cref="StudioSaved"/>.</summary>
    public static string Duplicate(string id) => $"{Deck(id)}/duplicate";

    /// <summary>GET: the saved versions of an own deck, newest first, <see cref="StudioVersion"/>[].</summary>
    public static string Versions(string id) => $"{Deck(id)}/versions";

    /// <summary>POST with <c>If-Match</c>: saves an earlier version again as the newest, 200 <see cref="StudioSaved"/>.</summary>
    public static string Restore(string id, int version) => $"{Versions(id)}/{version}/restore";

    /// <summary>GET: the deck as a <c>.yaml</c> file (attachment) that reads back to an equal deck.</summary>
    public static string Yaml(string id) => $"{Deck(id)}/yaml";

    /// <summary>POST a <see cref="Deck"/>: its problems by the validator's rules, <see cref="StudioCheck"/>; nothing is saved.</summary>
    public const string Check = "/api/studio/check";

    /// <summary>
    /// POST a deck file's text (<c>text/yaml</c> or <c>text/plain</c>): 200 <see cref="StudioUploaded"/> with the
    /// deck when it could be read (saved as a new own deck, or a new version with <c>If-Match</c>), or 422
    /// <see cref="StudioCheck"/> with every problem at its line and column when it could not; nothing is saved then.
    /// </summary>
    public const string Upload = "/api/studio/upload";

    /// <summary>POST a spreadsheet's CSV text (one row per option, docs/deck-format.md): 200 <see cref="StudioCsvImport"/>.</summary>
    public const string ImportCsv = "/api/studio/import-csv";

    /// <summary>The largest request body the studio reads: a deck file's limit with room for JSON's quoting.</summary>
    public const long MaxRequestBytes = 1024 * 1024;
}

/// <summary>Where a deck comes from, which decides what a trainer may do with it.</summary>
public enum StudioDeckKind
{
    /// <summary>Shipped with the game (<c>content/decks</c>) or in the server's <c>Spel:DecksFolder</c>: read-only, can be duplicated.</summary>
    Shipped,

    /// <summary>Written in the studio or uploaded: editable, with versions.</summary>
    Own,

    /// <summary>A file in a decks folder that could not be read; <see cref="StudioDeckEntry.Problems"/> says why.</summary>
    Broken,
}

/// <summary>One deck in the studio's list. <see cref="Version"/> is 0 for shipped and broken decks.</summary>
public sealed record StudioDeckEntry(
    string Id,
    string Title,
    string Language,
    int Cards,
    StudioDeckKind Kind,
    int Version,
    DateTimeOffset? SavedAt,
    string? Source,
    IReadOnlyList<StudioProblem> Problems)
{
    /// <summary>Offered on the start page: a shipped deck, or an own deck without problems.</summary>
    public bool IsPlayable => Kind != StudioDeckKind.Broken && Problems.Count == 0;
}

/// <summary>A deck opened in the editor: the deck, where it comes from and the version an edit is based on.</summary>
public sealed record StudioDeck(Deck Deck, StudioDeckKind Kind, int Version, IReadOnlyList<StudioProblem> Problems);

/// <summary>
/// One problem, in the validator's words (the same as the command line's). <see cref="Path"/> names the field it is
/// about by the deck file's field names (docs/deck-format.md, so <c>action_question</c> and <c>what_happened</c>),
/// with the editor's indexes: <c>title</c>, <c>roles[1].name</c>, <c>cards[2].situation</c>,
/// <c>cards[2].options[0].text</c>, <c>cards[2].prompts[1]</c> (indexes from 0); <c>cards[2]</c> for a card as a whole;
/// null for the deck as a whole or a place in a file that is no field. <see cref="Line"/> and <see cref="Column"/>
/// are 1-based places in the YAML text (0 and 0 for the file as a whole).
/// </summary>
public sealed record StudioProblem(string? Path, int Line, int Column, string MessageNl, string MessageEn);

/// <summary>What the validator says about a deck; playable when there are no problems.</summary>
public sealed record StudioCheck(IReadOnlyList<StudioProblem> Problems)
{
    public bool IsPlayable => Problems.Count == 0;
}

/// <summary>A save that happened: the deck's id, its new version (also the ETag) and what still keeps it from being played.</summary>
public sealed record StudioSaved(string Id, int Version, DateTimeOffset SavedAt, IReadOnlyList<StudioProblem> Problems);

/// <summary>An uploaded file that could be read, saved as <see cref="Saved"/>.</summary>
public sealed record StudioUploaded(Deck Deck, StudioSaved Saved);

/// <summary>One saved version of an own deck.</summary>
public sealed record StudioVersion(int Version, DateTimeOffset SavedAt, string Title, int Cards);

/// <summary>Cards read from a spreadsheet, to add to the deck in the editor, and what could not be read (row and column in Line and Column).</summary>
public sealed record StudioCsvImport(IReadOnlyList<Card> Cards, IReadOnlyList<StudioProblem> Problems);
