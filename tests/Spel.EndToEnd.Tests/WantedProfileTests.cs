using Spel.EndToEnd.Tests.Screens;
using Spel.EndToEnd.Tests.Support;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Spel.EndToEnd.Tests;

/// <summary>
/// The three questions per case (issue 13): "wat doe jij?" in the first vote; "wat deden anderen?" when the facilitator
/// shows how the card went in practice on the projector and the tablets; "waar willen we naartoe?" in the second vote,
/// which asks the course of action again, so the debrief shows where the group went, per card and in both profiles.
/// </summary>
public sealed class WantedProfileTests(SpelServerFixture fixture, ITestOutputHelper output) : IClassFixture<SpelServerFixture>
{
    private static readonly Participant Anouk = new("Anouk", "Dorpsbelangen", "bestuurslid-dorpsbelangen", Eigenaarschap: 1, Regie: 2, OptionIndex: 0);
    private static readonly Participant Carla = new("Carla", "Gemeente", "wethouder", Eigenaarschap: 3, Regie: 4, OptionIndex: 0);

    [Fact]
    public Task What_happened_is_shown_after_the_reveal_and_a_second_vote_with_another_course_of_action_shows_as_now_to_wanted_and_in_both_profiles() =>
        Scenario.PlayAsync(fixture.Server, output, "wanted-profile", async browsers =>
        {
            var console = await FacilitatorConsole.CreateSessionAsync(browsers, SpelServerFixture.DeckId, page => page.GetByTestId("setting-herstemming").CheckAsync());
            var anouk = await Tablet.JoinAsync(browsers, console.Code, Anouk);
            var carla = await Tablet.JoinAsync(browsers, console.Code, Carla);
            var projector = await ProjectorScreen.OpenAsync(browsers, console.Code);

            await console.NextAsync("Situatie");
            for (var card = 1; card <= SpelServerFixture.CardCount; card++)
            {
                await console.NextAsync("Kiezen");
                await anouk.AnswerAsync();
                await carla.AnswerAsync();
                await console.NextAsync("Onthulling");
                if (card == 1)
                {
                    await console.ControlAsync("ShowPractice", "Onthulling");
                    foreach (var screen in new[] { projector.ByTestId("practice"), anouk.ByTestId("practice"), carla.ByTestId("practice") })
                    {
                        await Expect(screen).ToContainTextAsync("Zo ging het in de praktijk");
                    }
                }

                await console.NextAsync("Gesprek");
                await console.NextAsync("Herstemming");
                // On the first card Anouk wants another course of action after the conversation; Carla keeps hers.
                await anouk.RevoteAsync(eigenaarschap: 2, regie: 3, optionIndex: card == 1 ? 1 : null);
                await carla.RevoteAsync(eigenaarschap: 3, regie: 4);
                await console.NextAsync("Afspraak");
                await console.NextAsync(card < SpelServerFixture.CardCount ? "Situatie" : "Slotvraag");
            }

            await console.NextAsync("Debrief");
            var debrief = await console.OpenDebriefAsync();

            // Card 1: both chose the first course of action; after the conversation one of them wants the second.
            var moves = debrief.ByTestId("debrief-card-1").GetByTestId("option-moves");
            await Expect(moves).ToContainTextAsync("nu → gewenst");
            var first = moves.Locator("tbody tr").Nth(0);
            var second = moves.Locator("tbody tr").Nth(1);
            await Expect(first.GetByTestId("now")).ToHaveTextAsync("2");
            await Expect(first.GetByTestId("wanted")).ToHaveTextAsync("1");
            await Expect(second.GetByTestId("now")).ToHaveTextAsync("0");
            await Expect(second.GetByTestId("wanted")).ToHaveTextAsync("1");

            // Both profiles per side, "gewenst" from the two second votes of each side.
            var summary = debrief.ByTestId("debrief-summary");
            foreach (var side in new[] { "gemeente", "dorpsbelangen" })
            {
                var profile = summary.GetByTestId($"profile-{side}");
                await Expect(profile).ToContainTextAsync("Functies van de dorpsorganisatie");
                await Expect(profile).ToContainTextAsync("Houding van de gemeente (participatieladder)");
                await Expect(profile.GetByTestId($"profile-{side}-wanted-basis")).ToHaveTextAsync("keuzes bij de herstemming: 2");
                await Expect(profile.GetByTestId($"profile-{side}-verbinder").GetByTestId("wanted")).ToBeVisibleAsync();
                await Expect(profile.GetByTestId($"profile-{side}-loslaten").GetByTestId("wanted")).ToBeVisibleAsync();
            }

            await browsers.ScreenshotAllAsync(Repository.Artifacts("e2e"), "wanted-profile-debrief");
        });
}
