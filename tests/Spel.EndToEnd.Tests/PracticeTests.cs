using Spel.EndToEnd.Tests.Screens;
using Spel.EndToEnd.Tests.Support;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Spel.EndToEnd.Tests;

/// <summary>
/// Issue 13, "Wat deden anderen?": after the reveal the facilitator shows how the card went in practice, and the
/// projector (on a full-HD screen and a small beamer, both fitting) and a tablet show it; hidden again, the board is back.
/// </summary>
public sealed class PracticeTests(SpelServerFixture fixture, ITestOutputHelper output) : IClassFixture<SpelServerFixture>
{
    private static readonly Participant Anouk = new("Anouk", "Dorpsbelangen", "bestuurslid-dorpsbelangen", Eigenaarschap: 1, Regie: 2, OptionIndex: 0);

    [Fact]
    public Task After_a_reveal_the_facilitator_shows_what_happened_and_the_projector_and_a_tablet_show_it() =>
        Scenario.PlayAsync(fixture.Server, output, "practice", async browsers =>
        {
            var console = await FacilitatorConsole.CreateSessionAsync(browsers, SpelServerFixture.DeckId);
            var projector = await ProjectorScreen.OpenAsync(browsers, console.Code);
            await projector.Page.SetViewportSizeAsync(1920, 1080);
            var beamer = await ProjectorScreen.OpenAsync(browsers, console.Code, "beamer");
            await beamer.Page.SetViewportSizeAsync(1280, 720);
            var tablet = await Tablet.JoinAsync(browsers, console.Code, Anouk);

            await console.NextAsync("Situatie");
            await console.NextAsync("Kiezen");
            await Expect(console.ByTestId("control-ShowPractice")).ToHaveCountAsync(0);
            await tablet.AnswerAsync();
            await console.NextAsync("Onthulling");
            await projector.ExpectBoardDrawnAsync();
            await Expect(tablet.ByTestId("practice")).ToHaveCountAsync(0);

            await console.ControlAsync("ShowPractice", "Onthulling");

            await Expect(projector.ByTestId("practice")).ToContainTextAsync("Zo ging het in de praktijk");
            await Expect(beamer.ByTestId("practice")).ToBeVisibleAsync();
            await Expect(tablet.ByTestId("practice")).ToContainTextAsync("Zo ging het in de praktijk");
            var onScreen = (await projector.ByTestId("practice-text").TextContentAsync())!.Trim();
            Assert.NotEmpty(onScreen);
            Assert.Equal(onScreen, (await tablet.ByTestId("practice-text").TextContentAsync())!.Trim());

            var problems = new List<LayoutProblem>();
            await LayoutAudit.CheckAsync(projector.Page, "projector", "nl", "Onthulling, practice", problems);
            await LayoutAudit.CheckAsync(beamer.Page, "beamer", "nl", "Onthulling, practice", problems);
            // A tablet is read at one's own pace: how it went may run below the fold, never wider nor cut.
            await LayoutAudit.CheckAsync(tablet.Page, "tablet", "nl", "Onthulling, practice", problems, mayScrollDown: true);
            Assert.True(problems.Count == 0, LayoutAudit.Describe(problems));

            await console.ControlAsync("HidePractice", "Onthulling");
            await Expect(projector.ByTestId("practice")).ToHaveCountAsync(0);
            await Expect(tablet.ByTestId("practice")).ToHaveCountAsync(0);
            await projector.ExpectBoardDrawnAsync();
        });
}
