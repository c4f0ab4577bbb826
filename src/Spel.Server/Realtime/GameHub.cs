using Microsoft.AspNetCore.SignalR;
using Spel.Scenarios.Decks;
using Spel.Scenarios.Play;
using Spel.Server.Access;
using Spel.Server.Hosting;
using Spel.Server.Sessions;

namespace Spel.Server.Realtime;

/// <summary>
/// The one SignalR endpoint for every screen. Every call goes through the <see cref="SessionDoor"/> (which stops
/// guessers and answers unknown codes without waking a grain) and this connection's <see cref="InvocationBudget"/>,
/// then to the session grain. A screen that watches joins its group before it reads the view it shows, so no change
/// can fall between the two.
/// </summary>
public sealed class GameHub(
    SessionDoor door, InvocationBudget budget, GameMetrics metrics, IGrainFactory grains, ILocalSiloDetails silo, JoinLinks links,
    ConsoleConnections consoles, ILogger<GameHub> logger) : Hub
{
    public override Task OnConnectedAsync()
    {
        metrics.ScreenConnected();
        return base.OnConnectedAsync();
    }

    public override async Task OnDisconnectedAsync(Exception? exception)
    {
        consoles.Disconnected(Context.ConnectionId);
        metrics.ScreenDisconnected();
        await LeaveSeatAsync();
        await base.OnDisconnectedAsync(exception);
    }

    public Task<Reply<JoinInfo>> GetJoinInfo(string code) =>
        CallAsync(code, session => session.GetJoinInfo());

    public Task<Reply<SeatTicket>> Join(string code, JoinRequest request) =>
        CallAsync(code, async (session, normalized) =>
        {
            var joined = await session.Join(request ?? new JoinRequest("", default, null));
            if (joined.Value is not { } ticket)
            {
                return joined;
            }

            var view = await WatchAsync(normalized, SessionGroups.Seats(normalized), () => session.Resume(ticket.SeatToken));
            await TakeSeatAsync(normalized, ticket.View.Me.SeatId);
            return Reply<SeatTicket>.Ok(ticket with { View = view.Value ?? ticket.View });
        });

    public Task<Reply<ParticipantView>> Resume(string code, string seatToken) =>
        CallAsync(code, async (session, normalized) =>
        {
            var resumed = await ReadThenWatchAsync(normalized, () => session.Resume(seatToken), SessionGroups.Seats(normalized));
            if (resumed.Value is { } view)
            {
                await TakeSeatAsync(normalized, view.Me.SeatId);
            }

            return resumed;
        });

    public Task<Reply<ParticipantView>> SubmitAnswer(string code, string seatToken, Answer answer) =>
        CallAsync(code, session => session.SubmitAnswer(seatToken, answer));

    public Task<Reply<ParticipantView>> SubmitRevote(string code, string seatToken, Position revote, string? optionId) =>
        CallAsync(code, session => session.SubmitRevote(seatToken, revote, optionId));

    public Task<Reply<ParticipantView>> SubmitPoints(string code, string seatToken, FunctionPoints points) =>
        CallAsync(code, session => session.SubmitPoints(seatToken, points));

    public Task<Reply<ProjectorView>> WatchProjector(string code) =>
        CallAsync(code, (session, normalized) =>
            ReadThenWatchAsync(normalized, session.GetProjectorView, SessionGroups.Projector(normalized)));

    public Task<Reply<FacilitatorView>> WatchAsHost(string code, string hostKey) =>
        CallAsync(code, async (session, normalized) =>
        {
            var watched = await ReadThenWatchAsync(normalized, () => session.GetFacilitatorView(hostKey), SessionGroups.Host(normalized));
            // A console secret that may be revoked is remembered with this connection, so revoking it ends these pushes.
            if (watched.IsOk && (await session.GetConsoleAccess(hostKey)).Value?.ConsoleId is { } consoleId)
            {
                consoles.Watch(normalized, consoleId, Context.ConnectionId);
            }

            return watched;
        });

    public Task<Reply<FacilitatorView>> Command(string code, string hostKey, HostCommand command) =>
        CallAsync(code, session => session.Command(hostKey, command));

    public Task<Reply<FacilitatorView>> RecordAgreement(string code, string hostKey, Agreement agreement) =>
        CallAsync(code, session => session.RecordAgreement(hostKey, agreement));

    // Seats (issue 10, seats part): the facilitator's corrections, and which tablet has which seat open now.

    public Task<Reply<FacilitatorView>> RemoveSeat(string code, string hostKey, string seatId) =>
        CallAsync(code, session => session.RemoveSeat(hostKey, seatId));

    public Task<Reply<FacilitatorView>> MoveSeat(string code, string hostKey, string seatId, Side side, string? roleId) =>
        CallAsync(code, session => session.MoveSeat(hostKey, seatId, side, roleId));

    public Task<Reply<FacilitatorView>> MergeSeats(string code, string hostKey, string seatId, string intoSeatId) =>
        CallAsync(code, session => session.MergeSeats(hostKey, seatId, intoSeatId));

    /// <summary>
    /// This connection now has <paramref name="seatId"/> open: the session counts it until the connection closes
    /// (<see cref="LeaveSeatAsync"/>). A connection holds one seat; taking another lets go of the first. Said on every
    /// resume, also of the same seat: a session activated again since the last one learns it so.
    /// </summary>
    private async Task TakeSeatAsync(string code, string seatId)
    {
        var taken = new SeatOnConnection(code, seatId);
        if (!(Context.Items.TryGetValue(SeatOnConnection.Key, out var held) && taken.Equals(held)))
        {
            await LeaveSeatAsync();
            Context.Items[SeatOnConnection.Key] = taken;
        }

        await TellSessionAsync(taken, "connected", session => session.SeatConnected(seatId, silo.SiloAddress, Context.ConnectionId));
    }

    private async Task LeaveSeatAsync()
    {
        if (Context.Items.Remove(SeatOnConnection.Key, out var held) && held is SeatOnConnection seat)
        {
            await TellSessionAsync(seat, "disconnected", session => session.SeatDisconnected(seat.SeatId, silo.SiloAddress, Context.ConnectionId));
        }
    }

    /// <summary>Who is connected is shown, never needed: a session that cannot hear it now does not fail the screen's call.</summary>
    private async Task TellSessionAsync(SeatOnConnection seat, string what, Func<ISessionGrain, Task> tell)
    {
        try
        {
            await tell(grains.GetGrain<ISessionGrain>(seat.Code));
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Telling session {Code} that seat {SeatId} {What} failed", seat.Code, seat.SeatId, what);
        }
    }

    private sealed record SeatOnConnection(string Code, string SeatId)
    {
        public const string Key = "spel.seat";
    }

    // Part "access" (issue 10): second consoles, the recovery code, afspraak drafts.

    public Task<Reply<ConsoleAccess>> GetConsoleAccess(string code, string consoleKey) =>
        CallAsync(code, session => session.GetConsoleAccess(consoleKey));

    /// <summary>A new console link, with the hall's address in front (as the join link has) and its QR code.</summary>
    public Task<Reply<ConsoleLinkCreated>> GrantConsole(string code, string consoleKey, ConsoleRole role) =>
        CallAsync(code, async (session, normalized) =>
        {
            var granted = await session.GrantConsole(consoleKey, role);
            if (granted.Value is not { } grant)
            {
                return Reply<ConsoleLinkCreated>.Refused(granted.Error!.Value);
            }

            var url = links.ConsoleFor(normalized, grant.Secret, Context.GetHttpContext()!.Request);
            return Reply<ConsoleLinkCreated>.Ok(new ConsoleLinkCreated(grant.Link, url, QrCodes.Svg(url), grant.Access));
        });

    public Task<Reply<ConsoleAccess>> RevokeConsole(string code, string consoleKey, string consoleId) =>
        CallAsync(code, session => session.RevokeConsole(consoleKey, consoleId));

    public Task<Reply<ConsoleRecovered>> Recover(string code, string recoveryCode) =>
        CallAsync(code, session => session.Recover(recoveryCode));

    public Task<Reply<FacilitatorView>> SaveDraft(string code, string consoleKey, Agreement draft) =>
        CallAsync(code, session => session.SaveDraft(consoleKey, draft));

    private Task<Reply<T>> CallAsync<T>(string code, Func<ISessionGrain, Task<Reply<T>>> call) =>
        CallAsync(code, (session, _) => call(session));

    /// <summary>Spends one message of this connection's budget and passes the call through the door.</summary>
    private async Task<Reply<T>> CallAsync<T>(string code, Func<ISessionGrain, string, Task<Reply<T>>> call)
    {
        if (!budget.TrySpend(Context.ConnectionId))
        {
            logger.LogWarning("Connection {ConnectionId} sent more than {Limit} messages in {Window}; asked to slow down",
                Context.ConnectionId, InvocationBudget.PerWindow, InvocationBudget.Window);
            return Reply<T>.Refused(ErrorCode.SlowDown);
        }

        return await door.EnterAsync(ClientAddress.Of(Context.GetHttpContext()), code, call);
    }

    /// <summary>
    /// Reads once to learn whether this screen may watch, joins its group, and reads again: the view it returns is at
    /// least as new as anything pushed to the group from then on.
    /// </summary>
    private async Task<Reply<T>> ReadThenWatchAsync<T>(string code, Func<Task<Reply<T>>> read, string group)
    {
        var first = await read();
        return first.Value is not null ? await WatchAsync(code, group, read) : first;
    }

    private async Task<Reply<T>> WatchAsync<T>(string code, string group, Func<Task<Reply<T>>> read)
    {
        await FollowAsync(code, group);
        return await read();
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

    /// <summary>Every tablet of the session: what they share is one message to all of them; a seat's own input is in its replies.</summary>
    public static string Seats(string code) => $"{code}:seats";
}
