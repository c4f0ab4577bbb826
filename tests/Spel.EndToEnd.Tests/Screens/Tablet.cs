using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Spel.EndToEnd.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Spel.EndToEnd.Tests.Screens;

/// <summary>Who sits at a tablet and what they answer on every card.</summary>
/// <param name="Side">"Gemeente" or "Dorpsbelangen", as the side buttons are named.</param>
/// <param name="RoleId">The role a person takes; null for a table sharing the tablet.</param>
/// <param name="OptionIndex">Which of the card's action options, counted from 0.</param>
public sealed record Participant(string Name, string Side, string? RoleId, int Eigenaarschap, int Regie, int OptionIndex);

/// <summary>A participant's tablet: joins with the code, answers in secret, follows the phases.</summary>
public sealed class Tablet : Screen
{
    private Tablet(IPage page, Participant participant) : base(page) => Participant = participant;

    public Participant Participant { get; }

    public static async Task<Tablet> JoinAsync(Browsers browsers, string code, Participant participant)
    {
        var page = await browsers.OpenAsync(participant.Name.ToLowerInvariant().Replace(' ', '-'), $"/doe-mee/{code}", Browsers.Tablet);
        if (participant.RoleId is { } role)
        {
            await page.GetByTestId("name-input").FillAsync(participant.Name);
            await page.GetByTestId($"side-{participant.Side}").ClickAsync();
            await page.GetByTestId($"role-{role}").ClickAsync();
        }
        else
        {
            await page.GetByTestId("table-name").FillAsync(participant.Name);
            await page.GetByTestId($"side-{participant.Side}").ClickAsync();
        }

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

    /// <summary>
    /// Fills in the secret answer (in wisselperspectief with a prediction of the other side in the opposite
    /// corner), sends it and waits until the tablet says it is saved; returns the chosen option's text.
    /// </summary>
    public async Task<string> AnswerAsync(bool predict = false)
    {
        var optionText = await FillAnswerAsync(predict);
        await ByTestId("answer-submit").ClickAsync();
        await ExpectAnswerSavedAsync();
        return optionText;
    }

    /// <summary>Fills in the answer form without sending it; returns the chosen option's text.</summary>
    public async Task<string> FillAnswerAsync(bool predict = false)
    {
        await ExpectPhaseAsync("Kiezen");
        await ChooseAsync(ByTestId($"eigenaarschap-{Participant.Eigenaarschap}"));
        await ChooseAsync(ByTestId($"regie-{Participant.Regie}"));
        var option = Page.Locator("[data-testid^=option-]").Nth(Participant.OptionIndex);
        await ChooseAsync(option);
        var optionText = (await option.InnerTextAsync()).Trim();
        if (predict)
        {
            await ChooseAsync(ByTestId($"prediction-eigenaarschap-{5 - Participant.Eigenaarschap}"));
            await ChooseAsync(ByTestId($"prediction-regie-{6 - Participant.Regie}"));
        }

        return optionText;
    }

    public Task ExpectAnswerSavedAsync() => Expect(ByTestId("answer-saved")).ToBeVisibleAsync();

    /// <summary>The second vote, after the conversation: the form starts on the first answer.</summary>
    public async Task RevoteAsync(int eigenaarschap, int regie)
    {
        await ExpectPhaseAsync("Herstemming");
        await ChooseAsync(ByTestId($"revote-eigenaarschap-{eigenaarschap}"));
        await ChooseAsync(ByTestId($"revote-regie-{regie}"));
        await ByTestId("revote-submit").ClickAsync();
        await Expect(ByTestId("revote-saved")).ToBeVisibleAsync();
    }

    public Task ExpectAgreementAsync(string text) => Expect(ByTestId("agreement-on-tablet")).ToContainTextAsync(text);

    /// <summary>The slotvraag: taps + per function until the 10 points are spread, then sends them.</summary>
    public async Task DividePointsAsync(IReadOnlyDictionary<string, int> points)
    {
        await ExpectPhaseAsync("Slotvraag");
        foreach (var (function, count) in points)
        {
            for (var i = 0; i < count; i++)
            {
                await ByTestId($"points-{function}-plus").ClickAsync();
            }

            await Expect(ByTestId($"points-{function}-value")).ToContainTextAsync(count.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        await Expect(ByTestId("points-left")).ToHaveAttributeAsync("data-left", "0");
        await ByTestId("points-submit").ClickAsync();
        await Expect(ByTestId("points-saved")).ToBeVisibleAsync();
    }

    /// <summary>The facilitator removed this seat: the tablet is back at the join form and says so kindly.</summary>
    public async Task ExpectRemovedAsync(string code)
    {
        await Expect(Page).ToHaveURLAsync(new Regex($"/doe-mee/{code}"));
        await Expect(ByTestId("sent-back")).ToContainTextAsync("verwijderd door de begeleider");
        await Expect(ByTestId("join-submit")).ToBeVisibleAsync();
    }

    public Task ReloadAsync() => Page.ReloadAsync();

    /// <summary>The hall's Wi-Fi drops (or comes back) for this tablet only.</summary>
    public Task SetOfflineAsync(bool offline) => Page.Context.SetOfflineAsync(offline);

    private static async Task ChooseAsync(ILocator choice)
    {
        await choice.ClickAsync();
        await Expect(choice).ToHaveAttributeAsync("aria-pressed", "true");
    }
}
