using System.Text.Json;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Logging;
using Microsoft.JSInterop;

using Spel.Scenarios.Decks;
using Spel.Scenarios.Play;

namespace Spel.Client.Realtime;

/// <summary>
/// The one hub connection of a browser tab. It is opened on first use (never while prerendering on the server),
/// keeps trying for as long as the tab is open, and tells the pages when a new connection needs their watch again.
/// The line itself is SignalR's JavaScript client (wwwroot/js/hub.js), which spares a tablet the .NET client's
/// dozen assemblies; calls and pushes cross as JSON text (docs/decisions.md, "The tablet's hub client is SignalR's
/// JavaScript client").
/// </summary>
public sealed class GameConnection(IJSRuntime js, NavigationManager navigation, ILogger<GameConnection> logger) : IGameConnection, IAsyncDisposable
{
    public const string ModulePath = "./js/hub.js";

    /// <summary>The pushes the hub sends (<see cref="GameHubContract"/>'s client methods), each with the event it raises.</summary>
    private static readonly Dictionary<string, Action<GameConnection, string>> Pushes = new()
    {
        [GameHubContract.ProjectorUpdated] = (connection, json) => Raise(connection.ProjectorUpdated, json),
        [GameHubContract.FacilitatorUpdated] = (connection, json) => Raise(connection.FacilitatorUpdated, json),
        [GameHubContract.SeatsUpdated] = (connection, json) => Raise(connection.SeatsUpdated, json),
        [GameHubContract.ProjectorProgress] = (connection, json) => Raise(connection.ProjectorProgress, json),
        [GameHubContract.FacilitatorProgress] = (connection, json) => Raise(connection.FacilitatorProgress, json),
        [GameHubContract.ConsoleRevoked] = (connection, json) => Raise(connection.ConsoleRevoked, json),
    };

    /// <summary>What the hub's JSON protocol writes and reads: camelCase names, read without regard to case.</summary>
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly SemaphoreSlim _startLock = new(1, 1);
    private Task<IJSObjectReference>? _hub;
    private DotNetObjectReference<LineEvents>? _events;
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

    public Task<Reply<ParticipantView>> SubmitRevoteAsync(string code, string seatToken, Position revote, string? optionId) =>
        InvokeAsync<ParticipantView>(GameHubContract.SubmitRevote, code, seatToken, revote, optionId);

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

    public Task<Reply<FacilitatorView>> RemoveSeatAsync(string code, string hostKey, string seatId) =>
        InvokeAsync<FacilitatorView>(GameHubContract.RemoveSeat, code, hostKey, seatId);

    public Task<Reply<FacilitatorView>> MoveSeatAsync(string code, string hostKey, string seatId, Side side, string? roleId) =>
        InvokeAsync<FacilitatorView>(GameHubContract.MoveSeat, code, hostKey, seatId, side, roleId);

    public Task<Reply<FacilitatorView>> MergeSeatsAsync(string code, string hostKey, string seatId, string intoSeatId) =>
        InvokeAsync<FacilitatorView>(GameHubContract.MergeSeats, code, hostKey, seatId, intoSeatId);

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
        if (_hub is { IsCompletedSuccessfully: true })
        {
            try
            {
                await _hub.Result.InvokeVoidAsync("stop");
                await _hub.Result.DisposeAsync();
            }
            catch (JSDisconnectedException)
            {
                // The page is going away, and its line with it.
            }
        }

        _events?.Dispose();
        _startLock.Dispose();
    }

    /// <summary>A server failure (an error from the hub, an unreadable reply) comes back as <see cref="ErrorCode.ServerError"/>.</summary>
    private Task<Reply<T>> InvokeAsync<T>(string method, params object?[] args) =>
        HubCalls.OrServerErrorAsync(() => InvokeOrThrowAsync<T>(method, args), logger, $"The hub call {method}");

    private async Task<Reply<T>> InvokeOrThrowAsync<T>(string method, object?[] args)
    {
        var hub = await EnsureStartedAsync();
        await _connected.Task;
        string reply;
        try
        {
            reply = await hub.InvokeAsync<string>("invoke", method, JsonSerializer.Serialize(args, Json));
        }
        catch (JSException e) when (e.Message.StartsWith("lost:", StringComparison.Ordinal))
        {
            throw new ConnectionLostException(e);
        }

        return JsonSerializer.Deserialize<Reply<T>>(reply, Json)
            ?? throw new JsonException($"The hub answered {method} with nothing.");
    }

    private async Task<IJSObjectReference> EnsureStartedAsync()
    {
        await _startLock.WaitAsync();
        try
        {
            if (_hub is null)
            {
                _events = DotNetObjectReference.Create(new LineEvents(this));
                _hub = CreateAsync(_events);
                SetState(ConnectionState.Connecting);

                // Not awaited: callers wait on _connected, and the first page must render its "connecting" state meanwhile.
                _ = ConnectUntilUpAsync(isReconnect: false);
            }
        }
        finally
        {
            _startLock.Release();
        }

        return await _hub;
    }

    private async Task<IJSObjectReference> CreateAsync(DotNetObjectReference<LineEvents> events)
    {
        var module = await js.InvokeAsync<IJSObjectReference>("import", ModulePath);
        return await module.InvokeAsync<IJSObjectReference>(
            "create",
            events,
            navigation.ToAbsoluteUri(GameHubContract.Path.TrimStart('/')).ToString(),
            Pushes.Keys.ToArray(),
            GameHubContract.KeepAlive.TotalMilliseconds,
            GameHubContract.Timeout.TotalMilliseconds);
    }

    private async Task ConnectUntilUpAsync(bool isReconnect)
    {
        for (var attempt = 0; !_disposed; attempt++)
        {
            try
            {
                var hub = await _hub!;
                await hub.InvokeVoidAsync("start");
                await LineUpAsync(isReconnect);
                return;
            }
            catch (Exception e) when (!_disposed)
            {
                logger.LogWarning(e, "Could not reach the game hub (attempt {Attempt})", attempt + 1);
                SetState(ConnectionState.Reconnecting);
                if (_hub is { IsFaulted: true })
                {
                    // The script itself did not load (a drop during the first visit): load it again.
                    _hub = CreateAsync(_events!);
                }

                await Task.Delay(KeepTrying.Delay(attempt));
            }
        }
    }

    private void PushArrived(string method, string json)
    {
        try
        {
            if (Pushes.TryGetValue(method, out var raise))
            {
                raise(this, json);
            }
        }
        catch (JsonException e)
        {
            // A push this build cannot read: the pages' watch after the next reconnect brings the whole view.
            logger.LogError(e, "Could not read the push {Method}", method);
        }
    }

    /// <summary>Automatic reconnect never gives up, so a close means the server ended the connection: start a new one.</summary>
    private void LineClosed(string? error)
    {
        if (!_disposed)
        {
            logger.LogWarning("The game hub closed the connection ({Error}); opening a new one", error);
            LineDown();
            _ = ConnectUntilUpAsync(isReconnect: true);
        }
    }

    private static void Raise<TPush>(Action<TPush>? handlers, string json)
    {
        if (handlers is not null && JsonSerializer.Deserialize<TPush>(json, Json) is { } push)
        {
            handlers(push);
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

    /// <summary>Retries for as long as the tab is open: village-hall Wi-Fi comes back, sometimes after minutes (hub.js' retryDelayMs takes the same steps).</summary>
    internal static class KeepTrying
    {
        public static TimeSpan Delay(long attempt) => TimeSpan.FromSeconds(Math.Min(10, attempt switch { 0 => 0, 1 => 1, _ => attempt * 2 }));
    }

    /// <summary>What the line in the browser reports back (hub.js calls these by name).</summary>
    internal sealed class LineEvents(GameConnection connection)
    {
        [JSInvokable]
        public void Push(string method, string json) => connection.PushArrived(method, json);

        [JSInvokable]
        public void Reconnecting() => connection.LineDown();

        [JSInvokable]
        public Task Reconnected() => connection.LineUpAsync(isReconnect: true);

        [JSInvokable]
        public void Closed(string? error) => connection.LineClosed(error);
    }
}
