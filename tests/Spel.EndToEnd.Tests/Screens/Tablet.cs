using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Spel.EndToEnd.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Spel.EndToEnd.Tests.Screens;

/// <summary>Who sits at a tablet and what they answer on every card.</summary>
/// <param name="Side">"Gemeente" or "Dorpsbelangen", as the side buttons are named.</param>
/// <param name="OptionIndex">Which of the card's action options, counted from 0.</param>
public sealed record Participant(string Name, string Side, string RoleId, int Eigenaarschap, int Regie, int OptionIndex);

/// <summary>A participant's tablet: joins with the code, answers in secret, follows the phases.</summary>
public sealed class Tablet : Screen
{
    private Tablet(IPage page, Participant participant) : base(page) => Participant = participant;

    public Participant Participant { get; }

    public static async Task<Tablet> JoinAsync(Browsers browsers, string code, Participant participant)
    {
        var page = await browsers.OpenAsync(participant.Name.ToLowerInvariant(), $"/doe-mee/{code}", Browsers.Tablet);
        await page.GetByTestId("name-input").FillAsync(participant.Name);
        await page.GetByTestId($"side-{participant.Side}").ClickAsync();
        await page.GetByTestId($"role-{participant.RoleId}").ClickAsync();
        await page.GetByTestId("join-submit").ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex($"/spel/{code}$"));
        var tablet = new Tablet(page, participant);
        await tablet.ExpectPhaseAsync("Lobby");
        return tablet;
    }

    public async Task ExpectCardAsync(string title)
    {
        await ExpectPhaseAsync("Situatie");
        await Expect(ByTestId("card-title")).ToHaveTextAsync(title);
    }

    /// <summary>Fills in the secret answer, sends it and waits until the tablet says it is saved; returns the chosen option's text.</summary>
    public async Task<string> AnswerAsync()
    {
        await ExpectPhaseAsync("Kiezen");
        await ChooseAsync(ByTestId($"eigenaarschap-{Participant.Eigenaarschap}"));
        await ChooseAsync(ByTestId($"regie-{Participant.Regie}"));
        var option = Page.Locator("[data-testid^=option-]").Nth(Participant.OptionIndex);
        await ChooseAsync(option);
        var optionText = (await option.InnerTextAsync()).Trim();

        await ByTestId("answer-submit").ClickAsync();
        await ExpectAnswerSavedAsync();
        return optionText;
    }

    public Task ExpectAnswerSavedAsync() => Expect(ByTestId("answer-saved")).ToBeVisibleAsync();

    public Task ReloadAsync() => Page.ReloadAsync();

    private static async Task ChooseAsync(ILocator choice)
    {
        await choice.ClickAsync();
        await Expect(choice).ToHaveAttributeAsync("aria-pressed", "true");
    }
}
