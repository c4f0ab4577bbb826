using Microsoft.AspNetCore.SignalR;
using Spel.Scenarios.Play;
using Spel.Server.Sessions;

namespace Spel.Server.Realtime;

/// <summary>
/// The one SignalR endpoint for every screen. It checks the join code's form, passes the request to the
/// session grain, and puts the connection in the group that receives that screen's pushes.
/// </summary>
public sealed class GameHub(IGrainFactory grains, JoinAttempts joinAttempts, ILogger<GameHub> logger) : Hub
{
    public async Task<Reply<JoinInfo>> GetJoinInfo(string code) =>
        MayAttemptJoin()
            ? await CallAsync(code, session => session.GetJoinInfo())
            : Reply<JoinInfo>.Refused(ErrorCode.TooManyAttempts);

    public async Task<Reply<SeatTicket>> Join(string code, JoinRequest request) =>
        MayAttemptJoin()
            ? await CallAsync(
                code,
                session => session.Join(request ?? new JoinRequest("", default, null)),
                (normalized, ticket) => SessionGroups.Seat(normalized, ticket.View.Me.SeatId))
            : Reply<SeatTicket>.Refused(ErrorCode.TooManyAttempts);

    public Task<Reply<ParticipantView>> Resume(string code, string seatToken) =>
        CallAsync(code, session => session.Resume(seatToken), (normalized, view) => SessionGroups.Seat(normalized, view.Me.SeatId));

    public Task<Reply<ParticipantView>> SubmitAnswer(string code, string seatToken, Answer answer) =>
        CallAsync(code, session => session.SubmitAnswer(seatToken, answer));

    public Task<Reply<ParticipantView>> SubmitRevote(string code, string seatToken, Position revote) =>
        CallAsync(code, session => session.SubmitRevote(seatToken, revote));

    public Task<Reply<ParticipantView>> SubmitPoints(string code, string seatToken, FunctionPoints points) =>
        CallAsync(code, session => session.SubmitPoints(seatToken, points));

    public Task<Reply<ProjectorView>> WatchProjector(string code) =>
        CallAsync(code, session => session.GetProjectorView(), (normalized, _) => SessionGroups.Projector(normalized));

    public Task<Reply<FacilitatorView>> WatchAsHost(string code, string hostKey) =>
        CallAsync(code, session => session.GetFacilitatorView(hostKey), (normalized, _) => SessionGroups.Host(normalized));

    public Task<Reply<FacilitatorView>> Command(string code, string hostKey, HostCommand command) =>
        CallAsync(code, session => session.Command(hostKey, command));

    public Task<Reply<FacilitatorView>> RecordAgreement(string code, string hostKey, Agreement agreement) =>
        CallAsync(code, session => session.RecordAgreement(hostKey, agreement));

    private bool MayAttemptJoin()
    {
        var address = Context.GetHttpContext()?.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (joinAttempts.TryAttempt(address))
        {
            return true;
        }

        logger.LogWarning("Join attempts from {Address} are over the limit of {Limit} a minute", address, JoinAttempts.PerMinute);
        return false;
    }

    /// <summary>
    /// Checks the code's form, passes the request to that session, and when the session accepted it and the caller
    /// names a group, puts this connection in the group that receives the pushes for that screen.
    /// </summary>
    private async Task<Reply<T>> CallAsync<T>(
        string code,
        Func<ISessionGrain, Task<Reply<T>>> call,
        Func<string, T, string>? groupOf = null)
    {
        if (JoinCode.Normalize(code) is not { } normalized)
        {
            return Reply<T>.Refused(ErrorCode.InvalidJoinCode);
        }

        var reply = await call(grains.GetGrain<ISessionGrain>(normalized));
        if (groupOf is not null && reply.Value is { } value)
        {
            await FollowAsync(normalized, groupOf(normalized, value));
        }

        return reply;
    }

    /// <summary>
    /// Every server hears every session's changes (<see cref="ClusterServers"/>), so joining the group is all a connection
    /// needs; SignalR drops it from its groups when it disconnects.
    /// </summary>
    private async Task FollowAsync(string code, string group)
    {
        await Groups.AddToGroupAsync(Context.ConnectionId, group);
        logger.LogDebug("Connection {ConnectionId} follows session {Code} as {Group}", Context.ConnectionId, code, group);
    }
}

/// <summary>The SignalR groups a session's pushes go to.</summary>
public static class SessionGroups
{
    public static string Projector(string code) => $"{code}:projector";

    public static string Host(string code) => $"{code}:host";

    public static string Seat(string code, string seatId) => $"{code}:seat:{seatId}";
}
