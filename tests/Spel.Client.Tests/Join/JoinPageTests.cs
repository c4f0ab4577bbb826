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
        Assert.Equal("Kies eerst je rol.", Why(page));

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

    [Fact]
    public void An_empty_name_disables_Meedoen_and_says_so_beside_it()
    {
        _connection.JoinInfoReply = () => Reply<JoinInfo>.Ok(TestData.JoinInfo(SeatKind.Person));
        var page = RenderJoin();
        page.WaitForElement("[data-testid=name-input]").Input("   ");
        page.Find("[data-testid=side-Dorpsbelangen]").Click();
        page.Find("[data-testid=role-initiatiefnemer]").Click();

        Assert.True(page.Find("[data-testid=join-submit]").HasAttribute("disabled"));
        Assert.Equal("Vul eerst je naam in.", Why(page));

        page.Find("[data-testid=name-input]").Input("Anna");

        Assert.False(page.Find("[data-testid=join-submit]").HasAttribute("disabled"));
        Assert.Null(page.Find("[data-testid=join-submit]").GetAttribute("aria-describedby"));
        Assert.Empty(page.FindAll("[data-testid=join-why]"));
    }

    [Fact]
    public void Meedoen_says_what_is_missing_first_a_side_before_a_role()
    {
        _connection.JoinInfoReply = () => Reply<JoinInfo>.Ok(TestData.JoinInfo(SeatKind.Table));
        var page = RenderJoin();
        page.WaitForElement("[data-testid=table-name]").Input("Tafel 3");

        Assert.Equal("Kies eerst aan welke kant jullie tafel zit.", Why(page));
    }

    [Fact]
    public void The_name_field_counts_the_characters_against_the_limit()
    {
        _connection.JoinInfoReply = () => Reply<JoinInfo>.Ok(TestData.JoinInfo(SeatKind.Person));
        var page = RenderJoin();
        var name = page.WaitForElement("[data-testid=name-input]");

        name.Input("Anna");

        Assert.Equal($"4 van de {Limits.NameLength} tekens", page.Find("[data-testid=name-count]").TextContent.Trim());
        Assert.Equal("name-count", page.Find("[data-testid=name-input]").GetAttribute("aria-describedby"));
    }

    [Fact]
    public void A_name_that_is_too_long_is_not_cut_silently_it_is_shown_too_long_and_Meedoen_says_why()
    {
        _connection.JoinInfoReply = () => Reply<JoinInfo>.Ok(TestData.JoinInfo(SeatKind.Person));
        var page = RenderJoin();
        page.WaitForElement("[data-testid=name-input]").Input(new string('a', 200));
        page.Find("[data-testid=side-Dorpsbelangen]").Click();
        page.Find("[data-testid=role-initiatiefnemer]").Click();

        Assert.Equal(new string('a', 200), page.Find("[data-testid=name-input]").GetAttribute("value"));
        Assert.Null(page.Find("[data-testid=name-input]").GetAttribute("maxlength"));
        Assert.Equal("true", page.Find("[data-testid=name-input]").GetAttribute("aria-invalid"));
        Assert.Equal(
            $"Je naam is 200 tekens lang; er passen er {Limits.NameLength}. Maak hem korter.",
            page.Find("[data-testid=name-count]").TextContent.Trim());
        Assert.True(page.Find("[data-testid=join-submit]").HasAttribute("disabled"));
        Assert.Equal($"Maak de naam eerst korter: hooguit {Limits.NameLength} tekens.", Why(page));

        page.Find("form").Submit();
        Assert.Empty(_connection.JoinRequests);

        page.Find("[data-testid=name-input]").Input(new string('a', Limits.NameLength));
        page.Find("form").Submit();
        Assert.Equal([new JoinRequest(new string('a', Limits.NameLength), Side.Dorpsbelangen, "initiatiefnemer")], _connection.JoinRequests);
    }

    [Fact]
    public void An_empty_code_disables_Verder_and_says_so()
    {
        var page = Render<Spel.Client.Pages.Join.Join>();

        var submit = page.Find("[data-testid=code-submit]");
        Assert.True(submit.HasAttribute("disabled"));
        Assert.Equal("Vul eerst de code in die op het grote scherm staat.", page.Find($"#{submit.GetAttribute("aria-describedby")}").TextContent);

        page.Find("[data-testid=code-input]").Input("abc defg");

        Assert.False(page.Find("[data-testid=code-submit]").HasAttribute("disabled"));
        Assert.Empty(page.FindAll("[data-testid=code-why]"));
    }

    /// <summary>The words the disabled Meedoen points to with aria-describedby.</summary>
    private static string Why(IRenderedComponent<Spel.Client.Pages.Join.Join> page) =>
        page.Find($"#{page.Find("[data-testid=join-submit]").GetAttribute("aria-describedby")}").TextContent;

    [Fact]
    public void A_tablet_whose_seat_was_removed_is_told_so_and_asked_once_to_join_again()
    {
        _connection.JoinInfoReply = () => Reply<JoinInfo>.Ok(TestData.JoinInfo(SeatKind.Person));

        var navigation = Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo(navigation.GetUriWithQueryParameter("fout", nameof(ErrorCode.SeatRemoved)));
        var page = RenderJoin();

        Assert.Equal("Je plek is verwijderd door de begeleider. Meld je opnieuw aan.", page.Find("[data-testid=sent-back]").TextContent.Trim());
    }

    [Fact]
    public void Where_a_side_is_picked_each_side_is_explained_in_one_plain_line()
    {
        _connection.JoinInfoReply = () => Reply<JoinInfo>.Ok(TestData.JoinInfo(SeatKind.Person));
        var page = RenderJoin();

        var gemeente = page.WaitForElement("[data-testid=side-explained-Gemeente]");
        var dorpsbelangen = page.Find("[data-testid=side-explained-Dorpsbelangen]");

        Assert.StartsWith("Gemeente: het gemeentebestuur en zijn ambtenaren", gemeente.TextContent);
        Assert.StartsWith("Dorpsbelangen: de vereniging van bewoners", dorpsbelangen.TextContent);
        Assert.Equal("side-explained-Gemeente", page.Find("[data-testid=side-Gemeente]").GetAttribute("aria-describedby"));
    }

    // On a phone the roles come below the sides: once a side is chosen they take the explanations' room.
    [Fact]
    public void Once_a_side_is_chosen_its_roles_take_the_place_of_the_explanations()
    {
        _connection.JoinInfoReply = () => Reply<JoinInfo>.Ok(TestData.JoinInfo(SeatKind.Person));
        var page = RenderJoin();

        page.WaitForElement("[data-testid=side-Dorpsbelangen]").Click();

        Assert.Empty(page.FindAll("[data-testid^=side-explained-]"));
        Assert.Null(page.Find("[data-testid=side-Dorpsbelangen]").GetAttribute("aria-describedby"));
        Assert.NotEmpty(page.FindAll("[data-testid^=role-]"));
    }

    [Fact]
    public void In_english_the_side_lines_explain_the_dutch_words_the_room_will_hear()
    {
        System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.GetCultureInfo("en");
        _connection.JoinInfoReply = () => Reply<JoinInfo>.Ok(TestData.JoinInfo(SeatKind.Table));
        var page = RenderJoin();

        var lines = page.WaitForElement("[data-testid=sides-explained]").QuerySelectorAll("li").Select(li => li.TextContent).ToList();

        Assert.Equal(
            [
                "“Gemeente” is Dutch for the municipality: the council, the aldermen and the officials.",
                "“Dorpsbelangen” is Dutch for the village association: residents who speak up together for their village, and the residents and volunteers around it.",
            ],
            lines);
    }

    private IRenderedComponent<Spel.Client.Pages.Join.Join> RenderJoin() =>
        Render<Spel.Client.Pages.Join.Join>(p => p.Add(c => c.Code, TestData.Code));
}
