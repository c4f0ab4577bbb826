using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;
using Spel.Bench.Common;
using Spel.Bench.RawHub;
using Spel.Scenarios.Decks;
using Spel.Scenarios.Play;

namespace Spel.Bench.Load;

/// <summary>A server the schedule is played against.</summary>
public interface ITarget
{
    string Name { get; }

    ServerProcess Process { get; }

    /// <summary>
    /// A session with a projector, a console and <paramref name="seats"/> seats, all connected and following it, ready
    /// for answers; it returns once every screen has the last setup push, so none is still on its way.
    /// </summary>
    Task<IPlayedSession> OpenAsync(int seats, Recorder recorder, PushSizes sizes, Random random);
}

public interface IPlayedSession : IAsyncDisposable
{
    Screen Projector { get; }

    IReadOnlyList<Screen> Screens { get; }

    /// <summary>Sends one seat's answer; returns how many had answered by then, as the reply says.</summary>
    Task<int> AnswerAsync(int seat);

    Task RevealAsync();
}

/// <summary>Waits on conditions the way the tests do: poll with a timeout, never a fixed sleep.</summary>
public static class Until
{
    public static async Task<bool> TrueAsync(Func<bool> condition, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            if (clock.Elapsed > timeout)
            {
                return false;
            }

            await Task.Delay(5);
        }

        return true;
    }
}

/// <summary>The sessions' screens and connections, and what both servers' sessions do alike.</summary>
public abstract class PlayedSession(Recorder recorder) : IPlayedSession
{
    private readonly List<HubConnection> _connections = [];
    private readonly List<Screen> _screens = [];

    public static readonly TimeSpan SetupTimeout = TimeSpan.FromSeconds(60);

    protected Recorder Recorder { get; } = recorder;

    public Screen Projector => _screens[0];

    public IReadOnlyList<Screen> Screens => _screens;

    public abstract Task<int> AnswerAsync(int seat);

    public abstract Task RevealAsync();

    protected Screen Add(HubConnection connection, ScreenKind kind, int seats)
    {
        var screen = new Screen(kind, seats);
        lock (_screens)
        {
            _connections.Add(connection);
            _screens.Add(screen);
        }

        Recorder.Watch(connection);
        return screen;
    }

    /// <summary>The reply's JSON, recorded; throws with the reason when the server refused.</summary>
    protected async Task<JsonElement> InvokeAsync(HubConnection connection, string method, params object?[] arguments)
    {
        var reply = await connection.InvokeCoreAsync<JsonElement>(method, arguments);
        Recorder.Replied(reply);
        return reply;
    }

    protected async Task SettleAsync(long version)
    {
        if (!await Until.TrueAsync(() => _screens.All(s => s.Version >= version), SetupTimeout))
        {
            throw new TimeoutException($"Not every screen got the setup's last push (version {version}) within {SetupTimeout.TotalSeconds} s.");
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var connection in _connections)
        {
            await connection.DisposeAsync();
        }
    }
}

/// <summary>The game: a session on the shipped deck, started and opened for choosing.</summary>
public sealed class GameTarget(GameServer server) : ITarget
{
    public string Name => "game";

    public ServerProcess Process => server.Process;

    public async Task<IPlayedSession> OpenAsync(int seats, Recorder recorder, PushSizes sizes, Random random)
    {
        var session = new GameSession(server, await server.CreateSessionAsync(), recorder, random);
        await session.SetUpAsync(seats);
        return session;
    }

    private sealed class GameSession(GameServer server, SessionCreated created, Recorder recorder, Random random) : PlayedSession(recorder)
    {
        private readonly List<string> _seatTokens = [];
        private HubConnection _console = null!;
        private List<HubConnection> _seats = [];
        private IReadOnlyList<OptionView> _options = [];

        public async Task SetUpAsync(int seats)
        {
            var projector = await server.ConnectAsync();
            var onProjector = Add(projector, ScreenKind.Projector, seats);
            onProjector.Follow(projector, GameHubContract.ProjectorUpdated, Recorder, ReadWhole);
            onProjector.Follow(projector, GameHubContract.ProjectorProgress, Recorder, ReadProgress);
            await Ok<ProjectorView>(projector.InvokeAsync<Reply<ProjectorView>>(GameHubContract.WatchProjector, created.Code));
            _console = await server.ConnectAsync();
            var onConsole = Add(_console, ScreenKind.Console, seats);
            onConsole.Follow(_console, GameHubContract.FacilitatorUpdated, Recorder, ReadWhole);
            onConsole.Follow(_console, GameHubContract.FacilitatorProgress, Recorder, ReadProgress);
            await Ok<FacilitatorView>(_console.InvokeAsync<Reply<FacilitatorView>>(GameHubContract.WatchAsHost, created.Code, created.HostKey));

            var joined = await Task.WhenAll(Enumerable.Range(0, seats).Select(JoinAsync));
            _seats = joined.Select(j => j.Connection).ToList();
            _seatTokens.AddRange(joined.Select(j => j.Token));

            await CommandAsync(HostCommand.Start);
            var choosing = await CommandAsync(HostCommand.OpenChoosing);
            _options = choosing.Round.Card!.Options;
            await SettleAsync(choosing.Version);
        }

        public override async Task<int> AnswerAsync(int seat)
        {
            Answer answer;
            lock (random)
            {
                answer = new Answer(
                    Enum.GetValues<Eigenaarschap>()[random.Next(4)],
                    Enum.GetValues<Regie>()[random.Next(5)],
                    _options[random.Next(_options.Count)].Id);
            }

            var reply = await InvokeAsync(_seats[seat], GameHubContract.SubmitAnswer, created.Code, _seatTokens[seat], answer);
            return Value(reply).GetProperty("round").GetProperty("answeredCount").GetInt32();
        }

        public override async Task RevealAsync() =>
            Value(await InvokeAsync(_console, GameHubContract.Command, created.Code, created.HostKey, HostCommand.Reveal));

        private async Task<(HubConnection Connection, string Token)> JoinAsync(int seat)
        {
            var tablet = await server.ConnectAsync();
            Add(tablet, ScreenKind.Seat, 0).Follow(tablet, GameHubContract.SeatsUpdated, Recorder, ReadSeats);
            var info = await Ok(tablet.InvokeAsync<Reply<JoinInfo>>(GameHubContract.GetJoinInfo, created.Code));
            var role = info.Roles[seat % info.Roles.Count];
            var ticket = await Ok(tablet.InvokeAsync<Reply<SeatTicket>>(GameHubContract.Join, created.Code, new JoinRequest($"Deelnemer {seat + 1}", role.Side, role.Id)));
            return (tablet, ticket.SeatToken);
        }

        private Task<FacilitatorView> CommandAsync(HostCommand command) =>
            Ok(_console.InvokeAsync<Reply<FacilitatorView>>(GameHubContract.Command, created.Code, created.HostKey, command));

        private static async Task<T> Ok<T>(Task<Reply<T>> call)
        {
            var reply = await call;
            return reply.Value ?? throw new InvalidOperationException($"refused: {reply.Error}");
        }

        private static JsonElement Value(JsonElement reply) =>
            reply.GetProperty("error").ValueKind is JsonValueKind.Null
                ? reply.GetProperty("value")
                : throw new InvalidOperationException($"refused: {(ErrorCode)reply.GetProperty("error").GetInt32()}");

        /// <summary>The projector's and the console's whole views (a step): the reveal is there once the card is revealed.</summary>
        private static PushState ReadWhole(JsonElement push)
        {
            var view = push.GetProperty("view");
            return new(view.GetProperty("version").GetInt64(), AnsweredCount(view), view.GetProperty("reveal").ValueKind is JsonValueKind.Object);
        }

        /// <summary>An input's push to the projector and the console: the count.</summary>
        private static PushState ReadProgress(JsonElement push) =>
            new(push.GetProperty("version").GetInt64(), push.GetProperty("answeredCount").GetInt32(), false);

        /// <summary>What the tablets share has no reveal of its own; the phase says the card is revealed.</summary>
        private static PushState ReadSeats(JsonElement push) =>
            new(push.GetProperty("version").GetInt64(), AnsweredCount(push), push.GetProperty("round").GetProperty("phase").GetInt32() == (int)Phase.Onthulling);

        private static int AnsweredCount(JsonElement view) => view.GetProperty("round").GetProperty("answeredCount").GetInt32();
    }
}

/// <summary>The raw hub: the same screens and pushes with the game's sizes, and nothing else.</summary>
public sealed class RawTarget(ServerProcess process) : ITarget
{
    public string Name => "raw hub";

    public ServerProcess Process => process;

    public async Task<IPlayedSession> OpenAsync(int seats, Recorder recorder, PushSizes sizes, Random random)
    {
        var session = new RawSession(process, recorder);
        await session.SetUpAsync(sizes with { Seats = seats });
        return session;
    }

    private sealed class RawSession(ServerProcess process, Recorder recorder) : PlayedSession(recorder)
    {
        private string _id = "";
        private HubConnection _console = null!;
        private List<HubConnection> _seats = [];

        public async Task SetUpAsync(PushSizes sizes)
        {
            _console = await ConnectAsync();
            _id = await _console.InvokeAsync<string>(RawHubContract.Open, sizes);
            var projector = await ConnectAsync();
            await WatchAsync(projector, ScreenKind.Projector, [RawHubContract.ProjectorUpdated, RawHubContract.ProjectorProgress], RawHubContract.Projector, sizes.Seats);
            await WatchAsync(_console, ScreenKind.Console, [RawHubContract.FacilitatorUpdated, RawHubContract.FacilitatorProgress], RawHubContract.Console, sizes.Seats);
            _seats = (await Task.WhenAll(Enumerable.Range(0, sizes.Seats).Select(async _ =>
            {
                var tablet = await ConnectAsync();
                await WatchAsync(tablet, ScreenKind.Seat, [RawHubContract.SeatsUpdated], RawHubContract.Seats, 0);
                return tablet;
            }))).ToList();
            await SettleAsync(0);
        }

        public override async Task<int> AnswerAsync(int seat) =>
            (await InvokeAsync(_seats[seat], RawHubContract.Answer, _id)).GetProperty("answeredCount").GetInt32();

        public override Task RevealAsync() => InvokeAsync(_console, RawHubContract.Reveal, _id);

        private async Task WatchAsync(HubConnection connection, ScreenKind kind, string[] methods, string screen, int seats)
        {
            var watching = Add(connection, kind, seats);
            foreach (var method in methods)
            {
                watching.Follow(connection, method, Recorder, Read);
            }

            await connection.InvokeAsync<RawPush>(RawHubContract.Watch, _id, screen);
        }

        private async Task<HubConnection> ConnectAsync()
        {
            var connection = new HubConnectionBuilder().WithUrl(new Uri(process.Address, RawHubContract.Path.TrimStart('/'))).Build();
            await connection.StartAsync();
            return connection;
        }

        private static PushState Read(JsonElement push) =>
            new(push.GetProperty("version").GetInt64(), push.GetProperty("answeredCount").GetInt32(), push.GetProperty("revealed").GetBoolean());
    }
}
