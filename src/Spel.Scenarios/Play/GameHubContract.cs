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
    public const string WatchProjector = nameof(WatchProjector);    // (string code) -> Reply<ProjectorView>
    public const string WatchAsHost = nameof(WatchAsHost);          // (string code, string hostKey) -> Reply<FacilitatorView>
    public const string Command = nameof(Command);                  // (string code, string hostKey, HostCommand) -> Reply<FacilitatorView>

    // Client methods (pushed by the server).
    public const string ProjectorUpdated = nameof(ProjectorUpdated);     // (ProjectorView)
    public const string ParticipantUpdated = nameof(ParticipantUpdated); // (ParticipantView)
    public const string FacilitatorUpdated = nameof(FacilitatorUpdated); // (FacilitatorView)

    /// <summary>Maximum size of one message a screen may send.</summary>
    public const long MaximumReceiveMessageSize = 32 * 1024;
}
