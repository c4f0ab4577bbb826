using Microsoft.AspNetCore.SignalR;
using Spel.Scenarios.Play;
using Spel.Server.Sessions;

namespace Spel.Server.Realtime;

/// <summary>
/// The one SignalR endpoint for every screen. It checks the join code's form, passes the request to the
/// session grain, and puts the connection in the group that receives that screen's pushes.
/// </summary>
public sealed class GameHub(IGrainFactory grains, SessionHubBridge bridge, JoinAttempts joinAttempts, ILogger<GameHub> logger) : Hub
{
    public async Task<Reply<JoinInfo>> GetJoinInfo(string code) =>
        !MayAttemptJoin() ? Reply<JoinInfo>.Refused(ErrorCode.TooManyAttempts)
        : JoinCode.Normalize(code) is { } normalized ? await Session(normalized).GetJoinInfo()
        : Reply<JoinInfo>.Refused(ErrorCode.InvalidJoinCode);

    public async Task<Reply<SeatTicket>> Join(string code, JoinRequest request)
    {
        if (!MayAttemptJoin())
        {
            return Reply<SeatTicket>.Refused(ErrorCode.TooManyAttempts);
        }

        if (JoinCode.Normalize(code) is not { } normalized)
        {
            return Reply<SeatTicket>.Refused(ErrorCode.InvalidJoinCode);
        }

        var reply = await Session(normalized).Join(request ?? new JoinRequest("", default, ""));
        if (reply.Value is { } ticket)
        {
            await FollowAsync(normalized, SessionGroups.Seat(normalized, ticket.View.Me.SeatId));
        }

        return reply;
    }

    public async Task<Reply<ParticipantView>> Resume(string code, string seatToken)
    {
        if (JoinCode.Normalize(code) is not { } normalized)
        {
            return Reply<ParticipantView>.Refused(ErrorCode.InvalidJoinCode);
        }

        var reply = await Session(normalized).Resume(seatToken);
        if (reply.Value is { } view)
        {
            await FollowAsync(normalized, SessionGroups.Seat(normalized, view.Me.SeatId));
        }

        return reply;
    }

    public async Task<Reply<ParticipantView>> SubmitAnswer(string code, string seatToken, Answer answer) =>
        JoinCode.Normalize(code) is { } normalized
            ? await Session(normalized).SubmitAnswer(seatToken, answer)
            : Reply<ParticipantView>.Refused(ErrorCode.InvalidJoinCode);

    public async Task<Reply<ProjectorView>> WatchProjector(string code)
    {
        if (JoinCode.Normalize(code) is not { } normalized)
        {
            return Reply<ProjectorView>.Refused(ErrorCode.InvalidJoinCode);
        }

        var reply = await Session(normalized).GetProjectorView();
        if (reply.IsOk)
        {
            await FollowAsync(normalized, SessionGroups.Projector(normalized));
        }

        return reply;
    }

    public async Task<Reply<FacilitatorView>> WatchAsHost(string code, string hostKey)
    {
        if (JoinCode.Normalize(code) is not { } normalized)
        {
            return Reply<FacilitatorView>.Refused(ErrorCode.InvalidJoinCode);
        }

        var reply = await Session(normalized).GetFacilitatorView(hostKey);
        if (reply.IsOk)
        {
            await FollowAsync(normalized, SessionGroups.Host(normalized));
        }

        return reply;
    }

    public async Task<Reply<FacilitatorView>> Command(string code, string hostKey, HostCommand command) =>
        JoinCode.Normalize(code) is { } normalized
            ? await Session(normalized).Command(hostKey, command)
            : Reply<FacilitatorView>.Refused(ErrorCode.InvalidJoinCode);

    public override Task OnDisconnectedAsync(Exception? exception)
    {
        foreach (var code in FollowedSessions)
        {
            bridge.Unfollow(code);
        }

        return base.OnDisconnectedAsync(exception);
    }

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

    private ISessionGrain Session(string code) => grains.GetGrain<ISessionGrain>(code);

    /// <summary>The sessions this connection follows, so the bridge can let go of them when it leaves.</summary>
    private HashSet<string> FollowedSessions =>
        (HashSet<string>)(Context.Items.TryGetValue(nameof(FollowedSessions), out var set) ? set! : Context.Items[nameof(FollowedSessions)] = new HashSet<string>());

    private async Task FollowAsync(string code, string group)
    {
        await Groups.AddToGroupAsync(Context.ConnectionId, group);
        if (FollowedSessions.Add(code))
        {
            await bridge.FollowAsync(code);
        }

        logger.LogDebug("Connection {ConnectionId} follows {Group}", Context.ConnectionId, group);
    }
}

/// <summary>The SignalR groups a session's pushes go to.</summary>
public static class SessionGroups
{
    public static string Projector(string code) => $"{code}:projector";

    public static string Host(string code) => $"{code}:host";

    public static string Seat(string code, string seatId) => $"{code}:seat:{seatId}";
}
