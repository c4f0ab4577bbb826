using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;
using Spel.Scenarios.Play;
using Spel.Server.Tests.Support;

namespace Spel.Server.Tests.Realtime;

/// <summary>A screen that starts watching never misses a change that happens while it does.</summary>
public sealed class WatchOrderTests : IAsyncLifetime
{
    private readonly HeldReply _held = new(nameof(Spel.Server.Sessions.ISessionGrain.GetProjectorView));
    private readonly SpelServerFactory _server;
    private readonly List<HubConnection> _connections = [];

    public WatchOrderTests() =>
        _server = new SpelServerFactory(SpelServerFactory.FreshDataFolder())
        {
            AddServices = services => services.AddSingleton<IOutgoingGrainCallFilter>(_held),
        };

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var connection in _connections)
        {
            await connection.DisposeAsync();
        }

        await _server.DisposeAsync();
        _server.DeleteData();
    }

    [Fact]
    public async Task A_join_between_the_projector_reading_its_view_and_following_the_session_still_reaches_the_projector()
    {
        var session = await _server.CreateSessionAsync();
        var projector = await ConnectAsync();
        var pushes = new Pushes<JsonElement>(projector, GameHubContract.ProjectorUpdated);
        var tablet = await ConnectAsync();

        // The projector's first read has its answer but is held before the hub gets it; a tablet joins meanwhile.
        var watching = projector.InvokeAsync<Reply<ProjectorView>>(GameHubContract.WatchProjector, session.Code);
        await _held.Reached;
        var info = (await tablet.InvokeAsync<Reply<JoinInfo>>(GameHubContract.GetJoinInfo, session.Code)).Value!;
        await tablet.InvokeAsync<Reply<SeatTicket>>(GameHubContract.Join, session.Code, new JoinRequest("Anna", info.Roles[0].Side, info.Roles[0].Id));
        _held.Release();
        var watched = (await watching).Value!;

        var seen = pushes.Received.Select(p => p.GetProperty("view").GetProperty("participants").GetArrayLength()).Append(watched.Participants.Count).Max();
        Assert.Equal(1, seen);
    }

    private async Task<HubConnection> ConnectAsync()
    {
        var connection = _server.Connect();
        _connections.Add(connection);
        await connection.StartAsync();
        return connection;
    }

    /// <summary>Holds the first reply of one grain method after the grain answered, until released.</summary>
    private sealed class HeldReply(string method) : IOutgoingGrainCallFilter
    {
        private readonly TaskCompletionSource _reached = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _calls;

        public Task Reached => _reached.Task.WaitAsync(TimeSpan.FromSeconds(20));

        public void Release() => _released.TrySetResult();

        public async Task Invoke(IOutgoingGrainCallContext context)
        {
            await context.Invoke();
            if (context.MethodName == method && Interlocked.Increment(ref _calls) == 1)
            {
                _reached.TrySetResult();
                await _released.Task;
            }
        }
    }
}
