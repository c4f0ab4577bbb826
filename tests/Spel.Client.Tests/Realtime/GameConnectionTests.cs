using System.Text.Json;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.JSInterop;
using Spel.Client.Realtime;
using Spel.Scenarios.Decks;
using Spel.Scenarios.Play;

namespace Spel.Client.Tests.Realtime;

/// <summary>
/// The connection as the pages meet it, over a stand-in for hub.js that speaks its protocol: calls and pushes as JSON
/// text the way the hub's JSON protocol writes them, failures marked "server:" or "lost:".
/// </summary>
public sealed class GameConnectionTests : IAsyncDisposable
{
    private readonly FakeHubScript _script = new();
    private readonly GameConnection _connection;

    public GameConnectionTests()
    {
        _connection = new GameConnection(_script, new Tablet(), NullLogger<GameConnection>.Instance);
    }

    public async ValueTask DisposeAsync() => await _connection.DisposeAsync();

    [Fact]
    public async Task A_call_sends_its_arguments_as_the_hub_reads_them_and_returns_the_reply()
    {
        _script.Reply = $$"""{"value":null,"error":{{(int)ErrorCode.SessionFull}}}""";

        var reply = await _connection.SubmitAnswerAsync("K7P2Q", "seat-token", new Answer(Eigenaarschap.GemeenteMetBijdrage, Regie.Gedeeld, "optie-b"));

        Assert.Equal(ErrorCode.SessionFull, reply.Error);
        var call = Assert.Single(_script.Calls);
        Assert.Equal(GameHubContract.SubmitAnswer, call.Method);
        using var args = JsonDocument.Parse(call.ArgsJson);
        Assert.Equal("K7P2Q", args.RootElement[0].GetString());
        Assert.Equal("seat-token", args.RootElement[1].GetString());
        Assert.Equal("optie-b", args.RootElement[2].GetProperty("optionId").GetString());
        Assert.Equal((int)Regie.Gedeeld, args.RootElement[2].GetProperty("regie").GetInt32());
    }

    [Fact]
    public async Task An_error_from_the_hub_becomes_a_server_error_the_screen_shows_like_a_refusal()
    {
        _script.Failure = "server: An unexpected error occurred invoking 'Join' on the server.";

        var reply = await _connection.JoinAsync("K7P2Q", new JoinRequest("Anna", Side.Gemeente, "wethouder"));

        Assert.Equal(ErrorCode.ServerError, reply.Error);
    }

    [Fact]
    public async Task A_call_cut_off_by_a_dropped_line_says_so_so_the_screen_can_keep_the_input_and_try_again()
    {
        _script.Failure = "lost: Invocation canceled due to the underlying connection being closed.";

        await Assert.ThrowsAsync<ConnectionLostException>(() => _connection.SubmitRevoteAsync("K7P2Q", "seat-token", new Position(Eigenaarschap.Gemeente, Regie.VooralGemeente), "regels"));
    }

    [Fact]
    public async Task A_push_reaches_the_pages_as_its_record()
    {
        ProgressPush? seen = null;
        _connection.ProjectorProgress += push => seen = push;
        _script.Reply = """{"value":null,"error":null}""";
        await _connection.GetJoinInfoAsync("K7P2Q");

        _script.Events!.Value.Push(GameHubContract.ProjectorProgress, """{"code":"K7P2Q","version":4,"since":3,"answeredCount":2,"answered":null,"nextCommand":2}""");

        Assert.Equal(new ProgressPush("K7P2Q", 4, 3, 2, null, HostCommand.Reveal), seen);
    }

    [Fact]
    public async Task The_line_going_down_and_coming_back_makes_the_pages_watch_again()
    {
        var watched = 0;
        _connection.Reconnected += () =>
        {
            watched++;
            return Task.CompletedTask;
        };
        _script.Reply = """{"value":null,"error":null}""";
        await _connection.GetJoinInfoAsync("K7P2Q");

        _script.Events!.Value.Reconnecting();
        Assert.Equal(ConnectionState.Reconnecting, _connection.State);
        await _script.Events.Value.Reconnected();

        Assert.Equal(ConnectionState.Connected, _connection.State);
        Assert.Equal(1, watched);
    }

    private sealed class Tablet : NavigationManager
    {
        public Tablet() => Initialize("http://localhost/", "http://localhost/spel/K7P2Q");
    }

    /// <summary>hub.js as GameConnection uses it: import, create (with the .NET object it reports to), start, invoke, stop.</summary>
    private sealed class FakeHubScript : IJSRuntime, IJSObjectReference
    {
        public string Reply { get; set; } = """{"value":null,"error":null}""";

        public string? Failure { get; set; }

        public List<(string Method, string ArgsJson)> Calls { get; } = [];

        public DotNetObjectReference<GameConnection.LineEvents>? Events { get; private set; }

        public ValueTask<TValue> InvokeAsync<TValue>(string identifier, object?[]? args) => identifier switch
        {
            "import" or "create" => Create<TValue>(args),
            "start" or "stop" => ValueTask.FromResult(default(TValue)!),
            "invoke" => Invoke<TValue>(args!),
            _ => throw new InvalidOperationException($"hub.js has no {identifier}"),
        };

        public ValueTask<TValue> InvokeAsync<TValue>(string identifier, CancellationToken cancellationToken, object?[]? args) =>
            InvokeAsync<TValue>(identifier, args);

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;

        private ValueTask<TValue> Create<TValue>(object?[]? args)
        {
            if (args?.FirstOrDefault() is DotNetObjectReference<GameConnection.LineEvents> events)
            {
                Events = events;
            }

            return ValueTask.FromResult((TValue)(object)this);
        }

        private ValueTask<TValue> Invoke<TValue>(object?[] args)
        {
            Calls.Add(((string)args[0]!, (string)args[1]!));
            return Failure is { } failure
                ? ValueTask.FromException<TValue>(new JSException(failure))
                : ValueTask.FromResult((TValue)(object)Reply);
        }
    }
}
