using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;
using Spel.Scenarios.Decks;
using Spel.Scenarios.Play;
using Spel.Server.Tests.Support;

namespace Spel.Server.Tests.Realtime;

public sealed class GameHubTests : IAsyncLifetime
{
    private readonly SpelServerFactory _server = SpelServerFactory.WithFreshData();
    private readonly List<HubConnection> _connections = [];

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
    public async Task A_spying_participant_receives_no_other_answer_before_the_reveal()
    {
        var session = await _server.CreateSessionAsync();
        var host = await ConnectAsync();
        var (anna, annaTicket) = await JoinAsync(session.Code, "Anna", "dorpsbelangen");
        var (spy, spyTicket) = await JoinAsync(session.Code, "Spion", "gemeente");
        var spyPushes = new Pushes<JsonElement>(spy, GameHubContract.SeatsUpdated);
        var spyAsProjector = new Pushes<JsonElement>(spy, GameHubContract.ProjectorUpdated);
        var spyAsProjectorCounts = new Pushes<JsonElement>(spy, GameHubContract.ProjectorProgress);
        var spyAsHostCounts = new Pushes<JsonElement>(spy, GameHubContract.FacilitatorProgress);
        await spy.InvokeAsync<Reply<ProjectorView>>(GameHubContract.WatchProjector, session.Code);
        await CommandAsync(host, session, HostCommand.Start);
        var choosing = await CommandAsync(host, session, HostCommand.OpenChoosing);
        var option = choosing.Round.Card!.Options[^1].Id;

        var answered = await anna.InvokeAsync<Reply<ParticipantView>>(
            GameHubContract.SubmitAnswer, session.Code, annaTicket.SeatToken, new Answer(Eigenaarschap.Gemeente, Regie.VolledigGemeente, option));
        var spyHost = await spy.InvokeAsync<Reply<FacilitatorView>>(GameHubContract.WatchAsHost, session.Code, spyTicket.SeatToken);
        await spyAsProjectorCounts.WaitFor(p => p.GetProperty("answeredCount").GetInt32() == 1);

        Assert.True(answered.IsOk);
        Assert.Equal(ErrorCode.WrongHostKey, spyHost.Error);
        Assert.Empty(spyAsHostCounts.Received);
        Assert.All(spyAsProjectorCounts.Received, push => Assert.Equal(JsonValueKind.Null, push.GetProperty("answered").ValueKind));
        Assert.All(spyAsProjector.Received, push => Assert.Equal(JsonValueKind.Null, push.GetProperty("view").GetProperty("reveal").ValueKind));
        var everything = spyPushes.Received.Concat(spyAsProjector.Received).Concat(spyAsProjectorCounts.Received);
        Assert.DoesNotContain(everything, push => push.GetRawText().Contains("\"answers\"") || push.GetRawText().Contains("\"myAnswer\""));

        await CommandAsync(host, session, HostCommand.Reveal);
        var revealed = await spyAsProjector.WaitFor(p => p.GetProperty("view").GetProperty("reveal").ValueKind == JsonValueKind.Object);
        Assert.Equal(option, revealed.GetProperty("view").GetProperty("reveal").GetProperty("answers")[0].GetProperty("optionId").GetString());
    }

    [Fact]
    public async Task Facilitator_commands_without_the_host_key_are_refused()
    {
        var session = await _server.CreateSessionAsync();
        var (_, _) = await JoinAsync(session.Code, "Anna", "dorpsbelangen");
        var intruder = await ConnectAsync();
        var intruderPushes = new Pushes<FacilitatorView>(intruder, GameHubContract.FacilitatorUpdated);

        var withoutKey = await intruder.InvokeAsync<Reply<FacilitatorView>>(GameHubContract.Command, session.Code, "", HostCommand.Start);
        var guessedKey = await intruder.InvokeAsync<Reply<FacilitatorView>>(GameHubContract.Command, session.Code, "AAAAAAAAAAAAAAAAAAAAAA", HostCommand.Start);
        var watch = await intruder.InvokeAsync<Reply<FacilitatorView>>(GameHubContract.WatchAsHost, session.Code, "AAAAAAAAAAAAAAAAAAAAAA");
        var host = await ConnectAsync();
        var started = await CommandAsync(host, session, HostCommand.Start);

        Assert.Equal([ErrorCode.WrongHostKey, ErrorCode.WrongHostKey, ErrorCode.WrongHostKey], [withoutKey.Error, guessedKey.Error, watch.Error]);
        Assert.Equal(Phase.Situatie, started.Round.Phase);
        Assert.Empty(intruderPushes.Received);
    }

    [Fact]
    public async Task The_facilitators_step_reaches_every_tablet()
    {
        var session = await _server.CreateSessionAsync();
        var (tablet, _) = await JoinAsync(session.Code, "Anna", "dorpsbelangen");
        var pushes = new Pushes<SeatsPush>(tablet, GameHubContract.SeatsUpdated);
        var host = await ConnectAsync();

        await CommandAsync(host, session, HostCommand.Start);

        var view = await pushes.WaitFor(v => v.Round.Phase == Phase.Situatie);
        Assert.Equal(1, view.Round.Card!.Number);
        Assert.False(string.IsNullOrWhiteSpace(view.Round.Card.Situation));
    }

    [Fact]
    public async Task A_session_with_every_setting_on_plays_through_every_phase_over_the_hub()
    {
        var decks = await _server.CreateClient().GetFromJsonAsync<DeckSummary[]>("/api/decks");
        var cards = decks!.Single(d => d.Id == "wie-heeft-de-regie").Cards;
        var settings = new SessionSettings(
            [cards[2].Id, cards[0].Id],
            Anonymous: true,
            Herstemming: true,
            Wisselperspectief: true,
            ShareWithOtherVillages: true,
            Timers: [new PhaseTimer(Phase.Gesprek, 300)]);
        var session = await _server.CreateSessionAsync(settings: settings);
        var (tablet, seat) = await JoinAsync(session.Code, "Anna", "dorpsbelangen");
        var pushes = new Pushes<SeatsPush>(tablet, GameHubContract.SeatsUpdated);
        var host = await ConnectAsync();
        var agreement = new Agreement(AgreementKind.Afspraak, Eigenaarschap.GemeenschapMetBijdrage, Regie.VooralGemeenschap, "Plan maken", "Dorpsbelangen");

        await CommandAsync(host, session, HostCommand.Start);
        for (var card = 0; card < 2; card++)
        {
            var choosing = await CommandAsync(host, session, HostCommand.OpenChoosing);
            await pushes.WaitFor(p => p.Round.Phase == Phase.Kiezen && p.Version == choosing.Version);
            var option = choosing.Round.Card!.Options[0].Id;
            var answer = new Answer(Eigenaarschap.Gemeenschap, Regie.VolledigGemeenschap, option, new Position(Eigenaarschap.Gemeente, Regie.VooralGemeente));
            Assert.True((await tablet.InvokeAsync<Reply<ParticipantView>>(GameHubContract.SubmitAnswer, session.Code, seat.SeatToken, answer)).IsOk);
            await CommandAsync(host, session, HostCommand.Reveal);
            var gesprek = await CommandAsync(host, session, HostCommand.Discuss);
            Assert.Equal(300, gesprek.Round.Timer!.Seconds);
            await CommandAsync(host, session, HostCommand.Revote);
            var revote = await tablet.InvokeAsync<Reply<ParticipantView>>(GameHubContract.SubmitRevote, session.Code, seat.SeatToken, new Position(Eigenaarschap.GemeenschapMetBijdrage, Regie.Gedeeld), option);
            Assert.True(revote.IsOk);
            await CommandAsync(host, session, HostCommand.Conclude);
            var recorded = await host.InvokeAsync<Reply<FacilitatorView>>(GameHubContract.RecordAgreement, session.Code, session.HostKey, agreement);
            Assert.Equal(agreement, recorded.Value!.Round.Agreement);
            await CommandAsync(host, session, HostCommand.NextCard);
        }

        var points = await tablet.InvokeAsync<Reply<ParticipantView>>(GameHubContract.SubmitPoints, session.Code, seat.SeatToken, new FunctionPoints(1, 2, 3, 4));
        var forged = await host.InvokeAsync<Reply<FacilitatorView>>(GameHubContract.RecordAgreement, session.Code, "AAAAAAAAAAAAAAAAAAAAAA", agreement);
        var debrief = (await CommandAsync(host, session, HostCommand.Finish)).Debrief!;
        var summary = (await pushes.WaitFor(v => v.Round.Phase == Phase.Debrief)).Summary!;

        Assert.Equal(new FunctionPoints(1, 2, 3, 4), points.Value!.MyPoints);
        Assert.Equal(ErrorCode.WrongHostKey, forged.Error);
        Assert.Equal([cards[2].Title, cards[0].Title], debrief.Agreements.Select(a => a.CardTitle));
        Assert.All(debrief.Cards, c => Assert.Null(Assert.Single(c.Reveal.Answers).Name));
        Assert.Equal(2, summary.Agreements.Count);
        Assert.Equal(2, summary.CardsPlayed);
    }

    [Fact]
    public async Task Settings_that_cannot_be_played_are_refused_when_the_session_is_created()
    {
        var response = await _server.CreateClient().PostAsJsonAsync(
            "/api/sessions",
            new CreateSessionRequest("wie-heeft-de-regie", SessionSettings.Default(["bestaat-niet"])));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("InvalidSettings", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("")]
    [InlineData("ABC")]
    [InlineData("ABCDEF0")]
    public async Task A_malformed_join_code_is_refused(string code)
    {
        var tablet = await ConnectAsync();

        var reply = await tablet.InvokeAsync<Reply<JoinInfo>>(GameHubContract.GetJoinInfo, code);

        Assert.Equal(ErrorCode.InvalidJoinCode, reply.Error);
    }

    [Fact]
    public async Task A_wrong_join_code_is_not_found()
    {
        var tablet = await ConnectAsync();

        var reply = await tablet.InvokeAsync<Reply<JoinInfo>>(GameHubContract.GetJoinInfo, "zzz zzzz");

        Assert.Equal(ErrorCode.SessionNotFound, reply.Error);
    }

    [Fact]
    public async Task An_oversized_message_is_not_accepted()
    {
        var session = await _server.CreateSessionAsync();
        var tablet = await ConnectAsync();

        var huge = new string('x', (int)GameHubContract.MaximumReceiveMessageSize + 1);
        await Assert.ThrowsAnyAsync<Exception>(() =>
            tablet.InvokeAsync<Reply<SeatTicket>>(GameHubContract.Join, session.Code, new JoinRequest(huge, Side.Gemeente, "wethouder")));
        var projector = await ConnectAsync();
        var view = await projector.InvokeAsync<Reply<ProjectorView>>(GameHubContract.WatchProjector, session.Code);
        Assert.Empty(view.Value!.Participants);
    }

    [Fact]
    public async Task The_start_page_lists_the_shipped_decks_and_refuses_an_unknown_one()
    {
        var http = _server.CreateClient();

        var decks = await http.GetFromJsonAsync<DeckSummary[]>("/api/decks");
        var unknown = await http.PostAsJsonAsync("/api/sessions", new CreateSessionRequest("bestaat-niet"));

        Assert.Contains(decks!, d => d.Id == "wie-heeft-de-regie" && d.CardCount >= 6);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("DeckNotFound", await unknown.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_join_link_and_its_qr_code_point_tablets_at_the_session()
    {
        var session = await _server.CreateSessionAsync();
        var http = _server.CreateClient();

        var link = await http.GetFromJsonAsync<JsonElement>($"/api/sessions/{session.Code}/join-link");
        var qr = await http.GetAsync($"/api/sessions/{session.Code}/qr.svg");

        Assert.EndsWith($"/doe-mee/{session.Code}", link.GetProperty("url").GetString());
        Assert.Equal("image/svg+xml", qr.Content.Headers.ContentType!.MediaType);
        Assert.Contains("<svg", await qr.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_console_sees_a_tablet_connect_and_go_away()
    {
        var session = await _server.CreateSessionAsync();
        var host = await ConnectAsync();
        var consolePushes = new Pushes<JsonElement>(host, GameHubContract.FacilitatorUpdated);
        await host.InvokeAsync<Reply<FacilitatorView>>(GameHubContract.WatchAsHost, session.Code, session.HostKey);

        var (anna, _) = await JoinAsync(session.Code, "Anna", "dorpsbelangen");
        var connected = await consolePushes.WaitFor(push => IsConnected(push, "Anna") == true);
        await anna.StopAsync();
        // After the push that said connected: the join's own push, before the tablet connected, also says not connected.
        await consolePushes.WaitFor(push => IsConnected(push, "Anna") == false && Version(push) > Version(connected));
        var view = (await host.InvokeAsync<Reply<FacilitatorView>>(GameHubContract.WatchAsHost, session.Code, session.HostKey)).Value!;

        Assert.False(view.Seats.Single().IsConnected);
    }

    [Fact]
    public async Task A_removed_tablet_hears_it_should_look_again_and_its_seat_is_gone()
    {
        var session = await _server.CreateSessionAsync();
        var host = await ConnectAsync();
        var (_, _) = await JoinAsync(session.Code, "Anna", "dorpsbelangen");
        var (twice, twiceTicket) = await JoinAsync(session.Code, "Anna", "dorpsbelangen");
        var tabletPushes = new Pushes<SeatsPush>(twice, GameHubContract.SeatsUpdated);
        var seatId = twiceTicket.View.Me.SeatId;

        var removed = await host.InvokeAsync<Reply<FacilitatorView>>(GameHubContract.RemoveSeat, session.Code, session.HostKey, seatId);
        var told = await tabletPushes.WaitFor(push => push.Resume?.Contains(seatId) == true);
        var resumed = await twice.InvokeAsync<Reply<ParticipantView>>(GameHubContract.Resume, session.Code, twiceTicket.SeatToken);

        Assert.Equal(["Anna"], removed.Value!.Seats.Select(s => s.Name));
        Assert.Equal(1, told.Round.SeatCount);
        Assert.Equal(ErrorCode.SeatRemoved, resumed.Error);
    }

    private static long Version(JsonElement push) => push.GetProperty("view").GetProperty("version").GetInt64();

    private static bool? IsConnected(JsonElement push, string name) =>
        push.GetProperty("view").GetProperty("seats").EnumerateArray()
            .Where(seat => seat.GetProperty("name").GetString() == name)
            .Select(seat => (bool?)seat.GetProperty("isConnected").GetBoolean())
            .FirstOrDefault();

    private async Task<HubConnection> ConnectAsync()
    {
        var connection = _server.Connect();
        _connections.Add(connection);
        await connection.StartAsync();
        return connection;
    }

    private async Task<(HubConnection Connection, SeatTicket Ticket)> JoinAsync(string code, string name, string side)
    {
        var connection = await ConnectAsync();
        var info = (await connection.InvokeAsync<Reply<JoinInfo>>(GameHubContract.GetJoinInfo, code)).Value!;
        var role = info.Roles.First(r => r.Side.ToString().Equals(side, StringComparison.OrdinalIgnoreCase));
        var reply = await connection.InvokeAsync<Reply<SeatTicket>>(GameHubContract.Join, code, new JoinRequest(name, role.Side, role.Id));
        return (connection, reply.Value ?? throw new InvalidOperationException($"Join refused: {reply.Error}"));
    }

    private static async Task<FacilitatorView> CommandAsync(HubConnection host, SessionCreated session, HostCommand command)
    {
        var reply = await host.InvokeAsync<Reply<FacilitatorView>>(GameHubContract.Command, session.Code, session.HostKey, command);
        return reply.Value ?? throw new InvalidOperationException($"{command} refused: {reply.Error}");
    }
}
