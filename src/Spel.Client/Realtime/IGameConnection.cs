using Spel.Scenarios.Decks;
using Spel.Scenarios.Play;

namespace Spel.Client.Realtime;

/// <summary>
/// The screens' line to the game hub (<see cref="GameHubContract"/>): typed calls, pushes and the line's health.
/// Calls wait until the line is up; a call cut off by a drop throws <see cref="ConnectionLostException"/>, and a call
/// the server failed on returns <see cref="ErrorCode.ServerError"/>.
/// </summary>
public interface IGameConnection
{
    ConnectionState State { get; }

    event Action? StateChanged;

    /// <summary>The line came back on a new connection, which has lost its session groups: watch again.</summary>
    event Func<Task>? Reconnected;

    // The pushes (GameHubContract's client methods); LiveView merges them into the views the pages show.
    event Action<ProjectorPush>? ProjectorUpdated;

    event Action<FacilitatorPush>? FacilitatorUpdated;

    event Action<SeatsPush>? SeatsUpdated;

    event Action<ProgressPush>? ProjectorProgress;

    event Action<ProgressPush>? FacilitatorProgress;

    /// <summary>This console's secret was revoked for the session the code names; no more pushes of it come.</summary>
    event Action<string>? ConsoleRevoked;

    Task<Reply<JoinInfo>> GetJoinInfoAsync(string code);

    Task<Reply<SeatTicket>> JoinAsync(string code, JoinRequest request);

    Task<Reply<ParticipantView>> ResumeAsync(string code, string seatToken);

    Task<Reply<ParticipantView>> SubmitAnswerAsync(string code, string seatToken, Answer answer);

    /// <summary>The second vote: the position and, when the card asks the action question, the course of action.</summary>
    Task<Reply<ParticipantView>> SubmitRevoteAsync(string code, string seatToken, Position revote, string? optionId);

    Task<Reply<ParticipantView>> SubmitPointsAsync(string code, string seatToken, FunctionPoints points);

    Task<Reply<ProjectorView>> WatchProjectorAsync(string code);

    Task<Reply<FacilitatorView>> WatchAsHostAsync(string code, string hostKey);

    Task<Reply<FacilitatorView>> CommandAsync(string code, string hostKey, HostCommand command);

    Task<Reply<FacilitatorView>> RecordAgreementAsync(string code, string hostKey, Agreement agreement);

    // Seats (issue 10, seats part).
    Task<Reply<FacilitatorView>> RemoveSeatAsync(string code, string hostKey, string seatId);

    Task<Reply<FacilitatorView>> MoveSeatAsync(string code, string hostKey, string seatId, Side side, string? roleId);

    /// <summary>One person on two tablets: <paramref name="seatId"/> goes, <paramref name="intoSeatId"/> stays.</summary>
    Task<Reply<FacilitatorView>> MergeSeatsAsync(string code, string hostKey, string seatId, string intoSeatId);

    // Part "access" (issue 10): a console key is the host key or a console secret.
    Task<Reply<ConsoleAccess>> GetConsoleAccessAsync(string code, string consoleKey);

    Task<Reply<ConsoleLinkCreated>> GrantConsoleAsync(string code, string consoleKey, ConsoleRole role);

    Task<Reply<ConsoleAccess>> RevokeConsoleAsync(string code, string consoleKey, string consoleId);

    Task<Reply<ConsoleRecovered>> RecoverAsync(string code, string recoveryCode);

    Task<Reply<FacilitatorView>> SaveDraftAsync(string code, string consoleKey, Agreement draft);
}
