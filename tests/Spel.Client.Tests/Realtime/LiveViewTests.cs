using Spel.Client.Realtime;
using Spel.Client.Tests.Support;
using Spel.Scenarios.Play;

namespace Spel.Client.Tests.Realtime;

public sealed class LiveViewTests
{
    private readonly FakeGameConnection _connection = new();

    [Fact]
    public async Task Shows_the_view_the_watch_call_returns()
    {
        _connection.ProjectorReply = () => Reply<ProjectorView>.Ok(TestData.Projector(3));
        using var live = LiveView.ForProjector(_connection, TestData.Code);

        await live.WatchAsync();

        Assert.Equal(3, live.Current?.Version);
        Assert.Null(live.Error);
    }

    [Fact]
    public async Task A_push_older_than_the_view_shown_is_dropped()
    {
        _connection.ProjectorReply = () => Reply<ProjectorView>.Ok(TestData.Projector(5, Phase.Kiezen));
        using var live = LiveView.ForProjector(_connection, TestData.Code);
        await live.WatchAsync();

        _connection.Push(TestData.Projector(4, Phase.Situatie));

        Assert.Equal(Phase.Kiezen, live.Current?.Round.Phase);
    }

    [Fact]
    public async Task A_newer_push_replaces_the_view_and_says_so()
    {
        _connection.ProjectorReply = () => Reply<ProjectorView>.Ok(TestData.Projector(5, Phase.Kiezen));
        using var live = LiveView.ForProjector(_connection, TestData.Code);
        await live.WatchAsync();
        var changes = 0;
        live.Changed += () => changes++;

        _connection.Push(TestData.Projector(6, Phase.Onthulling));

        Assert.Equal(Phase.Onthulling, live.Current?.Round.Phase);
        Assert.Equal(1, changes);
    }

    [Fact]
    public async Task A_push_for_another_session_is_ignored()
    {
        _connection.ProjectorReply = () => Reply<ProjectorView>.Ok(TestData.Projector(1));
        using var live = LiveView.ForProjector(_connection, TestData.Code);
        await live.WatchAsync();

        _connection.Push(TestData.Projector(9) with { Round = TestData.Round(Phase.Debrief) with { Code = "ZZZZZZZ" } });

        Assert.Equal(1, live.Current?.Version);
    }

    [Fact]
    public async Task After_a_reconnect_the_watch_call_runs_again_and_brings_the_view_up_to_date()
    {
        var version = 1;
        _connection.ProjectorReply = () => Reply<ProjectorView>.Ok(TestData.Projector(version, version == 1 ? Phase.Lobby : Phase.Gesprek));
        using var live = LiveView.ForProjector(_connection, TestData.Code);
        await live.WatchAsync();

        version = 7;
        await _connection.ReconnectAsync();

        Assert.Equal(2, _connection.Calls.Count(c => c.StartsWith(nameof(IGameConnection.WatchProjectorAsync))));
        Assert.Equal(Phase.Gesprek, live.Current?.Round.Phase);
    }

    [Fact]
    public async Task A_disposed_view_neither_watches_again_nor_takes_pushes()
    {
        _connection.ProjectorReply = () => Reply<ProjectorView>.Ok(TestData.Projector(1));
        var live = LiveView.ForProjector(_connection, TestData.Code);
        await live.WatchAsync();

        live.Dispose();
        _connection.Push(TestData.Projector(2));
        await _connection.ReconnectAsync();

        Assert.Equal(1, live.Current?.Version);
        Assert.Single(_connection.Calls);
    }

    [Fact]
    public async Task Says_when_the_server_knows_the_screen_again_after_the_first_watch_and_each_reconnect()
    {
        var version = 1;
        _connection.ProjectorReply = () => Reply<ProjectorView>.Ok(TestData.Projector(version));
        using var live = LiveView.ForProjector(_connection, TestData.Code);
        var watched = new List<long>();
        live.Watched += view =>
        {
            watched.Add(view.Version);
            return Task.CompletedTask;
        };

        await live.WatchAsync();
        version = 4;
        await _connection.ReconnectAsync();

        Assert.Equal([1, 4], watched);
    }

    [Fact]
    public async Task A_refused_watch_does_not_say_the_screen_is_known()
    {
        using var live = LiveView.ForProjector(_connection, TestData.Code);
        var watched = 0;
        live.Watched += _ =>
        {
            watched++;
            return Task.CompletedTask;
        };

        await live.WatchAsync();

        Assert.Equal(0, watched);
    }

    [Fact]
    public async Task A_refused_watch_keeps_the_reason()
    {
        using var live = LiveView.ForProjector(_connection, TestData.Code);

        await live.WatchAsync();

        Assert.Equal(ErrorCode.SessionNotFound, live.Error);
        Assert.Null(live.Current);
    }
}
