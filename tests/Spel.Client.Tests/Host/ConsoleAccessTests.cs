using System.Text.Json;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Spel.Client.Pages.Host;
using Spel.Client.Realtime;
using Spel.Client.Tests.Support;
using Spel.Scenarios.Play;

namespace Spel.Client.Tests.Host;

/// <summary>
/// A second console, coming back with the recovery code, "mijn sessies" and the draft prompt, as the facilitator sees
/// them (issue 10, part "access").
/// </summary>
public sealed class ConsoleAccessTests : ConsoleContext
{
    private static readonly DateTimeOffset Created = new(2026, 11, 30, 19, 30, 0, TimeSpan.Zero);
    private long _version;

    [Fact]
    public void The_main_console_hands_out_a_co_facilitator_link_with_its_qr_code_and_can_revoke_it()
    {
        var link = new ConsoleLinkView("c1", ConsoleRole.CoFacilitator, Created, Revoked: false);
        var url = $"http://192.168.1.20:5000/begeleider/{TestData.Code}#sleutel=geheim";
        _connection.GrantReply = role => Reply<ConsoleLinkCreated>.Ok(new ConsoleLinkCreated(link, url, "<svg></svg>", new ConsoleAccess(ConsoleRole.Main, [link])));
        _connection.RevokeReply = _ => Reply<ConsoleAccess>.Ok(new ConsoleAccess(ConsoleRole.Main, [link with { Revoked = true }]));
        var page = RenderConsole(View(TestData.Round(Phase.Lobby), next: null));

        page.Find("[data-testid=link-new-cofacilitator]").Click();

        page.WaitForAssertion(() => Assert.Equal(url, page.Find("[data-testid=link-url]").GetAttribute("value")));
        Assert.StartsWith("data:image/svg+xml;base64,", page.Find("[data-testid=link-qr]").GetAttribute("src"));
        Assert.Equal("QR-code van de link voor Medebegeleider", page.Find("[data-testid=link-qr]").GetAttribute("alt"));
        Assert.Contains("actief", page.Find("[data-testid=link-state-c1]").TextContent);
        Assert.Single(page.FindAll("[data-testid=tally-files]"));

        page.Find("[data-testid=link-revoke-c1]").Click();

        page.WaitForAssertion(() => Assert.Contains("ingetrokken", page.Find("[data-testid=link-state-c1]").TextContent));
        Assert.Empty(page.FindAll("[data-testid=link-revoke-c1]"));
        Assert.Empty(page.FindAll("[data-testid=link-created]"));
        Assert.Equal(["c1"], _connection.Revoked);
    }

    [Fact]
    public void A_co_facilitator_steers_but_sees_no_links_nor_the_delete_button()
    {
        _connection.AccessReply = () => Reply<ConsoleAccess>.Ok(new ConsoleAccess(ConsoleRole.CoFacilitator, []));
        var page = RenderConsole(View(TestData.Round(Phase.Situatie, TestData.Card()), HostCommand.OpenChoosing));

        page.WaitForAssertion(() => Assert.Contains("medebegeleider", page.Find("[data-testid=console-role]").TextContent));
        Assert.False(page.Find("[data-testid=next-step]").HasAttribute("disabled"));
        Assert.Empty(page.FindAll("[data-testid=console-links]"));
        Assert.Empty(page.FindAll("[data-testid=delete-session]"));
        Assert.Empty(page.FindAll("[data-testid=tally-files]"));
    }

    [Fact]
    public void A_notulist_gets_the_afspraak_form_and_no_round_commands_not_even_from_the_clicker()
    {
        _connection.AccessReply = () => Reply<ConsoleAccess>.Ok(new ConsoleAccess(ConsoleRole.Notulist, []));
        var page = RenderConsole(View(TestData.Round(Phase.Afspraak, TestData.Card()), HostCommand.NextCard));

        page.WaitForAssertion(() => Assert.Contains("notulist", page.Find("[data-testid=console-role]").TextContent));
        page.InvokeAsync(() => page.Instance.KeyPressedAsync(Clicker.Keys.Next));

        Assert.Empty(page.FindAll("[data-testid=next-step]"));
        Assert.Single(page.FindAll("[data-testid=agreement]"));
        Assert.Empty(_connection.Commands);
    }

    [Fact]
    public void A_console_whose_link_is_revoked_says_so_and_stops_showing_the_session()
    {
        _connection.AccessReply = () => Reply<ConsoleAccess>.Ok(new ConsoleAccess(ConsoleRole.CoFacilitator, [], "c1"));
        var page = RenderConsole(View(TestData.Round(Phase.Gesprek, TestData.Card()), HostCommand.Conclude));
        _connection.HostReply = () => Reply<FacilitatorView>.Refused(ErrorCode.LinkRevoked);

        _connection.Revoke(TestData.Code);

        page.WaitForAssertion(() => Assert.Contains("Deze link is ingetrokken", page.Find("[data-testid=error]").TextContent));
        Assert.Empty(page.FindAll("[data-testid=next-step]"));
    }

    [Fact]
    public void A_console_link_moves_its_secret_from_the_address_into_this_browser()
    {
        _storage.Items.Clear();
        var navigation = Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo($"begeleider/{TestData.Code}#sleutel=co-geheim-123");

        var page = RenderConsole(View(TestData.Round(Phase.Lobby), next: null));

        Assert.Equal("co-geheim-123", _storage.Items[StorageKeys.HostKey(TestData.Code)]);
        Assert.DoesNotContain("#", navigation.Uri);
        Assert.Contains($"WatchAsHostAsync({TestData.Code}, co-geheim-123)", _connection.Calls);
        Assert.Single(page.FindAll("[data-testid=link-taken]"));
    }

    [Fact]
    public void The_main_console_keeps_its_own_key_when_a_link_is_opened_in_the_same_browser()
    {
        _storage.Items[StorageKeys.MySessions] = JsonSerializer.Serialize(
            new[] { new KeptSession(TestData.Code, "Wie heeft de regie?", Created, ConsoleRole.Main) }, JsonSerializerOptions.Web);
        Services.GetRequiredService<NavigationManager>().NavigateTo($"begeleider/{TestData.Code}#sleutel=co-geheim-123");

        var page = RenderConsole(View(TestData.Round(Phase.Lobby), next: null));

        Assert.Equal(HostKey, _storage.Items[StorageKeys.HostKey(TestData.Code)]);
        Assert.Single(page.FindAll("[data-testid=link-not-used]"));
    }

    [Fact]
    public void The_recovery_code_is_shown_in_groups_to_write_down_and_can_be_saved_as_a_file()
    {
        _storage.Items[StorageKeys.RecoveryCode(TestData.Code)] = FakeServer.RecoveryCode;
        var page = RenderConsole(View(TestData.Round(Phase.Lobby), next: null));

        var panel = page.WaitForElement("[data-testid=recovery-code]");
        var save = page.Find("[data-testid=recovery-save]");
        var file = Uri.UnescapeDataString(save.GetAttribute("href")!);

        Assert.Contains("Schrijf deze code op", panel.TextContent);
        Assert.Equal("ABCD-EFGH-JKMN-PQRS-TUVW-XYZ2-3456", page.Find("[data-testid=recovery-code-value]").TextContent);
        Assert.Equal($"herstelcode-{TestData.Code}.txt", save.GetAttribute("download"));
        Assert.StartsWith("data:text/plain;charset=utf-8,", file);
        Assert.Contains("Herstelcode: ABCD-EFGH-JKMN-PQRS-TUVW-XYZ2-3456", file);
        Assert.Contains($"/begeleider/{TestData.Code}", file);
        Assert.DoesNotContain(HostKey, file);
    }

    [Fact]
    public void Moving_on_with_an_unsaved_afspraak_asks_once_and_recording_it_then_takes_the_step()
    {
        var afspraak = View(TestData.Round(Phase.Afspraak, TestData.Card()), HostCommand.NextCard);
        _connection.DraftReply = draft => Reply<FacilitatorView>.Ok(afspraak with { Draft = new AgreementDraft(TestData.Card().Id, draft) });
        _connection.CommandReply = command => _connection.Commands.Contains(HostCommand.KeepDraft) || command == HostCommand.KeepDraft
            ? Reply<FacilitatorView>.Ok(afspraak)
            : Reply<FacilitatorView>.Refused(ErrorCode.DraftNotSaved);
        var page = RenderConsole(afspraak);
        page.Find("[data-testid=agreement-kind-openvraag]").Change(true);
        page.Find("[data-testid=agreement-text]").Input("Wie betaalt het onderhoud?");

        page.Find("[data-testid=next-step]").Click();

        var prompt = page.WaitForElement("[data-testid=draft-prompt]");
        Assert.Contains("Er staat een afspraak die nog niet is vastgelegd", prompt.TextContent);
        Assert.Empty(page.FindAll("[data-testid=command-error]"));
        Assert.Equal("Wie betaalt het onderhoud?", _connection.Drafts[^1].Text);

        page.Find("[data-testid=draft-keep]").Click();

        page.WaitForAssertion(() => Assert.Equal([HostCommand.NextCard, HostCommand.KeepDraft, HostCommand.NextCard], _connection.Commands.ToArray()));
        Assert.Empty(page.FindAll("[data-testid=draft-prompt]"));
    }

    [Fact]
    public void The_clicker_asks_about_an_unsaved_afspraak_too_and_throwing_it_away_moves_on()
    {
        var afspraak = View(TestData.Round(Phase.Afspraak, TestData.Card()), HostCommand.NextCard);
        _connection.CommandReply = command => _connection.Commands.Contains(HostCommand.DiscardDraft) || command == HostCommand.DiscardDraft
            ? Reply<FacilitatorView>.Ok(afspraak)
            : Reply<FacilitatorView>.Refused(ErrorCode.DraftNotSaved);
        var page = RenderConsole(afspraak with { Draft = new AgreementDraft(TestData.Card().Id, new Agreement(AgreementKind.OpenVraag, Text: "Wie?")) });

        page.InvokeAsync(() => page.Instance.KeyPressedAsync(Clicker.Keys.Next));
        page.WaitForElement("[data-testid=draft-prompt]");
        page.Find("[data-testid=draft-discard]").Click();

        page.WaitForAssertion(() => Assert.Equal([HostCommand.NextCard, HostCommand.DiscardDraft, HostCommand.NextCard], _connection.Commands.ToArray()));
    }

    [Fact]
    public void Going_back_from_the_prompt_keeps_the_afspraak_and_sends_nothing_more()
    {
        var afspraak = View(TestData.Round(Phase.Afspraak, TestData.Card()), HostCommand.NextCard);
        _connection.CommandReply = _ => Reply<FacilitatorView>.Refused(ErrorCode.DraftNotSaved);
        var page = RenderConsole(afspraak with { Draft = new AgreementDraft(TestData.Card().Id, new Agreement(AgreementKind.OpenVraag, Text: "Wie?")) });

        page.Find("[data-testid=next-step]").Click();
        page.WaitForElement("[data-testid=draft-back]").Click();

        Assert.Empty(page.FindAll("[data-testid=draft-prompt]"));
        Assert.Equal([HostCommand.NextCard], _connection.Commands);
        Assert.Equal("Wie?", page.Find("[data-testid=agreement-text]").GetAttribute("value"));
    }

    [Fact]
    public void An_afspraak_typed_on_another_console_is_shown_here_as_not_yet_recorded()
    {
        var page = RenderConsole(View(TestData.Round(Phase.Afspraak, TestData.Card()), HostCommand.NextCard) with
        {
            Draft = new AgreementDraft(TestData.Card().Id, new Agreement(AgreementKind.Bouwsteen, Text: "Een vast aanspreekpunt")),
        });

        Assert.Contains("Een vast aanspreekpunt", page.Find("[data-testid=draft-elsewhere]").TextContent);
    }

    [Fact]
    public void My_sessions_lists_each_kept_session_with_its_phase_and_one_the_server_lost_can_leave_the_list()
    {
        _storage.Items.Clear();
        _storage.Items[StorageKeys.MySessions] = JsonSerializer.Serialize(
            new[]
            {
                new KeptSession("ABCDEFG", "Wie heeft de regie?", Created, ConsoleRole.Main),
                new KeptSession("HJKMNPQ", "Dorpsbelangen nieuwe stijl", Created.AddDays(-1), ConsoleRole.Notulist),
            },
            JsonSerializerOptions.Web);
        _storage.Items[StorageKeys.HostKey("ABCDEFG")] = HostKey;
        _storage.Items[StorageKeys.HostKey("HJKMNPQ")] = "notulist-geheim";
        _connection.JoinInfoFor = code => code == "ABCDEFG"
            ? Reply<JoinInfo>.Ok(TestData.JoinInfo() with { Phase = Phase.Debrief })
            : Reply<JoinInfo>.Refused(ErrorCode.SessionNotFound);

        var list = Render<MySessions>();

        list.WaitForAssertion(() => Assert.Contains("Niet meer op de server", list.Find("[data-testid=my-session-HJKMNPQ]").TextContent));
        var kept = list.Find("[data-testid=my-session-ABCDEFG]");
        Assert.Contains("Wie heeft de regie?", kept.TextContent);
        Assert.Equal("Nabespreking", kept.QuerySelector("[data-testid=my-session-phase]")!.TextContent);
        Assert.Equal("begeleider/ABCDEFG", list.Find("[data-testid=my-session-open-ABCDEFG]").GetAttribute("href"));
        Assert.Equal("begeleider/ABCDEFG/debrief", list.Find("[data-testid=my-session-debrief-ABCDEFG]").GetAttribute("href"));
        Assert.Single(kept.QuerySelectorAll("[data-testid=delete-ask]"));

        list.Find("[data-testid=my-session-remove-HJKMNPQ]").Click();

        list.WaitForAssertion(() => Assert.Empty(list.FindAll("[data-testid=my-session-HJKMNPQ]")));
        Assert.False(_storage.Items.ContainsKey(StorageKeys.HostKey("HJKMNPQ")));
        Assert.DoesNotContain("HJKMNPQ", _storage.Items[StorageKeys.MySessions]);
    }

    [Fact]
    public void A_session_deleted_from_my_sessions_leaves_the_list_and_this_browser()
    {
        _storage.Items[StorageKeys.MySessions] = JsonSerializer.Serialize(
            new[] { new KeptSession(TestData.Code, "Wie heeft de regie?", Created, ConsoleRole.Main) }, JsonSerializerOptions.Web);
        _connection.JoinInfoReply = () => Reply<JoinInfo>.Ok(TestData.JoinInfo());
        var list = Render<MySessions>();

        list.WaitForElement("[data-testid=delete-ask]").Click();
        list.Find("[data-testid=delete-confirm]").Click();

        list.WaitForAssertion(() => Assert.Empty(list.FindAll("[data-testid=my-sessions]")));
        Assert.Equal([(TestData.Code, (string?)HostKey)], _server.Deleted);
        Assert.False(_storage.Items.ContainsKey(StorageKeys.HostKey(TestData.Code)));
    }

    [Fact]
    public void Before_the_page_runs_in_the_browser_the_recovery_form_takes_no_typing_that_it_would_lose()
    {
        SetRendererInfo(new RendererInfo("Static", isInteractive: false));

        var page = Render<Recover>();

        Assert.True(page.Find("[data-testid=recover-code]").HasAttribute("disabled"));
        Assert.True(page.Find("[data-testid=recover-recovery-code]").HasAttribute("disabled"));
        Assert.True(page.Find("[data-testid=recover-submit]").HasAttribute("disabled"));
    }

    [Fact]
    public void A_wrong_recovery_code_is_refused_in_dutch_and_the_right_one_opens_the_console()
    {
        SetRendererInfo(new RendererInfo("WebAssembly", isInteractive: true));
        _storage.Items.Clear();
        _connection.RecoverReply = (code, typed) => RecoveryCodes.Normalize(typed) == FakeServer.RecoveryCode
            ? Reply<ConsoleRecovered>.Ok(new ConsoleRecovered(code, "nieuwe-sleutel", "Wie heeft de regie?"))
            : Reply<ConsoleRecovered>.Refused(ErrorCode.WrongRecoveryCode);
        var page = Render<Recover>();

        page.Find("[data-testid=recover-code]").Input("abc defg");
        page.Find("[data-testid=recover-recovery-code]").Input("AAAA-BBBB");
        page.Find("form").Submit();
        page.WaitForAssertion(() => Assert.Contains("herstelcode hoort niet bij dit spel", page.Find("[data-testid=recover-error]").TextContent));

        page.Find("[data-testid=recover-recovery-code]").Input("abcd efgh jkmn pqrs tuvw xyz2 3456");
        page.Find("form").Submit();

        page.WaitForAssertion(() => Assert.EndsWith("/begeleider/ABCDEFG", Services.GetRequiredService<NavigationManager>().Uri));
        Assert.Equal("nieuwe-sleutel", _storage.Items[StorageKeys.HostKey("ABCDEFG")]);
        Assert.Contains("ABCDEFG", _storage.Items[StorageKeys.MySessions]);
    }

    private FacilitatorView View(RoundView round, HostCommand? next) =>
        new(++_version, round, [], next, Reveal: null, Debrief: null);
}
