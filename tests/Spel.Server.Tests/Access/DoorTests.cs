using System.Net;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.Time.Testing;
using Orleans.Runtime;
using Spel.Scenarios.Play;
using Spel.Server.Sessions;
using Spel.Server.Tests.Support;

namespace Spel.Server.Tests.Access;

/// <summary>
/// One door for every entry that takes a join code: a whole hall behind one address gets in, a guesser is stopped
/// whichever door they try, and a code that names no session wakes no grain.
/// </summary>
public sealed class DoorTests : IAsyncLifetime
{
    private const int Guesses = 30;

    private const string FacilitatorCode = "begeleiders-van-de-provincie-2026";

    private readonly TestServers _servers = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _servers.DisposeAsync();

    [Fact]
    public async Task Forty_tablets_behind_one_address_all_join_in_the_first_minute_even_with_a_few_typos()
    {
        var server = _servers.Start(new IPAddress([192, 168, 1, 1]), new() { ["Spel:FacilitatorCodes:0"] = FacilitatorCode });
        var session = await server.CreateSessionAsync();
        var typist = await _servers.ConnectAsync(server);
        for (var typo = 0; typo < 5; typo++)
        {
            Assert.Equal(ErrorCode.SessionNotFound, (await typist.InvokeAsync<Reply<JoinInfo>>(GameHubContract.GetJoinInfo, JoinCode.NewCode())).Error);
        }

        var joined = 0;
        for (var tablet = 1; tablet <= 40; tablet++)
        {
            var connection = await _servers.ConnectAsync(server);
            var info = await connection.InvokeAsync<Reply<JoinInfo>>(GameHubContract.GetJoinInfo, session.Code);
            var role = info.Value!.Roles[tablet % info.Value.Roles.Count];
            var ticket = await connection.InvokeAsync<Reply<SeatTicket>>(
                GameHubContract.Join, session.Code, new JoinRequest($"Deelnemer {tablet}", role.Side, role.Id));
            joined += info.IsOk && ticket.IsOk ? 1 : 0;
        }

        Assert.Equal(40, joined);
    }

    [Fact]
    public async Task A_guesser_is_stopped_after_thirty_misses_at_any_door_and_then_even_a_real_code_is_refused()
    {
        var server = _servers.Start(settings: new() { ["Spel:GuessesPerMinute"] = Guesses.ToString() });
        var session = await server.CreateSessionAsync();
        var guesser = await _servers.ConnectAsync(server);
        var http = server.CreateClient();

        for (var miss = 0; miss < Guesses; miss++)
        {
            var error = (miss % 5) switch
            {
                0 => (await guesser.InvokeAsync<Reply<JoinInfo>>(GameHubContract.GetJoinInfo, JoinCode.NewCode())).Error,
                1 => (await guesser.InvokeAsync<Reply<ProjectorView>>(GameHubContract.WatchProjector, JoinCode.NewCode())).Error,
                2 => (await guesser.InvokeAsync<Reply<ParticipantView>>(GameHubContract.Resume, session.Code, "vervalst-token-123456")).Error,
                3 => (await guesser.InvokeAsync<Reply<FacilitatorView>>(GameHubContract.WatchAsHost, session.Code, "geraden-sleutel-12345")).Error,
                _ => await ProblemCodeAsync(await http.SendAsync(WithHostKey(HttpMethod.Get, DebriefDownloads.Path(session.Code, DebriefDownloads.Csv), "geraden"))),
            };
            Assert.True(Spel.Server.Access.SessionDoor.IsMiss(error), $"miss {miss}: {error}");
        }

        var projector = await guesser.InvokeAsync<Reply<ProjectorView>>(GameHubContract.WatchProjector, session.Code);
        var qr = await http.GetAsync($"/api/sessions/{session.Code}/qr.svg");

        Assert.Equal(ErrorCode.TooManyAttempts, projector.Error);
        Assert.Equal(HttpStatusCode.TooManyRequests, qr.StatusCode);
    }

    [Fact]
    public async Task A_minute_later_a_stopped_address_may_try_again()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var server = _servers.Start(settings: new() { ["Spel:GuessesPerMinute"] = "3" }, time: time);
        var session = await server.CreateSessionAsync();
        var tablet = await _servers.ConnectAsync(server);
        for (var miss = 0; miss < 3; miss++)
        {
            await tablet.InvokeAsync<Reply<JoinInfo>>(GameHubContract.GetJoinInfo, JoinCode.NewCode());
        }

        var stopped = await tablet.InvokeAsync<Reply<JoinInfo>>(GameHubContract.GetJoinInfo, session.Code);
        time.Advance(TimeSpan.FromMinutes(1));
        var later = await tablet.InvokeAsync<Reply<JoinInfo>>(GameHubContract.GetJoinInfo, session.Code);

        Assert.Equal(ErrorCode.TooManyAttempts, stopped.Error);
        Assert.True(later.IsOk);
    }

    [Fact]
    public async Task Looking_up_codes_that_name_no_session_activates_no_grain()
    {
        var server = _servers.Start(settings: new() { ["Spel:GuessesPerMinute"] = "1000" });
        var session = await server.CreateSessionAsync();
        var tablet = await _servers.ConnectAsync(server);
        var before = await SessionActivationsAsync(server);

        var guesser = tablet;
        for (var lookUp = 0; lookUp < 200; lookUp++)
        {
            guesser = lookUp % 25 == 0 ? await _servers.ConnectAsync(server) : guesser;
            Assert.Equal(ErrorCode.SessionNotFound, (await guesser.InvokeAsync<Reply<JoinInfo>>(GameHubContract.GetJoinInfo, JoinCode.NewCode())).Error);
        }

        Assert.True((await tablet.InvokeAsync<Reply<JoinInfo>>(GameHubContract.GetJoinInfo, session.Code)).IsOk);
        Assert.Equal(before, await SessionActivationsAsync(server));
    }

    [Fact]
    public async Task Behind_a_known_proxy_each_visitor_counts_apart_and_a_header_from_anyone_else_is_ignored()
    {
        var proxy = new IPAddress([10, 0, 0, 5]);
        var behindProxy = _servers.Start(proxy, new() { ["Spel:GuessesPerMinute"] = "3", ["Spel:KnownProxies:0"] = "10.0.0.0/24" });
        var notAProxy = _servers.Start(new IPAddress([198, 51, 100, 7]), new() { ["Spel:GuessesPerMinute"] = "3", ["Spel:KnownProxies:0"] = "10.0.0.0/24" });

        Assert.Equal(HttpStatusCode.TooManyRequests, await GuessFromAsync(behindProxy, "203.0.113.9", times: 4));
        Assert.Equal(HttpStatusCode.NotFound, await GuessFromAsync(behindProxy, "203.0.113.10", times: 1));
        Assert.Equal(HttpStatusCode.NotFound, await GuessFromAsync(notAProxy, "203.0.113.11", times: 3));
        Assert.Equal(HttpStatusCode.TooManyRequests, await GuessFromAsync(notAProxy, "203.0.113.12", times: 1));
    }

    private static async Task<HttpStatusCode> GuessFromAsync(SpelServerFactory server, string forwardedFor, int times)
    {
        var http = server.CreateClient();
        var status = HttpStatusCode.OK;
        for (var guess = 0; guess < times; guess++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/sessions/{JoinCode.NewCode()}/join-link");
            request.Headers.Add("X-Forwarded-For", forwardedFor);
            status = (await http.SendAsync(request)).StatusCode;
        }

        return status;
    }

    private static HttpRequestMessage WithHostKey(HttpMethod method, string path, string hostKey)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Add(DebriefDownloads.HostKeyHeader, hostKey);
        return request;
    }

    private static async Task<ErrorCode?> ProblemCodeAsync(HttpResponseMessage response)
    {
        var problem = await response.Content.ReadFromJsonAsync<Problem>();
        return Enum.TryParse<ErrorCode>(problem?.Code, out var code) ? code : null;
    }

    private static async Task<int> SessionActivationsAsync(SpelServerFactory server)
    {
        var management = server.Services.GetRequiredService<IGrainFactory>().GetGrain<IManagementGrain>(0);
        var statistics = await management.GetSimpleGrainStatistics();
        return statistics.Where(s => s.GrainType.Contains(nameof(SessionGrain), StringComparison.Ordinal)).Sum(s => s.ActivationCount);
    }



    private sealed record Problem(string? Code);
}
