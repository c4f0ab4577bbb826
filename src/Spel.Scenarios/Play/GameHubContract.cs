namespace Spel.Scenarios.Play;

/// <summary>
/// The SignalR contract between screens and server, in one place so both sides spell it the same.
/// Server methods return a <see cref="Reply{T}"/>; the server pushes views with the client methods.
/// </summary>
public static class GameHubContract
{
    public const string Path = "/hubs/spel";

    // Server methods (invoked by screens).
    public const string GetJoinInfo = nameof(GetJoinInfo);          // (string code) -> Reply<JoinInfo>
    public const string Join = nameof(Join);                        // (string code, JoinRequest) -> Reply<SeatTicket>
    public const string Resume = nameof(Resume);                    // (string code, string seatToken) -> Reply<ParticipantView>
    public const string SubmitAnswer = nameof(SubmitAnswer);        // (string code, string seatToken, Answer) -> Reply<ParticipantView>
    public const string SubmitRevote = nameof(SubmitRevote);        // (string code, string seatToken, Position, string? optionId) -> Reply<ParticipantView>
    public const string SubmitPoints = nameof(SubmitPoints);        // (string code, string seatToken, FunctionPoints) -> Reply<ParticipantView>
    public const string WatchProjector = nameof(WatchProjector);    // (string code) -> Reply<ProjectorView>
    public const string WatchAsHost = nameof(WatchAsHost);          // (string code, string hostKey) -> Reply<FacilitatorView>
    public const string Command = nameof(Command);                  // (string code, string hostKey, HostCommand) -> Reply<FacilitatorView>
    public const string RecordAgreement = nameof(RecordAgreement);  // (string code, string hostKey, Agreement) -> Reply<FacilitatorView>

    // Seats (issue 10, seats part).
    public const string RemoveSeat = nameof(RemoveSeat);            // (string code, string hostKey, string seatId) -> Reply<FacilitatorView>
    public const string MoveSeat = nameof(MoveSeat);                // (string code, string hostKey, string seatId, Side, string? roleId) -> Reply<FacilitatorView>
    public const string MergeSeats = nameof(MergeSeats);            // (string code, string hostKey, string seatId, string intoSeatId) -> Reply<FacilitatorView>

    // Part "access" (issue 10). Every console key is the host key or a console secret (see ConsoleRole).
    public const string GetConsoleAccess = nameof(GetConsoleAccess);  // (string code, string consoleKey) -> Reply<ConsoleAccess>
    public const string GrantConsole = nameof(GrantConsole);          // (string code, string consoleKey, ConsoleRole) -> Reply<ConsoleLinkCreated>
    public const string RevokeConsole = nameof(RevokeConsole);        // (string code, string consoleKey, string consoleId) -> Reply<ConsoleAccess>
    public const string Recover = nameof(Recover);                    // (string code, string recoveryCode) -> Reply<ConsoleRecovered>
    public const string SaveDraft = nameof(SaveDraft);                // (string code, string consoleKey, Agreement) -> Reply<FacilitatorView>

    // Client methods (pushed by the server; see Pushes.cs). An input pushes only progress, to the projector and the
    // console; every other change their whole views, and a step of the round one SeatsPush to all of the tablets.
    public const string ProjectorUpdated = nameof(ProjectorUpdated);         // (ProjectorPush)
    public const string FacilitatorUpdated = nameof(FacilitatorUpdated);     // (FacilitatorPush)
    public const string SeatsUpdated = nameof(SeatsUpdated);                 // (SeatsPush)
    public const string ProjectorProgress = nameof(ProjectorProgress);       // (ProgressPush, without who)
    public const string FacilitatorProgress = nameof(FacilitatorProgress);   // (ProgressPush)

    /// <summary>This connection's console secret was revoked: it gets no more pushes of the session (part "access").</summary>
    public const string ConsoleRevoked = nameof(ConsoleRevoked);             // (string code)

    /// <summary>A screen gets at most one <see cref="ProgressPush"/> per window: inputs within it make one push, the newest.</summary>
    public static readonly TimeSpan ProgressWindow = TimeSpan.FromMilliseconds(100);

    /// <summary>
    /// Both ends ping this often. Village Wi-Fi often drops a line without closing it; short pings let a tablet
    /// notice within <see cref="Timeout"/> instead of SignalR's default 30 s, and say so.
    /// </summary>
    public static readonly TimeSpan KeepAlive = TimeSpan.FromSeconds(5);

    /// <summary>A screen takes a line that was quiet this long as lost (at least twice the server's <see cref="KeepAlive"/>).</summary>
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);

    /// <summary>Maximum size of one message a screen may send.</summary>
    public const long MaximumReceiveMessageSize = 32 * 1024;
}

/// <summary>Where the facilitator's console downloads the debrief; the host key travels in a header, never in the address.</summary>
public static class DebriefDownloads
{
    public const string HostKeyHeader = "X-Spel-Host-Key";

    public const string Markdown = "md";
    public const string Csv = "csv";
    public const string Json = "json";

    public static string Path(string code, string format) => $"/api/sessions/{code}/debrief.{format}";
}

/// <summary>The HTTP side of sessions: who may create one, and how a facilitator deletes one.</summary>
public static class SessionApi
{
    public const string Sessions = "/api/sessions";

    public const string Policy = "/api/sessions/policy";

    /// <summary>On a hosted server, the facilitator code that allows creating a session.</summary>
    public const string FacilitatorCodeHeader = "X-Spel-Facilitator-Code";

    /// <summary>The host key for deleting a session, in a header like the debrief's downloads.</summary>
    public const string HostKeyHeader = DebriefDownloads.HostKeyHeader;

    public static string Session(string code) => $"/api/sessions/{code}";
}
