using Bunit;
using Spel.Client.Tests.Support;
using Spel.Scenarios.Decks;
using Spel.Scenarios.Play;

namespace Spel.Client.Tests.Host;

/// <summary>Issue 10, seats: the console's seat list shows who is connected and who is busy, and corrects seats.</summary>
public sealed class SeatListTests : ConsoleContext
{
    private static readonly SeatStatus Anna = new("seat-1", "Anna", Side.Dorpsbelangen, "Bestuurslid", SeatKind.Person, HasAnswered: true, IsConnected: true)
    {
        RoleId = "bestuurslid",
    };

    private static readonly SeatStatus Henk = new("seat-2", "Henk", Side.Gemeente, "Wethouder", SeatKind.Person, HasAnswered: false, IsConnected: false)
    {
        RoleId = "wethouder",
    };

    private static readonly IReadOnlyList<RoleView> Roles =
    [
        new("wethouder", "Wethouder", Side.Gemeente),
        new("ambtenaar", "Beleidsambtenaar", Side.Gemeente),
        new("bestuurslid", "Bestuurslid", Side.Dorpsbelangen),
    ];

    private long _version;

    [Fact]
    public void Each_seat_says_in_words_whether_its_tablet_is_connected_and_the_list_names_who_has_not_answered()
    {
        var page = RenderConsole(View(Phase.Kiezen, Anna, Henk));

        Assert.Contains("● verbonden", page.Find("[data-testid=seat-seat-1] [data-testid=seat-connection]").TextContent);
        Assert.Contains("○ niet verbonden", page.Find("[data-testid=seat-seat-2] [data-testid=seat-connection]").TextContent);
        Assert.Equal("Nog niet klaar: Henk", page.Find("[data-testid=seats-waiting]").TextContent);
        Assert.Contains("… Nog niet gekozen", page.Find("[data-testid=seat-seat-2] [data-testid=seat-status]").TextContent);
    }

    [Fact]
    public void Removing_a_seat_asks_again_and_only_the_second_tap_sends_it()
    {
        _connection.SeatReply = () => Reply<FacilitatorView>.Ok(View(Phase.Kiezen, Anna));
        var page = RenderConsole(View(Phase.Kiezen, Anna, Henk));

        page.Find("[data-testid=seat-seat-2] [data-testid=seat-actions]").Click();
        page.Find("[data-testid=seat-remove]").Click();
        var asked = page.Find("[data-testid=seat-correction]").TextContent;
        var sentBeforeConfirming = _connection.Calls.Any(c => c.StartsWith("RemoveSeatAsync", StringComparison.Ordinal));
        page.Find("[data-testid=seat-confirm]").Click();

        Assert.Contains("De plek van Henk verwijderen?", asked);
        Assert.Contains("Dit kan niet ongedaan worden", asked);
        Assert.False(sentBeforeConfirming);
        Assert.Contains($"RemoveSeatAsync({TestData.Code}, {HostKey}, seat-2)", _connection.Calls);
        page.WaitForAssertion(() => Assert.Empty(page.FindAll("[data-testid=seat-seat-2]")));
        Assert.Empty(page.FindAll("[data-testid=seat-correction]"));
    }

    [Fact]
    public void Going_back_from_the_question_removes_nothing()
    {
        var page = RenderConsole(View(Phase.Kiezen, Anna, Henk));

        page.Find("[data-testid=seat-seat-2] [data-testid=seat-actions]").Click();
        page.Find("[data-testid=seat-remove]").Click();
        page.Find("[data-testid=seat-cancel]").Click();

        Assert.DoesNotContain(_connection.Calls, c => c.StartsWith("RemoveSeatAsync", StringComparison.Ordinal));
        Assert.Empty(page.FindAll("[data-testid=seat-correction]"));
    }

    [Fact]
    public void Merging_names_the_seat_that_stays_and_asks_again_before_sending()
    {
        _connection.SeatReply = () => Reply<FacilitatorView>.Ok(View(Phase.Lobby, Anna));
        var page = RenderConsole(View(Phase.Lobby, Anna, Henk));

        page.Find("[data-testid=seat-seat-2] [data-testid=seat-actions]").Click();
        page.Find("[data-testid=seat-merge]").Click();
        page.Find("[data-testid=seat-merge-with]").Click();
        var asked = page.Find("[data-testid=seat-correction]").TextContent;
        page.Find("[data-testid=seat-confirm]").Click();

        Assert.Contains("Henk samenvoegen met Anna?", asked);
        Assert.Contains("Anna blijft en houdt zijn eigen antwoorden", asked);
        Assert.Contains($"MergeSeatsAsync({TestData.Code}, {HostKey}, seat-2, seat-1)", _connection.Calls);
    }

    [Fact]
    public void A_person_moves_to_another_role_of_the_deck_in_one_tap()
    {
        _connection.SeatReply = () => Reply<FacilitatorView>.Ok(View(Phase.Gesprek, Anna with { Side = Side.Gemeente, RoleName = "Wethouder", RoleId = "wethouder" }, Henk));
        var page = RenderConsole(View(Phase.Gesprek, Anna, Henk));

        page.Find("[data-testid=seat-seat-1] [data-testid=seat-actions]").Click();
        page.Find("[data-testid=seat-move]").Click();
        var targets = page.FindAll("[data-testid=seat-move-to]").Select(b => b.TextContent.Trim()).ToList();
        page.FindAll("[data-testid=seat-move-to]")[0].Click();

        Assert.Equal(["Naar Wethouder (Gemeente)", "Naar Beleidsambtenaar (Gemeente)"], targets.Select(t => t[t.IndexOf("Naar", StringComparison.Ordinal)..]));
        Assert.Contains($"MoveSeatAsync({TestData.Code}, {HostKey}, seat-1, Gemeente, wethouder)", _connection.Calls);
        page.WaitForAssertion(() => Assert.Contains("Gemeente · Wethouder", page.Find("[data-testid=seat-seat-1]").TextContent));
    }

    [Fact]
    public void A_refused_correction_says_why()
    {
        _connection.SeatReply = () => Reply<FacilitatorView>.Refused(ErrorCode.SeatNotFound);
        var page = RenderConsole(View(Phase.Kiezen, Anna, Henk));

        page.Find("[data-testid=seat-seat-2] [data-testid=seat-actions]").Click();
        page.Find("[data-testid=seat-remove]").Click();
        page.Find("[data-testid=seat-confirm]").Click();

        Assert.Contains("Deze plek bestaat niet (meer)", page.Find("[data-testid=seat-error]").TextContent);
    }

    [Fact]
    public void In_the_debrief_the_seats_are_shown_but_not_corrected()
    {
        var page = RenderConsole(View(Phase.Debrief, Anna, Henk));

        Assert.Equal(2, page.FindAll("[data-testid=seat-list] li").Count);
        Assert.Empty(page.FindAll("[data-testid=seat-actions]"));
    }

    [Fact]
    public void The_seat_actions_are_large_enough_to_tap()
    {
        var page = RenderConsole(View(Phase.Kiezen, Anna, Henk));

        page.Find("[data-testid=seat-seat-1] [data-testid=seat-actions]").Click();

        Assert.All(page.FindAll("[data-testid=seat-correction] button, [data-testid=seat-actions]"), b => Assert.Contains("big", b.ClassList));
    }

    private FacilitatorView View(Phase phase, params SeatStatus[] seats)
    {
        var card = phase is Phase.Lobby or Phase.Slotvraag or Phase.Debrief ? null : TestData.Card();
        var round = TestData.Round(phase, card) with { SeatCount = seats.Length, AnsweredCount = seats.Count(s => s.HasAnswered) };
        return new FacilitatorView(++_version, round, seats, NextCommand: null, Reveal: null, Debrief: null) { Roles = Roles };
    }
}
