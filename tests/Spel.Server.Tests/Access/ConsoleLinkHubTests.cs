using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.SignalR.Client;
using Spel.Scenarios.Play;
using Spel.Server.Tests.Support;

namespace Spel.Server.Tests.Access;

/// <summary>Second consoles and the recovery code over the hub, as the console and the start page use them.</summary>
public sealed class ConsoleLinkHubTests : IAsyncLifetime
{
    private readonly TestServers _servers = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _servers.DisposeAsync();

    [Fact]
    public async Task A_console_link_carries_its_secret_only_in_the_fragment_and_opens_a_console_on_another_device()
    {
        var server = _servers.Start();
        var session = await server.CreateSessionAsync();
        var host = await _servers.ConnectAsync(server);
        var phone = await _servers.ConnectAsync(server);

        var created = (await host.InvokeAsync<Reply<ConsoleLinkCreated>>(GameHubContract.GrantConsole, session.Code, session.HostKey, ConsoleRole.CoFacilitator)).Value!;
        var url = new Uri(created.Url);
        var secret = ConsoleLinks.SecretIn(url.Fragment)!;
        var watched = await phone.InvokeAsync<Reply<FacilitatorView>>(GameHubContract.WatchAsHost, session.Code, secret);
        var access = await phone.InvokeAsync<Reply<ConsoleAccess>>(GameHubContract.GetConsoleAccess, session.Code, secret);

        Assert.Equal($"/begeleider/{session.Code}", url.AbsolutePath);
        Assert.Empty(url.Query);
        Assert.DoesNotContain(secret, url.GetLeftPart(UriPartial.Query));
        Assert.Contains("<svg", created.QrSvg);
        Assert.True(watched.IsOk);
        Assert.Equal(ConsoleRole.CoFacilitator, access.Value!.Role);
        Assert.Equal([created.Link], created.Access.Links);
    }

    [Fact]
    public async Task A_revoked_link_is_refused_over_the_hub_with_its_own_error()
    {
        var server = _servers.Start();
        var session = await server.CreateSessionAsync();
        var host = await _servers.ConnectAsync(server);
        var phone = await _servers.ConnectAsync(server);
        var created = (await host.InvokeAsync<Reply<ConsoleLinkCreated>>(GameHubContract.GrantConsole, session.Code, session.HostKey, ConsoleRole.Notulist)).Value!;
        var secret = ConsoleLinks.SecretIn(new Uri(created.Url).Fragment)!;

        var revoked = await host.InvokeAsync<Reply<ConsoleAccess>>(GameHubContract.RevokeConsole, session.Code, session.HostKey, created.Link.Id);
        var watch = await phone.InvokeAsync<Reply<FacilitatorView>>(GameHubContract.WatchAsHost, session.Code, secret);

        Assert.True(revoked.Value!.Links.Single().Revoked);
        Assert.Equal(ErrorCode.LinkRevoked, watch.Error);
    }

    [Fact]
    public async Task Revoking_a_link_takes_its_open_console_off_the_session_pushes_at_once()
    {
        var server = _servers.Start();
        var session = await server.CreateSessionAsync();
        var host = await _servers.ConnectAsync(server);
        var phone = await _servers.ConnectAsync(server);
        var tablet = await _servers.ConnectAsync(server);
        var created = (await host.InvokeAsync<Reply<ConsoleLinkCreated>>(GameHubContract.GrantConsole, session.Code, session.HostKey, ConsoleRole.CoFacilitator)).Value!;
        var secret = ConsoleLinks.SecretIn(new Uri(created.Url).Fragment)!;
        var told = new Pushes<string>(phone, GameHubContract.ConsoleRevoked);
        var phoneViews = new Pushes<JsonElement>(phone, GameHubContract.FacilitatorUpdated);
        var hostViews = new Pushes<JsonElement>(host, GameHubContract.FacilitatorUpdated);
        await host.InvokeAsync<Reply<FacilitatorView>>(GameHubContract.WatchAsHost, session.Code, session.HostKey);
        await phone.InvokeAsync<Reply<FacilitatorView>>(GameHubContract.WatchAsHost, session.Code, secret);

        await host.InvokeAsync<Reply<ConsoleAccess>>(GameHubContract.RevokeConsole, session.Code, session.HostKey, created.Link.Id);
        await told.WaitFor(code => code == session.Code);
        var role = (await tablet.InvokeAsync<Reply<JoinInfo>>(GameHubContract.GetJoinInfo, session.Code)).Value!.Roles[0];
        await tablet.InvokeAsync<Reply<SeatTicket>>(GameHubContract.Join, session.Code, new JoinRequest("Anna", role.Side, role.Id));

        // The host hears the join: had the phone still been on the session's pushes, it would have heard it first.
        await hostViews.WaitFor(push => SeatCount(push) == 1);
        Assert.DoesNotContain(phoneViews.Received, push => SeatCount(push) == 1);
    }

    [Fact]
    public async Task A_co_facilitator_link_cannot_delete_the_session_over_http()
    {
        var server = _servers.Start();
        var session = await server.CreateSessionAsync();
        var host = await _servers.ConnectAsync(server);
        var created = (await host.InvokeAsync<Reply<ConsoleLinkCreated>>(GameHubContract.GrantConsole, session.Code, session.HostKey, ConsoleRole.CoFacilitator)).Value!;
        using var delete = new HttpRequestMessage(HttpMethod.Delete, SessionApi.Session(session.Code));
        delete.Headers.Add(SessionApi.HostKeyHeader, ConsoleLinks.SecretIn(new Uri(created.Url).Fragment));

        var refused = await server.CreateClient().SendAsync(delete);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        var stillThere = await host.InvokeAsync<Reply<JoinInfo>>(GameHubContract.GetJoinInfo, session.Code);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(nameof(ErrorCode.MainConsoleOnly), problem.GetProperty("code").GetString());
        Assert.True(stillThere.IsOk);
    }

    private static int SeatCount(JsonElement push) => push.GetProperty("view").GetProperty("seats").GetArrayLength();

    [Fact]
    public async Task A_wrong_recovery_code_counts_as_a_guess_and_a_stopped_address_is_refused_even_the_right_one()
    {
        var server = _servers.Start(settings: new() { ["Spel:GuessesPerMinute"] = "3" });
        var session = await server.CreateSessionAsync();
        var guesser = await _servers.ConnectAsync(server);
        var wrong = new string('A', RecoveryCodes.Length);

        var misses = new List<ErrorCode?>();
        for (var guess = 0; guess < 3; guess++)
        {
            misses.Add((await guesser.InvokeAsync<Reply<ConsoleRecovered>>(GameHubContract.Recover, session.Code, wrong)).Error);
        }

        var right = await guesser.InvokeAsync<Reply<ConsoleRecovered>>(GameHubContract.Recover, session.Code, session.RecoveryCode);

        Assert.Equal([ErrorCode.WrongRecoveryCode, ErrorCode.WrongRecoveryCode, ErrorCode.WrongRecoveryCode], misses);
        Assert.Equal(ErrorCode.TooManyAttempts, right.Error);
    }

    [Fact]
    public async Task The_recovery_code_from_creation_gives_a_fresh_browser_the_main_console()
    {
        var server = _servers.Start();
        var session = await server.CreateSessionAsync();
        var fresh = await _servers.ConnectAsync(server);

        var recovered = (await fresh.InvokeAsync<Reply<ConsoleRecovered>>(GameHubContract.Recover, session.Code, RecoveryCodes.Display(session.RecoveryCode!))).Value!;
        var watched = await fresh.InvokeAsync<Reply<FacilitatorView>>(GameHubContract.WatchAsHost, session.Code, recovered.ConsoleKey);
        var access = await fresh.InvokeAsync<Reply<ConsoleAccess>>(GameHubContract.GetConsoleAccess, session.Code, recovered.ConsoleKey);

        Assert.Equal(RecoveryCodes.Length, session.RecoveryCode!.Length);
        Assert.True(watched.IsOk);
        Assert.Equal(ConsoleRole.Main, access.Value!.Role);
    }
}
