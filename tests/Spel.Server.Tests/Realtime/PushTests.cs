using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.Time.Testing;
using Spel.Scenarios.Decks;
using Spel.Scenarios.Play;
using Spel.Server.Realtime;
using Spel.Server.Tests.Support;

namespace Spel.Server.Tests.Realtime;

/// <summary>
/// What an answer and a step push, over the hub: counts to the projector and the console, at most one per window of
/// the web clock (a <see cref="FakeTimeProvider"/> here), nothing to the other tablets, and a card's text once.
/// </summary>
public sealed class PushTests : IAsyncLifetime
{
    private readonly FakeTimeProvider _time = new(DateTimeOffset.UtcNow);
    private readonly RecordingScreens _heard = new();
    private readonly TestServers _servers = new();
    private readonly SpelServerFactory _server;

    // The recorder is told after the hub's bridge, so once it heard a change the bridge has it too.
    public PushTests() =>
        _server = _servers.Start(time: _time, addServices: services => services.AddSingleton<ISessionScreens>(_heard));

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _servers.DisposeAsync();

    [Fact]
    public async Task Another_seats_tablet_gets_no_push_when_someone_answers()
    {
        var session = await _server.CreateSessionAsync();
        var host = await ConnectAsync();
        var (anna, annaTicket) = await JoinAsync(session, "Anna");
        var (bert, _) = await JoinAsync(session, "Bert");
        var annaPushes = new Pushes<SeatsPush>(anna, GameHubContract.SeatsUpdated);
        var bertPushes = new Pushes<SeatsPush>(bert, GameHubContract.SeatsUpdated);
        await CommandAsync(host, session, HostCommand.Start);
        var choosing = await CommandAsync(host, session, HostCommand.OpenChoosing);

        var answered = await AnswerAsync(anna, session, annaTicket, choosing);
        var revealed = await CommandAsync(host, session, HostCommand.Reveal);

        // The reveal is the sentinel: pushes to a connection arrive in order, so anything the answer pushed came before.
        await bertPushes.WaitFor(p => p.Version == revealed.Version);
        await annaPushes.WaitFor(p => p.Version == revealed.Version);
        Assert.Equal([Phase.Situatie, Phase.Kiezen, Phase.Onthulling], bertPushes.Received.Select(p => p.Round.Phase));
        Assert.Equal([Phase.Situatie, Phase.Kiezen, Phase.Onthulling], annaPushes.Received.Select(p => p.Round.Phase));
        Assert.Equal(1, answered.Round.AnsweredCount);
        Assert.NotNull(answered.MyAnswer);
    }

    [Fact]
    public async Task Answers_within_one_window_reach_the_projector_and_the_console_as_one_push_when_it_ends()
    {
        var session = await _server.CreateSessionAsync();
        var host = await ConnectAsync();
        var projector = await ConnectAsync();
        var projectorCounts = new Pushes<JsonElement>(projector, GameHubContract.ProjectorProgress);
        var consoleCounts = new Pushes<ProgressPush>(host, GameHubContract.FacilitatorProgress);
        await projector.InvokeAsync<Reply<ProjectorView>>(GameHubContract.WatchProjector, session.Code);
        await host.InvokeAsync<Reply<FacilitatorView>>(GameHubContract.WatchAsHost, session.Code, session.HostKey);
        var seats = new[] { await JoinAsync(session, "Anna"), await JoinAsync(session, "Bert"), await JoinAsync(session, "Cees") };
        await CommandAsync(host, session, HostCommand.Start);
        var choosing = await CommandAsync(host, session, HostCommand.OpenChoosing);

        // The first answer opens a window and goes at once.
        await AnswerAsync(seats[0].Connection, session, seats[0].Ticket, choosing);
        await projectorCounts.WaitFor(p => p.GetProperty("answeredCount").GetInt32() == 1);
        await consoleCounts.WaitFor(p => p.AnsweredCount == 1);

        // Two more within it are held, until the window ends.
        await AnswerAsync(seats[1].Connection, session, seats[1].Ticket, choosing);
        var last = await AnswerAsync(seats[2].Connection, session, seats[2].Ticket, choosing);
        await _heard.WaitFor(session.Code, b => b.Version == last.Version);
        _time.Advance(GameHubContract.ProgressWindow);
        var onProjector = await projectorCounts.WaitFor(p => p.GetProperty("answeredCount").GetInt32() == 3);
        var onConsole = await consoleCounts.WaitFor(p => p.AnsweredCount == 3);

        Assert.Equal([1, 3], projectorCounts.Received.Select(p => p.GetProperty("answeredCount").GetInt32()));
        Assert.Equal([1, 3], consoleCounts.Received.Select(p => p.AnsweredCount));
        Assert.Equal(last.Version, onProjector.GetProperty("version").GetInt64());
        Assert.Equal(JsonValueKind.Null, onProjector.GetProperty("answered").ValueKind);
        Assert.Equal(seats.Select(s => s.Ticket.View.Me.SeatId).Order(), onConsole.Answered!.Order());
        Assert.Equal(HostCommand.Reveal, onConsole.NextCommand);
        Assert.Equal(choosing.Version, onConsole.Since);
    }

    [Fact]
    public async Task A_cards_text_travels_once_per_card_to_every_kind_of_screen()
    {
        var session = await _server.CreateSessionAsync();
        var host = await ConnectAsync();
        var projector = await ConnectAsync();
        var consolePushes = new Pushes<FacilitatorPush>(host, GameHubContract.FacilitatorUpdated);
        var projectorPushes = new Pushes<ProjectorPush>(projector, GameHubContract.ProjectorUpdated);
        await projector.InvokeAsync<Reply<ProjectorView>>(GameHubContract.WatchProjector, session.Code);
        await host.InvokeAsync<Reply<FacilitatorView>>(GameHubContract.WatchAsHost, session.Code, session.HostKey);
        var (tablet, ticket) = await JoinAsync(session, "Anna");
        var tabletPushes = new Pushes<SeatsPush>(tablet, GameHubContract.SeatsUpdated);

        await CommandAsync(host, session, HostCommand.Start);
        var choosing = await CommandAsync(host, session, HostCommand.OpenChoosing);
        await AnswerAsync(tablet, session, ticket, choosing);
        var view = await CommandAsync(host, session, HostCommand.Reveal);
        while (view.Round.Card!.Number == 1)
        {
            view = await CommandAsync(host, session, view.NextCommand!.Value);
        }

        var secondCard = view.Round.Card;
        var last = await CommandAsync(host, session, HostCommand.OpenChoosing);

        // Pushes to a connection arrive in order: once the last step is there, every earlier one is.
        await projectorPushes.WaitFor(p => p.Version == last.Version);
        await consolePushes.WaitFor(p => p.Version == last.Version);
        await tabletPushes.WaitFor(p => p.Version == last.Version);
        CardView[] cards = [choosing.Round.Card!, secondCard];
        foreach (var (screen, pushes) in new (string, IReadOnlyList<(string? CardId, CardView? Card)>)[]
                 {
                     ("projector", projectorPushes.Received.Select(p => (p.CardId, p.View.Round.Card)).ToList()),
                     ("console", consolePushes.Received.Select(p => (p.CardId, p.View.Round.Card)).ToList()),
                     ("tablet", tabletPushes.Received.Select(p => (p.CardId, p.Round.Card)).ToList()),
                 })
        {
            var onCards = pushes.Where(p => p.CardId is not null).ToList();
            Assert.True(onCards.Count >= 6, $"The {screen} got only {onCards.Count} pushes on a card.");
            Assert.Equal(
                cards.Select(c => (c.Id, c.Situation, c.Options.Count)),
                onCards.Where(p => p.Card is not null).Select(p => (p.Card!.Id, p.Card.Situation, p.Card.Options.Count)));
        }
    }

    private Task<HubConnection> ConnectAsync() => _servers.ConnectAsync(_server);

    private async Task<(HubConnection Connection, SeatTicket Ticket)> JoinAsync(SessionCreated session, string name)
    {
        var connection = await ConnectAsync();
        var role = (await connection.InvokeAsync<Reply<JoinInfo>>(GameHubContract.GetJoinInfo, session.Code)).Value!.Roles[0];
        var reply = await connection.InvokeAsync<Reply<SeatTicket>>(GameHubContract.Join, session.Code, new JoinRequest(name, role.Side, role.Id));
        return (connection, reply.Value ?? throw new InvalidOperationException($"Join refused: {reply.Error}"));
    }

    private static async Task<ParticipantView> AnswerAsync(HubConnection tablet, SessionCreated session, SeatTicket seat, FacilitatorView choosing)
    {
        var answer = new Answer(Eigenaarschap.Gemeenschap, Regie.Gedeeld, choosing.Round.Card!.Options[0].Id);
        var reply = await tablet.InvokeAsync<Reply<ParticipantView>>(GameHubContract.SubmitAnswer, session.Code, seat.SeatToken, answer);
        return reply.Value ?? throw new InvalidOperationException($"Answer refused: {reply.Error}");
    }

    private static async Task<FacilitatorView> CommandAsync(HubConnection host, SessionCreated session, HostCommand command)
    {
        var reply = await host.InvokeAsync<Reply<FacilitatorView>>(GameHubContract.Command, session.Code, session.HostKey, command);
        return reply.Value ?? throw new InvalidOperationException($"{command} refused: {reply.Error}");
    }
}
