using Spel.EndToEnd.Tests.Screens;
using Spel.EndToEnd.Tests.Support;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Spel.EndToEnd.Tests;

/// <summary>
/// Issue 10: a hall that does not run to plan, steered from the console: coffee in the middle of a vote, a test join
/// and a seat on the wrong side, a co-facilitator on a phone who types the afspraak, a card that does not fit the room
/// and then does after all, a link taken back, and a laptop whose browser was cleared.
/// </summary>
public sealed class FacilitatorControlTests(SpelServerFixture fixture, ITestOutputHelper output) : IClassFixture<SpelServerFixture>
{
    private static readonly Participant[] Hall =
    [
        new("Anouk", "Dorpsbelangen", "bestuurslid-dorpsbelangen", Eigenaarschap: 1, Regie: 2, OptionIndex: 0),
        new("Bram", "Dorpsbelangen", "initiatiefnemer", Eigenaarschap: 2, Regie: 1, OptionIndex: 1),
        new("Carla", "Gemeente", "wethouder", Eigenaarschap: 3, Regie: 4, OptionIndex: 0),
        new("Testtablet", "Gemeente", "beleidsambtenaar", Eigenaarschap: 4, Regie: 5, OptionIndex: 1),
    ];

    [Fact]
    public Task A_facilitator_and_a_co_facilitator_steer_a_workshop_that_does_not_run_to_plan() => Scenario.PlayAsync(fixture.Server, output, "control", async browsers =>
    {
        var console = await FacilitatorConsole.CreateSessionAsync(browsers, SpelServerFixture.DeckId);
        var recoveryCode = await console.RecoveryCodeAsync();
        var projector = await ProjectorScreen.OpenAsync(browsers, console.Code);
        var tablets = new List<Tablet>();
        foreach (var participant in Hall)
        {
            tablets.Add(await Tablet.JoinAsync(browsers, console.Code, participant));
        }

        var coFacilitator = await FacilitatorConsole.OpenLinkAsync(browsers, "co-facilitator", await console.NewCoFacilitatorLinkAsync(), Browsers.Phone);
        await coFacilitator.ExpectPhaseAsync("Lobby");

        await console.NextAsync("Situatie");
        await console.NextAsync("Kiezen");
        await tablets[0].AnswerAsync();
        await tablets[1].AnswerAsync();

        // Coffee in the middle of the vote: the projector goes calm with the code still readable, the tablets wait.
        await console.ControlAsync("Pause", "Kiezen");
        await Expect(projector.ByTestId("pause-screen")).ToBeVisibleAsync();
        await Expect(projector.ByTestId("pause-join-code")).ToBeVisibleAsync();
        await Expect(tablets[2].ByTestId("pause-notice")).ToBeVisibleAsync();
        await console.ControlAsync("Resume", "Kiezen");
        await Expect(projector.ByTestId("pause-screen")).ToBeHiddenAsync();
        await Expect(tablets[2].ByTestId("pause-notice")).ToBeHiddenAsync();
        await tablets[2].AnswerAsync();
        await projector.ExpectAnsweredAsync(3, Hall.Length);

        // The test join goes, and Carla turns out to sit for her village, not the municipality.
        await console.RemoveSeatAsync("Testtablet");
        await tablets[3].ExpectRemovedAsync(console.Code);
        await console.ExpectSeatsAsync(3);
        await console.MoveSeatAsync("Carla", "Dorpsbelangen");

        await console.NextAsync("Onthulling");
        await projector.ExpectBoardDrawnAsync();
        await console.NextAsync("Gesprek");
        await console.NextAsync("Afspraak");

        // The co-facilitator types the afspraak on the phone while the facilitator leads the conversation.
        const string nextStep = "Dorpsbelangen schrijft het plan voor het terras, de gemeente denkt mee";
        await coFacilitator.RecordAgreementAsync(owner: 2, regie: 2, nextStep, who: "Anouk en de wethouder");
        await Expect(projector.ByTestId("agreement-on-screen")).ToContainTextAsync(nextStep);

        // The second card does not fit the room: skip it; then the group wants it after all.
        await console.NextAsync("Situatie");
        await console.ControlAsync("SkipCard", "Slotvraag");
        await console.ControlAsync("BackToAgreement", "Afspraak");
        await coFacilitator.ExpectPhaseAsync("Afspraak");
        await console.NextAsync("Slotvraag");

        // The phone's link is taken back: its console says so and steers nothing any more.
        await console.RevokeLinkAsync();
        await Expect(coFacilitator.ByTestId("error")).ToContainTextAsync("ingetrokken");
        await Expect(coFacilitator.ByTestId("next-step")).ToHaveCountAsync(0);

        // The laptop's browser is cleared: another browser comes back with the written-down recovery code.
        var again = await FacilitatorConsole.RecoverAsync(browsers, console.Code, recoveryCode);
        await again.ExpectPhaseAsync("Slotvraag");
        await again.NextAsync("Debrief");
        await projector.ExpectPhaseAsync("Debrief");

        var debrief = await again.OpenDebriefFromMySessionsAsync();
        await debrief.ExpectCardsAsync(SpelServerFixture.CardCount);
        await Expect(debrief.ByTestId("debrief")).ToContainTextAsync(nextStep);
    });
}
