using System.Text.Json.Serialization;
using Spel.Scenarios.Decks;

namespace Spel.Scenarios.Play;

/// <summary>A deck as the start page lists it, with its cards so the facilitator can pick and order them.</summary>
public sealed record DeckSummary(
    string Id,
    string Title,
    string Description,
    string Language,
    int CardCount,
    IReadOnlyList<CardSummary> Cards);

/// <summary>A card on the start page; <see cref="Suggested"/>: part of the short set the deck suggests for a first session.</summary>
public sealed record CardSummary(string Id, string Title, bool Suggested = false);

/// <summary>A new session on a deck; without settings every card is played in deck order and everything else is off.</summary>
public sealed record CreateSessionRequest(string DeckId, SessionSettings? Settings = null);

/// <summary>
/// A new session: its join code, the facilitator's secret host key (kept in the facilitator's browser) and the
/// recovery code that makes any browser the console again (written down by the facilitator; the server keeps its hash).
/// </summary>
public sealed record SessionCreated(string Code, string HostKey, string? RecoveryCode = null);

/// <summary>What a tablet needs to offer the join form.</summary>
public sealed record JoinInfo(string Code, string DeckTitle, Phase Phase, IReadOnlyList<RoleView> Roles, SeatKind SeatKind);

public sealed record RoleView(string Id, string Name, Side Side);

/// <summary>
/// Taking a seat. A person names a role on their side; a table (<see cref="SeatKind.Table"/> sessions) has a
/// name and a side and no role.
/// </summary>
public sealed record JoinRequest(string Name, Side Side, string? RoleId);

/// <summary>A taken seat: the secret token that gets the tablet back to this seat, and the first view.</summary>
public sealed record SeatTicket(string SeatToken, ParticipantView View);

/// <summary>A spot on the board: who owns it and who steers.</summary>
public sealed record Position(Eigenaarschap Eigenaarschap, Regie Regie);

/// <summary>
/// A participant's answer to the current card. <see cref="Prediction"/> is where the seat thinks the other
/// side will put the card; it is asked in wisselperspectief (see <see cref="CardView.AsksPrediction"/>).
/// </summary>
public sealed record Answer(Eigenaarschap Eigenaarschap, Regie Regie, string OptionId, Position? Prediction = null)
{
    [JsonIgnore]
    public Position Position => new(Eigenaarschap, Regie);
}

/// <summary>The slotvraag: 10 points spread over the four functions, for where the village organisation should go.</summary>
public sealed record FunctionPoints(int Vertegenwoordiger, int Kennisdeler, int Verbinder, int Aanjager)
{
    public const int Total = 10;

    [JsonIgnore]
    public int Sum => Vertegenwoordiger + Kennisdeler + Verbinder + Aanjager;

    [JsonIgnore]
    public bool IsValid => IsShare(Vertegenwoordiger) && IsShare(Kennisdeler) && IsShare(Verbinder) && IsShare(Aanjager) && Sum == Total;

    /// <summary>Each function's share is checked on its own first, so four huge numbers cannot overflow into a sum of 10.</summary>
    private static bool IsShare(int points) => points is >= 0 and <= Total;

    public int For(VillageFunction function) => function switch
    {
        VillageFunction.Vertegenwoordiger => Vertegenwoordiger,
        VillageFunction.Kennisdeler => Kennisdeler,
        VillageFunction.Verbinder => Verbinder,
        VillageFunction.Aanjager => Aanjager,
        _ => throw new ArgumentOutOfRangeException(nameof(function), function, null),
    };
}

/// <summary>What the group concluded about a card: an agreement, a building block for policy, or an open question.</summary>
public enum AgreementKind
{
    /// <summary>An afspraak: who owns it, where regie lies, the next step and who takes it.</summary>
    Afspraak,

    /// <summary>A bouwsteen voor beleid: something to build future policy on.</summary>
    Bouwsteen,

    /// <summary>An open vraag: not settled in the room; to be taken further.</summary>
    OpenVraag,
}

/// <summary>
/// The facilitator's record of the conclusion. For an <see cref="AgreementKind.Afspraak"/> the owner, regie,
/// next step and who takes it are what matter; <see cref="Text"/> holds the bouwsteen, the open question or a note.
/// </summary>
public sealed record Agreement(
    AgreementKind Kind,
    Eigenaarschap? Owner = null,
    Regie? Regie = null,
    string? NextStep = null,
    string? Who = null,
    string? Text = null);

/// <summary>Limits on what users may send.</summary>
public static class Limits
{
    public const int NameLength = 40;
    public const int SeatsPerSession = 60;
    public const int JoinCodeLength = 7;
    public const int NextStepLength = 200;
    public const int WhoLength = 80;
    public const int AgreementTextLength = 400;

    /// <summary>The debrief cover's village or venue, and its facilitator.</summary>
    public const int CoverTextLength = 80;

    /// <summary>When anonymous, a side's answers are only shown apart when at least this many seats of that side answered.</summary>
    public const int AnonymousSideMinimum = 3;

    /// <summary>"Zo kozen andere dorpen" is shown once at least this many other sessions shared their answers to the card.</summary>
    public const int OtherVillagesMinimum = 3;
}

/// <summary>Whether this server asks for a facilitator code, and whether this browser may start a session at all.</summary>
public sealed record CreationPolicy(bool NeedsFacilitatorCode, bool AllowedHere);
