using Spel.EndToEnd.Tests.Screens;
using Spel.EndToEnd.Tests.Support;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Spel.EndToEnd.Tests;

/// <summary>A workshop as the hall sees it: real server, real Chromium, one browser context per device.</summary>
public sealed class WorkshopTests(SpelServerFixture fixture, ITestOutputHelper output) : IClassFixture<SpelServerFixture>
{
    private static readonly Participant[] Hall =
    [
        new("Anouk", "Dorpsbelangen", "bestuurslid-dorpsbelangen", Eigenaarschap: 1, Regie: 2, OptionIndex: 0),
        new("Bram", "Dorpsbelangen", "initiatiefnemer", Eigenaarschap: 2, Regie: 1, OptionIndex: 1),
        new("Carla", "Gemeente", "wethouder", Eigenaarschap: 3, Regie: 4, OptionIndex: 0),
    ];

    private static string RevealedBoardScreenshot => Path.Combine(Repository.Artifacts("e2e"), "revealed-board.png");

    [Fact]
    public Task A_facilitator_a_projector_and_three_tablets_play_two_cards_to_the_debrief() => PlayAsync("two-cards", async browsers =>
    {
        var console = await FacilitatorConsole.CreateSessionAsync(browsers, SpelServerFixture.DeckId);
        var projector = await ProjectorScreen.OpenAsync(browsers, console.Code);
        var tablets = new List<Tablet>();
        foreach (var participant in Hall)
        {
            tablets.Add(await Tablet.JoinAsync(browsers, console.Code, participant));
        }

        await projector.ExpectParticipantsAsync(Hall.Select(p => p.Name).ToList());

        await console.NextAsync("Situatie");
        var titles = new List<string>();
        for (var card = 1; card <= SpelServerFixture.CardCount; card++)
        {
            var title = await projector.ExpectSituationAsync();
            Assert.DoesNotContain(title, titles);
            titles.Add(title);
            foreach (var tablet in tablets)
            {
                await tablet.ExpectCardAsync(title);
            }

            await console.NextAsync("Kiezen");
            await projector.ExpectAnsweredAsync(0, tablets.Count);
            var chosen = new List<string>();
            foreach (var tablet in tablets)
            {
                chosen.Add(await tablet.AnswerAsync());
                await projector.ExpectAnsweredAsync(chosen.Count, tablets.Count);
            }

            await projector.ExpectNoChoiceShownAsync(chosen);

            await console.NextAsync("Onthulling");
            var board = await projector.ExpectBoardDrawnAsync();
            if (card == 1)
            {
                await board.ScreenshotAsync(new() { Path = RevealedBoardScreenshot });
                output.WriteLine($"Revealed board: {RevealedBoardScreenshot}");
            }

            await console.NextAsync("Gesprek");
            await console.NextAsync("Afspraak");
            await console.NextAsync(card < SpelServerFixture.CardCount ? "Situatie" : "Slotvraag");
        }

        await console.NextAsync("Debrief");

        await projector.ExpectPhaseAsync("Debrief");
        foreach (var tablet in tablets)
        {
            await tablet.ExpectPhaseAsync("Debrief");
        }

        var debrief = await console.OpenDebriefAsync();
        await debrief.ExpectCardsAsync(SpelServerFixture.CardCount);
    });

    [Fact]
    public Task A_session_with_every_setting_on_plays_every_phase_and_prints_its_debrief() => PlayAsync("every-setting", async browsers =>
    {
        Participant[] tables =
        [
            new("Tafel Noord", "Dorpsbelangen", null, Eigenaarschap: 1, Regie: 1, OptionIndex: 0),
            new("Tafel Zuid", "Dorpsbelangen", null, Eigenaarschap: 2, Regie: 2, OptionIndex: 1),
            new("Tafel Gemeentehuis", "Gemeente", null, Eigenaarschap: 4, Regie: 5, OptionIndex: 0),
        ];
        var console = await FacilitatorConsole.CreateSessionAsync(browsers, SpelServerFixture.DeckId, async page =>
        {
            // The deck's second card first.
            await page.Locator("[data-testid^=card-up-]").Nth(1).ClickAsync();
            foreach (var setting in new[] { "setting-anonymous", "setting-herstemming", "setting-wisselperspectief", "setting-share", "setting-tables" })
            {
                await page.GetByTestId(setting).CheckAsync();
            }

            await page.GetByTestId("timer-gesprek").FillAsync("5");
            await page.GetByTestId("timer-gesprek").PressAsync("Tab");
            await page.GetByTestId("setting-venue").FillAsync(Venue);
            await page.GetByTestId("setting-facilitator").FillAsync("Anna de Vries");
        });
        var projector = await ProjectorScreen.OpenAsync(browsers, console.Code);
        var tablets = new List<Tablet>();
        foreach (var table in tables)
        {
            tablets.Add(await Tablet.JoinAsync(browsers, console.Code, table));
        }

        await projector.ExpectAnonymousParticipantsAsync(tables.Select(t => t.Name).ToList(), gemeente: 1, dorpsbelangen: 2);
        var agreements = new List<string>();
        await console.NextAsync("Situatie");
        for (var card = 1; card <= SpelServerFixture.CardCount; card++)
        {
            await projector.ExpectSituationAsync();
            await console.NextAsync("Kiezen");
            foreach (var tablet in tablets)
            {
                await tablet.AnswerAsync(predict: true);
            }

            await PictureAsync(browsers, card == 1 ? "kiezen" : null);

            await console.NextAsync("Onthulling");
            await projector.ExpectBoardDrawnAsync();
            await console.NextAsync("Gesprek");
            await console.ExtendTimerAsync();
            await console.NextAsync("Herstemming");
            foreach (var tablet in tablets)
            {
                await tablet.RevoteAsync(eigenaarschap: 2, regie: 3);
            }

            await PictureAsync(browsers, card == 1 ? "herstemming" : null);

            await console.NextAsync("Afspraak");
            var nextStep = $"Kaart {card}: samen een plan maken voor het dorpshuis";
            await console.RecordAgreementAsync(owner: 2, regie: 2, nextStep, who: "Dorpsbelangen en de kernenadviseur");
            agreements.Add(nextStep);
            await projector.ExpectMovementAndAgreementAsync(nextStep);
            await tablets[0].ExpectAgreementAsync(nextStep);
            await PictureAsync(browsers, card == 1 ? "afspraak" : null);

            await console.NextAsync(card < SpelServerFixture.CardCount ? "Situatie" : "Slotvraag");
        }

        foreach (var tablet in tablets)
        {
            await tablet.DividePointsAsync(new Dictionary<string, int> { ["verbinder"] = 6, ["aanjager"] = 4 });
        }

        await PictureAsync(browsers, "slotvraag");

        await console.NextAsync("Debrief");
        foreach (var tablet in tablets)
        {
            await tablet.ExpectPhaseAsync("Debrief");
            await Expect(tablet.ByTestId("group-summary")).ToContainTextAsync(agreements[0]);
        }

        await PictureAsync(browsers, "debrief");

        var debrief = await console.OpenDebriefAsync();
        await debrief.ExpectCardsAsync(SpelServerFixture.CardCount);
        await debrief.ExpectAgreementsAndProfileAsync(agreements);
        await Expect(debrief.ByTestId("cover-venue")).ToHaveTextAsync(Venue);
        await Expect(debrief.ByTestId("cover-facilitator")).ToHaveTextAsync("Anna de Vries");
        var pdf = Path.Combine(Repository.Artifacts("e2e"), "debrief.pdf");
        await debrief.PrintAsync(pdf);
        output.WriteLine($"Printed debrief: {pdf}");

        // The cover, a one-page summary, then each card on a page of its own: a card that spilled over, or an
        // afspraak pushed onto a page by itself, would add a page.
        Assert.Equal(2 + SpelServerFixture.CardCount, DebriefPage.PageCount(pdf));
        Assert.Equal(SpelServerFixture.CardCount, await debrief.CardsStartingAPageAsync());
    });

    [Fact]
    public Task A_reloaded_tablet_gets_back_its_seat_and_its_saved_answer() => PlayAsync("reload", async browsers =>
    {
        var console = await FacilitatorConsole.CreateSessionAsync(browsers, SpelServerFixture.DeckId);
        var tablet = await Tablet.JoinAsync(browsers, console.Code, Hall[0]);
        await console.NextAsync("Situatie");
        await console.NextAsync("Kiezen");
        await tablet.AnswerAsync();

        await tablet.ReloadAsync();

        await tablet.ExpectPhaseAsync("Kiezen");
        await tablet.ExpectAnswerSavedAsync();
        await console.ExpectSeatsAsync(1);
    });

    /// <summary>Every screen in <paramref name="phase"/>, for a person to look at in artifacts/e2e; null takes none.</summary>
    private static async Task PictureAsync(Browsers browsers, string? phase)
    {
        if (phase is not null)
        {
            await browsers.ScreenshotAllAsync(Repository.Artifacts("e2e"), $"every-setting-{phase}");
        }
    }

    private const string Venue = "Dorpshuis De Linde, Ees";

    private Task PlayAsync(string scenario, Func<Browsers, Task> play) => Scenario.PlayAsync(fixture.Server, output, scenario, play);
}
