using Spel.Scenarios.Decks;

namespace Spel.Scenarios.Play;

/// <summary>A deck as the start page lists it.</summary>
public sealed record DeckSummary(string Id, string Title, string Description, string Language, int CardCount);

public sealed record CreateSessionRequest(string DeckId);

/// <summary>A new session: its join code and the facilitator's secret host key (kept in the facilitator's browser).</summary>
public sealed record SessionCreated(string Code, string HostKey);

/// <summary>What a tablet needs to offer the join form.</summary>
public sealed record JoinInfo(string Code, string DeckTitle, Phase Phase, IReadOnlyList<RoleView> Roles);

public sealed record RoleView(string Id, string Name, Side Side);

public sealed record JoinRequest(string Name, Side Side, string RoleId);

/// <summary>A taken seat: the secret token that gets the tablet back to this seat, and the first view.</summary>
public sealed record SeatTicket(string SeatToken, ParticipantView View);

/// <summary>A participant's answer to the current card.</summary>
public sealed record Answer(Eigenaarschap Eigenaarschap, Regie Regie, string OptionId);

/// <summary>Limits on what users may send.</summary>
public static class Limits
{
    public const int NameLength = 40;
    public const int SeatsPerSession = 60;
    public const int JoinCodeLength = 7;
}
