using System.Text.RegularExpressions;
using Spel.EndToEnd.Tests.Screens;
using Spel.EndToEnd.Tests.Support;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Spel.EndToEnd.Tests;

/// <summary>Tablets on village-hall Wi-Fi: a dropped line loses no answer, and a tablet keeps its one seat.</summary>
public sealed class HallWifiTests(SpelServerFixture fixture, ITestOutputHelper output) : IClassFixture<SpelServerFixture>
{
    private static readonly Participant Anouk = new("Anouk", "Dorpsbelangen", "bestuurslid-dorpsbelangen", Eigenaarschap: 1, Regie: 2, OptionIndex: 0);

    [Fact]
    public Task An_answer_sent_while_the_tablet_is_offline_waits_on_it_and_arrives_when_the_line_is_back() =>
        Scenario.PlayAsync(fixture.Server, output, "offline-answer", async browsers =>
        {
            var console = await FacilitatorConsole.CreateSessionAsync(browsers, SpelServerFixture.DeckId);
            var projector = await ProjectorScreen.OpenAsync(browsers, console.Code);
            var tablet = await Tablet.JoinAsync(browsers, console.Code, Anouk);
            await console.NextAsync("Situatie");
            await console.NextAsync("Kiezen");
            await projector.ExpectAnsweredAsync(0, 1);
            await tablet.FillAnswerAsync();

            await tablet.SetOfflineAsync(true);
            await tablet.ByTestId("answer-submit").ClickAsync();

            await Expect(tablet.ByTestId("pending-input")).ToHaveTextAsync(
                "Je antwoord staat klaar op deze tablet en wordt verstuurd zodra er weer verbinding is. Je hoeft niets te doen.");
            await Expect(tablet.ByTestId("answer-pending")).ToContainTextAsync("Nog niet verstuurd");

            // The socket dies without a word, so the tablet only knows the line is gone after SignalR's server timeout
            // (30 s): from then on the first send is surely lost, and what arrives below is the resend.
            await Expect(tablet.Page.GetByText("Verbinding verbroken")).ToBeVisibleAsync();
            await Expect(tablet.ByTestId("pending-input")).ToBeVisibleAsync();
            await browsers.ScreenshotAllAsync(Repository.Artifacts("e2e"), "offline-waiting");

            await tablet.SetOfflineAsync(false);

            await tablet.ExpectAnswerSavedAsync();
            await projector.ExpectAnsweredAsync(1, 1);
            await console.ExpectAnsweredAsync(Anouk.Name);
            await Expect(tablet.ByTestId("pending-input")).ToHaveCountAsync(0);
            await browsers.ScreenshotAllAsync(Repository.Artifacts("e2e"), "offline-arrived");
        });

    [Fact]
    public Task A_tablet_that_opens_the_join_link_again_or_goes_Back_stays_on_its_one_seat() =>
        Scenario.PlayAsync(fixture.Server, output, "one-seat", async browsers =>
        {
            var console = await FacilitatorConsole.CreateSessionAsync(browsers, SpelServerFixture.DeckId);
            var tablet = await Tablet.JoinAsync(browsers, console.Code, Anouk);
            var seat = new Regex($"/spel/{console.Code}$");

            await tablet.Page.GotoAsync($"/doe-mee/{console.Code}");
            await Expect(tablet.Page).ToHaveURLAsync(seat);
            await tablet.ExpectPhaseAsync("Lobby");

            await tablet.Page.GoBackAsync();
            await Expect(tablet.Page).ToHaveURLAsync(seat);
            await tablet.ExpectPhaseAsync("Lobby");
            await Expect(tablet.ByTestId("join-submit")).ToHaveCountAsync(0);
            await console.ExpectSeatsAsync(1);
        });
}
