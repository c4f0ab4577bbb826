using Microsoft.AspNetCore.SignalR;
using Spel.Scenarios.Play;
using Spel.Server.Hosting;
using Spel.Server.Sessions;

namespace Spel.Server.Realtime;

/// <summary>
/// Shows a session's change on this web server's screens. A session grain may live on another server, so it cannot
/// reach our SignalR connections itself: every server hears every change (<see cref="ClusterServers"/>), and we pass
/// the views on to our local groups. A group without a local connection costs nothing.
/// </summary>
public sealed class SessionHubBridge(IHubContext<GameHub> hub, GameMetrics metrics) : ISessionScreens
{
    public Task ShowAsync(SessionBroadcast broadcast) => metrics.TimePushAsync(() => SendAsync(broadcast));

    private async Task SendAsync(SessionBroadcast broadcast)
    {
        var code = broadcast.Code;
        await hub.Clients.Group(SessionGroups.Projector(code)).SendAsync(GameHubContract.ProjectorUpdated, broadcast.Projector);
        await hub.Clients.Group(SessionGroups.Host(code)).SendAsync(GameHubContract.FacilitatorUpdated, broadcast.Facilitator);
        foreach (var view in broadcast.Participants)
        {
            await hub.Clients.Group(SessionGroups.Seat(code, view.Me.SeatId)).SendAsync(GameHubContract.ParticipantUpdated, view);
        }
    }
}
