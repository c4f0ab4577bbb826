using Bunit;
using Bunit.TestDoubles;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using Microsoft.Extensions.DependencyInjection;
using Spel.Client.Realtime;
using Spel.Client.Tests.Support;
using Spel.Scenarios.Decks;
using Spel.Scenarios.Play;

namespace Spel.Client.Tests.Join;

public sealed class JoinPageTests : DutchContext
{
    private readonly FakeGameConnection _connection = new();
    private readonly FakeBrowserStorage _storage = new();

    public JoinPageTests()
    {
        Services.AddSingleton<IGameConnection>(_connection);
        Services.AddSingleton<IBrowserStorage>(_storage);
        SetRendererInfo(new RendererInfo("WebAssembly", isInteractive: true));
        _connection.JoinReply = _ => Reply<SeatTicket>.Ok(new SeatTicket("seat-token-1", TestData.Participant(1, Phase.Lobby)));
    }

    [Fact]
    public void A_table_joins_with_a_name_and_a_side_and_sends_no_role()
    {
        _connection.JoinInfoReply = () => Reply<JoinInfo>.Ok(TestData.JoinInfo(SeatKind.Table));
        var page = RenderJoin();
        var name = page.WaitForElement("[data-testid=table-name]");

        name.Input("Tafel 3");
        page.Find("[data-testid=side-Gemeente]").Click();

        Assert.Empty(page.FindAll("[data-testid^=role-]"));
        Assert.False(page.Find("[data-testid=join-submit]").HasAttribute("disabled"));
        page.Find("form").Submit();

        Assert.Equal([new JoinRequest("Tafel 3", Side.Gemeente, RoleId: null)], _connection.JoinRequests);
        Assert.Equal("seat-token-1", _storage.Items[StorageKeys.SeatToken(TestData.Code)]);
        Assert.EndsWith($"spel/{TestData.Code}", Services.GetRequiredService<NavigationManager>().Uri);
    }

    [Fact]
    public void A_table_is_told_that_it_shares_one_tablet()
    {
        _connection.JoinInfoReply = () => Reply<JoinInfo>.Ok(TestData.JoinInfo(SeatKind.Table));

        var page = RenderJoin();

        page.WaitForAssertion(() => Assert.Contains("deelt elke tafel één tablet", page.Find("[data-testid=table-explained]").TextContent));
        Assert.Contains("Naam van jullie tafel", page.Find("label[for=join-name]").TextContent);
        Assert.Empty(page.FindAll("[data-testid=name-input]"));
    }

    [Fact]
    public void A_person_still_needs_a_role_on_their_side_before_joining()
    {
        _connection.JoinInfoReply = () => Reply<JoinInfo>.Ok(TestData.JoinInfo(SeatKind.Person));
        var page = RenderJoin();
        page.WaitForElement("[data-testid=name-input]").Input("Anna");
        page.Find("[data-testid=side-Dorpsbelangen]").Click();

        Assert.Empty(page.FindAll("[data-testid=table-name]"));
        Assert.True(page.Find("[data-testid=join-submit]").HasAttribute("disabled"));

        page.Find("[data-testid=role-initiatiefnemer]").Click();
        page.Find("form").Submit();

        Assert.Equal([new JoinRequest("Anna", Side.Dorpsbelangen, "initiatiefnemer")], _connection.JoinRequests);
    }

    [Fact]
    public void A_browser_with_a_seat_in_this_session_goes_straight_back_to_it_from_the_join_link()
    {
        _storage.Items[StorageKeys.SeatToken(TestData.Code)] = "seat-token-1";
        var navigation = Services.GetRequiredService<BunitNavigationManager>();

        var page = RenderJoin();

        page.WaitForAssertion(() => Assert.EndsWith($"spel/{TestData.Code}", navigation.Uri));
        Assert.True(navigation.History.First().Options.ReplaceHistoryEntry, "Back must not lead to the join form again");
        Assert.Empty(page.FindAll("[data-testid=join-submit]"));
        Assert.Empty(_connection.Calls);
    }

    [Fact]
    public void Typing_the_code_of_a_session_this_browser_has_a_seat_in_leads_back_to_that_seat()
    {
        _storage.Items[StorageKeys.SeatToken(TestData.Code)] = "seat-token-1";
        var page = Render<Spel.Client.Pages.Join.Join>();

        page.Find("[data-testid=code-input]").Input("abc defg");
        page.Find("form").Submit();

        Assert.EndsWith($"spel/{TestData.Code}", Services.GetRequiredService<NavigationManager>().Uri);
        Assert.Empty(_connection.JoinRequests);
    }

    [Fact]
    public void Joining_replaces_the_join_page_in_the_history_so_Back_does_not_offer_a_second_seat()
    {
        _connection.JoinInfoReply = () => Reply<JoinInfo>.Ok(TestData.JoinInfo(SeatKind.Table));
        var page = RenderJoin();
        page.WaitForElement("[data-testid=table-name]").Input("Tafel 3");
        page.Find("[data-testid=side-Gemeente]").Click();

        page.Find("form").Submit();

        var navigation = Services.GetRequiredService<BunitNavigationManager>();
        Assert.EndsWith($"spel/{TestData.Code}", navigation.Uri);
        Assert.True(navigation.History.First().Options.ReplaceHistoryEntry);
    }

    [Fact]
    public void A_server_error_while_joining_is_shown_and_the_form_stays_for_another_try()
    {
        var failed = false;
        _connection.JoinReply = _ => !failed && (failed = true)
            ? throw new JSException("server: An unexpected error occurred invoking 'Join' on the server.")
            : Reply<SeatTicket>.Ok(new SeatTicket("seat-token-1", TestData.Participant(1, Phase.Lobby)));
        _connection.JoinInfoReply = () => Reply<JoinInfo>.Ok(TestData.JoinInfo(SeatKind.Table));
        var page = RenderJoin();
        page.WaitForElement("[data-testid=table-name]").Input("Tafel 3");
        page.Find("[data-testid=side-Gemeente]").Click();

        page.Find("form").Submit();

        Assert.Equal("Er ging iets mis op de server. Probeer het nog eens; wat al bewaard was, blijft bewaard.", page.Find("[data-testid=error]").TextContent);
        Assert.Equal("Tafel 3", page.Find("[data-testid=table-name]").GetAttribute("value"));
        Assert.Empty(_storage.Items);

        page.Find("form").Submit();

        Assert.Equal("seat-token-1", _storage.Items[StorageKeys.SeatToken(TestData.Code)]);
        Assert.EndsWith($"spel/{TestData.Code}", Services.GetRequiredService<NavigationManager>().Uri);
    }

    private IRenderedComponent<Spel.Client.Pages.Join.Join> RenderJoin() =>
        Render<Spel.Client.Pages.Join.Join>(p => p.Add(c => c.Code, TestData.Code));
}
