using Microsoft.AspNetCore.SignalR;
using Spel.Scenarios.Play;
using Spel.Server.Hosting;
using Spel.Server.Sessions;

namespace Spel.Server.Realtime;

/// <summary>
/// Shows a session's change on this web server's screens. A session grain may live on another server, so it cannot
/// reach our SignalR connections itself: every server hears every change (<see cref="ClusterServers"/>), and we pass
/// the pushes on to our local groups, each once per group (SignalR serializes a group message once). A group without
/// a local connection costs nothing. Progress pushes are held to one per session per
/// <see cref="GameHubContract.ProgressWindow"/> (<see cref="ProgressWindows"/>).
/// </summary>
public sealed class SessionHubBridge : ISessionScreens
{
    private readonly IHubContext<GameHub> _hub;
    private readonly GameMetrics _metrics;
    private readonly ILogger<SessionHubBridge> _logger;
    private readonly ProgressWindows _windows;
    private readonly ConsoleConnections _consoles;

    public SessionHubBridge(
        IHubContext<GameHub> hub,
        GameMetrics metrics,
        ConsoleConnections consoles,
        [FromKeyedServices(WebClock.Key)] TimeProvider time,
        ILogger<SessionHubBridge> logger)
    {
        _hub = hub;
        _metrics = metrics;
        _consoles = consoles;
        _logger = logger;
        _windows = new ProgressWindows(time, GameHubContract.ProgressWindow, SendLateAsync);
    }

    public Task ShowAsync(SessionBroadcast broadcast)
    {
        if (broadcast.Progress is { } progress)
        {
            return _windows.Pass(progress) ? _metrics.TimePushAsync(() => SendAsync(progress)) : Task.CompletedTask;
        }

        _windows.Supersede(broadcast.Code, broadcast.Version);
        return _metrics.TimePushAsync(() => SendAsync(broadcast));
    }

    private async Task SendAsync(SessionBroadcast broadcast)
    {
        var code = broadcast.Code;
        if (broadcast.RevokedConsole is { } revoked)
        {
            foreach (var connection in _consoles.Revoked(code, revoked))
            {
                await _hub.Groups.RemoveFromGroupAsync(connection, SessionGroups.Host(code));
                await _hub.Clients.Client(connection).SendAsync(GameHubContract.ConsoleRevoked, code);
            }
        }

        if (broadcast.Projector is { } projector)
        {
            await _hub.Clients.Group(SessionGroups.Projector(code)).SendAsync(GameHubContract.ProjectorUpdated, projector);
        }

        if (broadcast.Facilitator is { } facilitator)
        {
            await _hub.Clients.Group(SessionGroups.Host(code)).SendAsync(GameHubContract.FacilitatorUpdated, facilitator);
        }

        if (broadcast.Seats is { } seats)
        {
            await _hub.Clients.Group(SessionGroups.Seats(code)).SendAsync(GameHubContract.SeatsUpdated, seats);
        }
    }

    /// <summary>The projector gets the count only; who answered and the next step are the console's.</summary>
    private async Task SendAsync(ProgressPush progress)
    {
        await _hub.Clients.Group(SessionGroups.Projector(progress.Code))
            .SendAsync(GameHubContract.ProjectorProgress, progress with { Answered = null, NextCommand = null });
        await _hub.Clients.Group(SessionGroups.Host(progress.Code)).SendAsync(GameHubContract.FacilitatorProgress, progress);
    }

    /// <summary>Sends what a window held back, off any caller: a failure is logged, never thrown.</summary>
    private async Task SendLateAsync(ProgressPush progress)
    {
        try
        {
            await _metrics.TimePushAsync(() => SendAsync(progress));
        }
        catch (Exception ex)
        {
            _logger.LogWarning(ex, "Pushing the progress of session {Code} to this server's screens failed", progress.Code);
        }
    }
}
