using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.Logging;
using Spel.Scenarios.Play;

namespace Spel.Client.Realtime;

/// <summary>
/// The one hub connection of a browser tab. It is opened on first use (never while prerendering on the server),
/// keeps trying for as long as the tab is open, and tells the pages when a new connection needs their watch again.
/// </summary>
public sealed class GameConnection(NavigationManager navigation, ILogger<GameConnection> logger) : IGameConnection, IAsyncDisposable
{
    private readonly SemaphoreSlim _startLock = new(1, 1);
    private HubConnection? _hub;
    private TaskCompletionSource _connected = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private bool _disposed;

    public ConnectionState State { get; private set; } = ConnectionState.Idle;

    public event Action? StateChanged;

    public event Func<Task>? Reconnected;

    public event Action<ProjectorPush>? ProjectorUpdated;

    public event Action<FacilitatorPush>? FacilitatorUpdated;

    public event Action<SeatsPush>? SeatsUpdated;

    public event Action<ProgressPush>? ProjectorProgress;

    public event Action<ProgressPush>? FacilitatorProgress;

    public event Action<string>? ConsoleRevoked;

    public Task<Reply<JoinInfo>> GetJoinInfoAsync(string code) =>
        InvokeAsync<JoinInfo>(GameHubContract.GetJoinInfo, code);

    public Task<Reply<SeatTicket>> JoinAsync(string code, JoinRequest request) =>
        InvokeAsync<SeatTicket>(GameHubContract.Join, code, request);

    public Task<Reply<ParticipantView>> ResumeAsync(string code, string seatToken) =>
        InvokeAsync<ParticipantView>(GameHubContract.Resume, code, seatToken);

    public Task<Reply<ParticipantView>> SubmitAnswerAsync(string code, string seatToken, Answer answer) =>
        InvokeAsync<ParticipantView>(GameHubContract.SubmitAnswer, code, seatToken, answer);

    public Task<Reply<ParticipantView>> SubmitRevoteAsync(string code, string seatToken, Position revote) =>
        InvokeAsync<ParticipantView>(GameHubContract.SubmitRevote, code, seatToken, revote);

    public Task<Reply<ParticipantView>> SubmitPointsAsync(string code, string seatToken, FunctionPoints points) =>
        InvokeAsync<ParticipantView>(GameHubContract.SubmitPoints, code, seatToken, points);

    public Task<Reply<ProjectorView>> WatchProjectorAsync(string code) =>
        InvokeAsync<ProjectorView>(GameHubContract.WatchProjector, code);

    public Task<Reply<FacilitatorView>> WatchAsHostAsync(string code, string hostKey) =>
        InvokeAsync<FacilitatorView>(GameHubContract.WatchAsHost, code, hostKey);

    public Task<Reply<FacilitatorView>> CommandAsync(string code, string hostKey, HostCommand command) =>
        InvokeAsync<FacilitatorView>(GameHubContract.Command, code, hostKey, command);

    public Task<Reply<FacilitatorView>> RecordAgreementAsync(string code, string hostKey, Agreement agreement) =>
        InvokeAsync<FacilitatorView>(GameHubContract.RecordAgreement, code, hostKey, agreement);

    public Task<Reply<ConsoleAccess>> GetConsoleAccessAsync(string code, string consoleKey) =>
        InvokeAsync<ConsoleAccess>(GameHubContract.GetConsoleAccess, code, consoleKey);

    public Task<Reply<ConsoleLinkCreated>> GrantConsoleAsync(string code, string consoleKey, ConsoleRole role) =>
        InvokeAsync<ConsoleLinkCreated>(GameHubContract.GrantConsole, code, consoleKey, role);

    public Task<Reply<ConsoleAccess>> RevokeConsoleAsync(string code, string consoleKey, string consoleId) =>
        InvokeAsync<ConsoleAccess>(GameHubContract.RevokeConsole, code, consoleKey, consoleId);

    public Task<Reply<ConsoleRecovered>> RecoverAsync(string code, string recoveryCode) =>
        InvokeAsync<ConsoleRecovered>(GameHubContract.Recover, code, recoveryCode);

    public Task<Reply<FacilitatorView>> SaveDraftAsync(string code, string consoleKey, Agreement draft) =>
        InvokeAsync<FacilitatorView>(GameHubContract.SaveDraft, code, consoleKey, draft);

    public async ValueTask DisposeAsync()
    {
        _disposed = true;
        if (_hub is not null)
        {
            await _hub.DisposeAsync();
        }

        _startLock.Dispose();
    }

    /// <summary>A server failure (a <see cref="HubException"/>, an unreadable reply) comes back as <see cref="ErrorCode.ServerError"/>.</summary>
    private Task<Reply<T>> InvokeAsync<T>(string method, params object?[] args) =>
        HubCalls.OrServerErrorAsync(() => InvokeOrThrowAsync<T>(method, args), logger, $"The hub call {method}");

    private async Task<Reply<T>> InvokeOrThrowAsync<T>(string method, object?[] args)
    {
        var hub = await EnsureStartedAsync();
        await _connected.Task;
        try
        {
            return await hub.InvokeCoreAsync<Reply<T>>(method, args);
        }
        catch (Exception e) when (e is not OperationCanceledException && hub.State != HubConnectionState.Connected)
        {
            throw new ConnectionLostException(e);
        }
    }

    private async Task<HubConnection> EnsureStartedAsync()
    {
        await _startLock.WaitAsync();
        try
        {
            if (_hub is not null)
            {
                return _hub;
            }

            _hub = Build();
            SetState(ConnectionState.Connecting);
        }
        finally
        {
            _startLock.Release();
        }

        // Not awaited: callers wait on _connected, and the first page must render its "connecting" state meanwhile.
        _ = ConnectUntilUpAsync(_hub, isReconnect: false);
        return _hub;
    }

    private HubConnection Build()
    {
        var hub = new HubConnectionBuilder()
            .WithUrl(navigation.ToAbsoluteUri(GameHubContract.Path.TrimStart('/')))
            .WithAutomaticReconnect(new KeepTrying())
            .WithKeepAliveInterval(GameHubContract.KeepAlive)
            .WithServerTimeout(GameHubContract.Timeout)
            .Build();

        hub.On<ProjectorPush>(GameHubContract.ProjectorUpdated, p => ProjectorUpdated?.Invoke(p));
        hub.On<FacilitatorPush>(GameHubContract.FacilitatorUpdated, p => FacilitatorUpdated?.Invoke(p));
        hub.On<SeatsPush>(GameHubContract.SeatsUpdated, p => SeatsUpdated?.Invoke(p));
        hub.On<ProgressPush>(GameHubContract.ProjectorProgress, p => ProjectorProgress?.Invoke(p));
        hub.On<ProgressPush>(GameHubContract.FacilitatorProgress, p => FacilitatorProgress?.Invoke(p));
        hub.On<string>(GameHubContract.ConsoleRevoked, code => ConsoleRevoked?.Invoke(code));

        hub.Reconnecting += _ =>
        {
            LineDown();
            return Task.CompletedTask;
        };
        hub.Reconnected += async _ => await LineUpAsync(isReconnect: true);

        // Automatic reconnect never gives up, so Closed means the server ended the connection: start a new one.
        hub.Closed += error =>
        {
            if (!_disposed)
            {
                logger.LogWarning(error, "The game hub closed the connection; opening a new one");
                LineDown();
                _ = ConnectUntilUpAsync(hub, isReconnect: true);
            }

            return Task.CompletedTask;
        };
        return hub;
    }

    private async Task ConnectUntilUpAsync(HubConnection hub, bool isReconnect)
    {
        for (var attempt = 0; !_disposed; attempt++)
        {
            try
            {
                await hub.StartAsync();
                await LineUpAsync(isReconnect);
                return;
            }
            catch (Exception e) when (!_disposed)
            {
                logger.LogWarning(e, "Could not reach the game hub (attempt {Attempt})", attempt + 1);
                SetState(ConnectionState.Reconnecting);
                await Task.Delay(KeepTrying.Delay(attempt));
            }
        }
    }

    private void LineDown()
    {
        if (_connected.Task.IsCompleted)
        {
            _connected = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        SetState(ConnectionState.Reconnecting);
    }

    private async Task LineUpAsync(bool isReconnect)
    {
        SetState(ConnectionState.Connected);
        _connected.TrySetResult();
        if (isReconnect && Reconnected is { } handlers)
        {
            foreach (var handler in handlers.GetInvocationList().Cast<Func<Task>>())
            {
                await handler();
            }
        }
    }

    private void SetState(ConnectionState state)
    {
        if (State != state)
        {
            State = state;
            StateChanged?.Invoke();
        }
    }

    /// <summary>Retries for as long as the tab is open: village-hall Wi-Fi comes back, sometimes after minutes.</summary>
    private sealed class KeepTrying : IRetryPolicy
    {
        public static TimeSpan Delay(long attempt) => TimeSpan.FromSeconds(Math.Min(10, attempt switch { 0 => 0, 1 => 1, _ => attempt * 2 }));

        public TimeSpan? NextRetryDelay(RetryContext retryContext) => Delay(retryContext.PreviousRetryCount);
    }
}
