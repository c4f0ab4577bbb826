using Microsoft.Playwright;
using Spel.EndToEnd.Tests.Screens;
using Spel.EndToEnd.Tests.Support;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Spel.EndToEnd.Tests;

/// <summary>
/// Issue 11: every phase of a short workshop on every screen size a hall has, in Dutch and in English, pictured into
/// artifacts/screenshots and checked by <see cref="LayoutAudit"/>. A run gathers every problem and fails once with
/// the whole list, so one run says everything that is still wrong.
/// </summary>
public sealed class ScreensFitTests(SpelServerFixture fixture, ITestOutputHelper output) : IClassFixture<SpelServerFixture>
{
    private static readonly ViewportSize Console = new() { Width = 1366, Height = 768 };
    private static readonly ViewportSize FullHd = new() { Width = 1920, Height = 1080 };
    private static readonly ViewportSize Beamer = new() { Width = 1280, Height = 720 };
    private static readonly ViewportSize SmallTablet = new() { Width = 768, Height = 1024 };

    /// <summary>One tablet per size; both sides, so the board and the predictions have something on each.</summary>
    private static readonly (Participant Who, ViewportSize Size)[] Hall =
    [
        (new("Anouk", "Dorpsbelangen", "bestuurslid-dorpsbelangen", Eigenaarschap: 1, Regie: 2, OptionIndex: 0), SmallTablet),
        (new("Bram", "Dorpsbelangen", "initiatiefnemer", Eigenaarschap: 2, Regie: 1, OptionIndex: 1), Browsers.Tablet),
        (new("Carla", "Gemeente", "wethouder", Eigenaarschap: 3, Regie: 4, OptionIndex: 0), Browsers.Phone),
    ];

    /// <summary>
    /// Dutch plays a named session, English an anonymous one; both with the re-vote, the predictions and countdowns,
    /// so every block the projector can show beside the board is on it once.
    /// </summary>
    [Theory]
    [InlineData("nl", false)]
    [InlineData("en", true)]
    public Task Every_phase_fits_every_screen_without_scrolling_clipping_or_overlap_and_passes_axe(string language, bool anonymous) =>
        Scenario.PlayAsync(fixture.Server, output, $"screens-{language}", async browsers =>
        {
            browsers.Language = language;
            var problems = new List<LayoutProblem>();
            var console = await FacilitatorConsole.CreateSessionAsync(browsers, SpelServerFixture.DeckId, async page =>
            {
                var settings = new List<string> { "setting-herstemming", "setting-wisselperspectief" };
                if (anonymous)
                {
                    settings.Add("setting-anonymous");
                }

                foreach (var setting in settings)
                {
                    await page.GetByTestId(setting).CheckAsync();
                }

                foreach (var timer in new[] { "timer-kiezen", "timer-gesprek" })
                {
                    await page.GetByTestId(timer).FillAsync("10");
                    await page.GetByTestId(timer).PressAsync("Tab");
                }
            });
            await console.Page.SetViewportSizeAsync(Console.Width, Console.Height);

            var projector = await ProjectorScreen.OpenAsync(browsers, console.Code);
            await projector.Page.SetViewportSizeAsync(FullHd.Width, FullHd.Height);
            var beamer = await ProjectorScreen.OpenAsync(browsers, console.Code, "beamer");
            await beamer.Page.SetViewportSizeAsync(Beamer.Width, Beamer.Height);
            // The small beamer stands in a dim hall: it shows the dark theme, so both themes are checked.
            await beamer.ByTestId("stage-theme").ClickAsync();
            await Expect(beamer.ByTestId("stage")).ToHaveAttributeAsync("data-theme", "dark");

            var tablets = new List<Tablet>();
            foreach (var (who, size) in Hall)
            {
                var tablet = await Tablet.JoinAsync(browsers, console.Code, who);
                await tablet.Page.SetViewportSizeAsync(size.Width, size.Height);
                tablets.Add(tablet);
            }

            var screens = new List<(string Name, Screen Screen)> { ("console", console), ("projector", projector), ("projector-dark", beamer) };
            screens.AddRange(tablets.Select(t => ($"tablet-{t.Participant.Name.ToLowerInvariant()}", (Screen)t)));
            async Task AuditAsync(string phase)
            {
                foreach (var (_, screen) in screens)
                {
                    await screen.ExpectPhaseAsync(phase);
                }

                // Once every screen is in the phase; the board is drawn (and its tokens have arrived) on both projectors.
                foreach (var (name, screen) in screens)
                {
                    var size = screen.Page.ViewportSize!;
                    await screen.Page.ScreenshotAsync(new PageScreenshotOptions
                    {
                        Path = Path.Combine(Repository.Artifacts("screenshots"), $"{language}-{phase}-{name}-{size.Width}x{size.Height}.png"),
                    });
                    // The console is a laptop's control page and the debrief a tablet's page to read: both may scroll down.
                    var mayScrollDown = name == "console" || (phase == "Debrief" && name.StartsWith("tablet", StringComparison.Ordinal));
                    await LayoutAudit.CheckAsync(screen.Page, name, language, phase, problems, mayScrollDown);
                }
            }

            await AuditAsync("Lobby");
            await console.NextAsync("Situatie");
            await AuditAsync("Situatie");
            await console.NextAsync("Kiezen");
            foreach (var tablet in tablets.Skip(1))
            {
                await tablet.AnswerAsync(predict: true);
            }

            // The first tablet is pictured with its answer half filled in; it sends it afterwards.
            await tablets[0].FillAnswerAsync(predict: true);
            await AuditAsync("Kiezen");
            await tablets[0].ByTestId("answer-submit").ClickAsync();
            await tablets[0].ExpectAnswerSavedAsync();

            await console.NextAsync("Onthulling");
            await projector.ExpectBoardDrawnAsync();
            await beamer.ExpectBoardDrawnAsync();
            await AuditAsync("Onthulling");
            await console.NextAsync("Gesprek");
            await AuditAsync("Gesprek");
            await console.NextAsync("Herstemming");
            await AuditAsync("Herstemming");
            foreach (var tablet in tablets)
            {
                await tablet.RevoteAsync(eigenaarschap: 2, regie: 3);
            }

            await console.NextAsync("Afspraak");
            var nextStep = language == "nl" ? "Samen een plan maken voor het dorpshuis" : "Make a plan for the village hall together";
            await console.RecordAgreementAsync(owner: 2, regie: 2, nextStep, who: "Dorpsbelangen");
            await projector.ExpectMovementAndAgreementAsync(nextStep);
            await AuditAsync("Afspraak");

            // The second card is played through without pictures: its screens are the first card's.
            await console.NextAsync("Situatie");
            await console.NextAsync("Kiezen");
            foreach (var tablet in tablets)
            {
                await tablet.AnswerAsync(predict: true);
            }

            foreach (var phase in new[] { "Onthulling", "Gesprek", "Herstemming", "Afspraak", "Slotvraag" })
            {
                await console.NextAsync(phase);
            }

            await AuditAsync("Slotvraag");
            foreach (var tablet in tablets)
            {
                await tablet.DividePointsAsync(new Dictionary<string, int> { ["verbinder"] = 6, ["aanjager"] = 4 });
            }

            await console.NextAsync("Debrief");
            await AuditAsync("Debrief");

            output.WriteLine($"Screenshots: {Repository.Artifacts("screenshots")}");
            Assert.True(problems.Count == 0, LayoutAudit.Describe(problems));
        });
}
