using System.Net;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.Time.Testing;
using Spel.Scenarios.Play;
using Microsoft.Extensions.Hosting;
using Spel.Server.Access;
using Spel.Server.Sessions;
using Spel.Server.Storage;
using Spel.Server.Tests.Support;

namespace Spel.Server.Tests.Access;

/// <summary>Who may open a session, how often, and how a session and its answers end: deleted at once, or expired.</summary>
public sealed class SessionLifeTests : IAsyncLifetime
{
    private const string FacilitatorCode = "begeleiders-van-de-provincie-2026";

    private readonly TestServers _servers = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _servers.DisposeAsync();

    [Fact]
    public async Task On_the_embedded_default_only_the_laptop_itself_may_start_a_session()
    {
        var laptop = _servers.Start(IPAddress.Loopback);
        var tablet = _servers.Start(new IPAddress([192, 168, 1, 23]));

        var fromLaptop = await CreateAsync(laptop, code: null);
        var fromTablet = await CreateAsync(tablet, code: null);
        var tabletPolicy = await tablet.CreateClient().GetFromJsonAsync<CreationPolicy>(SessionApi.Policy);

        Assert.Equal(HttpStatusCode.Created, fromLaptop.StatusCode);
        Assert.Equal((HttpStatusCode.Forbidden, ErrorCode.CreationNotAllowed), (fromTablet.StatusCode, await ProblemCodeAsync(fromTablet)));
        Assert.Equal(new CreationPolicy(NeedsFacilitatorCode: false, AllowedHere: false), tabletPolicy);
    }

    [Fact]
    public async Task A_hosted_server_starts_a_session_only_with_a_facilitator_code_and_counts_wrong_codes_as_guesses()
    {
        var hosted = _servers.Start(new IPAddress([203, 0, 113, 4]), new() { ["Spel:FacilitatorCodes:0"] = FacilitatorCode, ["Spel:GuessesPerMinute"] = "2" });

        var withoutCode = await CreateAsync(hosted, code: null);
        var withCode = await CreateAsync(hosted, FacilitatorCode);
        var wrong = await CreateAsync(hosted, "iets-anders-dat-lang-genoeg-is-2026");
        await CreateAsync(hosted, "nog-iets-anders-dat-lang-genoeg-is");
        var stopped = await CreateAsync(hosted, FacilitatorCode);

        Assert.Equal(ErrorCode.CreationNotAllowed, await ProblemCodeAsync(withoutCode));
        Assert.Equal(HttpStatusCode.Created, withCode.StatusCode);
        Assert.Equal(ErrorCode.WrongFacilitatorCode, await ProblemCodeAsync(wrong));
        Assert.Equal(ErrorCode.TooManyAttempts, await ProblemCodeAsync(stopped));
    }

    [Fact]
    public async Task A_facilitator_code_shorter_than_128_bits_stops_the_server_at_start()
    {
        var server = _servers.Start(settings: new() { ["Spel:FacilitatorCodes:0"] = "geheim" });

        var failure = await Record.ExceptionAsync(() => server.CreateClient().GetAsync(SessionApi.Policy));

        Assert.Contains("at least 22 characters", failure!.ToString());
    }

    [Fact]
    public async Task One_address_may_start_only_so_many_sessions_an_hour()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var laptop = _servers.Start(settings: new() { ["Spel:SessionsPerHour"] = "2" }, time: time);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            statuses.Add((await CreateAsync(laptop, code: null)).StatusCode);
        }

        time.Advance(TimeSpan.FromHours(1));
        statuses.Add((await CreateAsync(laptop, code: null)).StatusCode);

        Assert.Equal([HttpStatusCode.Created, HttpStatusCode.Created, HttpStatusCode.TooManyRequests, HttpStatusCode.Created], statuses);
    }

    [Fact]
    public async Task A_create_request_larger_than_any_deck_needs_is_refused()
    {
        var laptop = _servers.Start();
        var cards = Enumerable.Range(0, 10_000).Select(i => $"kaart-{i:D8}").ToList();

        var response = await laptop.CreateClient().PostAsJsonAsync(SessionApi.Sessions, new CreateSessionRequest("wie-heeft-de-regie", SessionSettings.Default(cards)));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task The_facilitator_deletes_a_session_and_afterwards_its_code_names_nothing()
    {
        var laptop = _servers.Start();
        var session = await laptop.CreateSessionAsync();
        var tablet = await _servers.ConnectAsync(laptop);
        var seat = await JoinAsync(tablet, session.Code, "Anna");
        var http = laptop.CreateClient();

        var wrongKey = await http.SendAsync(Delete(session.Code, "niet-de-sleutel"));
        var stillThere = await tablet.InvokeAsync<Reply<ParticipantView>>(GameHubContract.Resume, session.Code, seat.SeatToken);
        var deleted = await http.SendAsync(Delete(session.Code, session.HostKey));
        var afterwards = await tablet.InvokeAsync<Reply<ParticipantView>>(GameHubContract.Resume, session.Code, seat.SeatToken);

        Assert.Equal(HttpStatusCode.Forbidden, wrongKey.StatusCode);
        Assert.True(stillThere.IsOk);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(ErrorCode.SessionNotFound, afterwards.Error);
        Assert.False(await laptop.Services.GetRequiredService<SessionDirectory>().ExistsAsync(session.Code));
    }

    [Fact]
    public async Task A_session_unchanged_for_its_lifetime_is_deleted_and_a_younger_one_is_kept()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow.AddDays(29));
        var laptop = _servers.Start(time: time);
        var session = await laptop.CreateSessionAsync();
        var sweeper = laptop.Services.GetServices<IHostedService>().OfType<ExpiredSessionsSweeper>().Single();
        var directory = laptop.Services.GetRequiredService<SessionDirectory>();

        var sweptAt29Days = await sweeper.SweepAsync(CancellationToken.None);
        var keptAt29Days = await directory.ExistsAsync(session.Code);
        // Moving the clock also wakes the hourly sweep, which may get there first; either way the session is gone.
        time.Advance(TimeSpan.FromDays(2));
        await sweeper.SweepAsync(CancellationToken.None);

        Assert.Equal((0, true), (sweptAt29Days, keptAt29Days));
        Assert.False(await directory.ExistsAsync(session.Code));
    }

    [Fact]
    public async Task A_tablet_that_floods_the_server_is_asked_to_slow_down_and_another_tablet_is_not()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var laptop = _servers.Start(time: time);
        var session = await laptop.CreateSessionAsync();
        var flooder = await _servers.ConnectAsync(laptop);
        var calm = await _servers.ConnectAsync(laptop);
        var flooderSeat = await JoinAsync(flooder, session.Code, "Snelle Jelle");
        var calmSeat = await JoinAsync(calm, session.Code, "Anna");

        var floods = new List<ErrorCode?>();
        for (var i = 0; i < 2 * InvocationBudget.PerWindow; i++)
        {
            floods.Add((await flooder.InvokeAsync<Reply<ParticipantView>>(GameHubContract.Resume, session.Code, flooderSeat.SeatToken)).Error);
        }

        var calmReply = await calm.InvokeAsync<Reply<ParticipantView>>(GameHubContract.Resume, session.Code, calmSeat.SeatToken);
        time.Advance(InvocationBudget.Window);
        var afterAPause = await flooder.InvokeAsync<Reply<ParticipantView>>(GameHubContract.Resume, session.Code, flooderSeat.SeatToken);

        Assert.Contains(ErrorCode.SlowDown, floods);
        Assert.True(floods.Count(e => e is null) <= InvocationBudget.PerWindow);
        Assert.True(calmReply.IsOk);
        Assert.True(afterAPause.IsOk);
    }

    private static async Task<SeatTicket> JoinAsync(HubConnection tablet, string code, string name)
    {
        var info = (await tablet.InvokeAsync<Reply<JoinInfo>>(GameHubContract.GetJoinInfo, code)).Value!;
        var reply = await tablet.InvokeAsync<Reply<SeatTicket>>(GameHubContract.Join, code, new JoinRequest(name, info.Roles[0].Side, info.Roles[0].Id));
        return reply.Value ?? throw new InvalidOperationException($"Join refused: {reply.Error}");
    }

    private static HttpRequestMessage Delete(string code, string hostKey)
    {
        var request = new HttpRequestMessage(HttpMethod.Delete, SessionApi.Session(code));
        request.Headers.Add(SessionApi.HostKeyHeader, hostKey);
        return request;
    }

    private static async Task<HttpResponseMessage> CreateAsync(SpelServerFactory server, string? code)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, SessionApi.Sessions)
        {
            Content = JsonContent.Create(new CreateSessionRequest("wie-heeft-de-regie")),
        };
        if (code is not null)
        {
            request.Headers.Add(SessionApi.FacilitatorCodeHeader, code);
        }

        return await server.CreateClient().SendAsync(request);
    }

    private static async Task<ErrorCode?> ProblemCodeAsync(HttpResponseMessage response)
    {
        var problem = await response.Content.ReadFromJsonAsync<Problem>();
        return Enum.TryParse<ErrorCode>(problem?.Code, out var code) ? code : null;
    }



    private sealed record Problem(string? Code);
}
