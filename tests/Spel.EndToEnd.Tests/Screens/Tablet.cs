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

    /// <param name="viewport">The device's screen; a tablet of 800x1280 unless said.</param>
    /// <param name="language">"en" for a device whose participant chose English before joining; Dutch unless said.</param>
    public static async Task<Tablet> JoinAsync(
        Browsers browsers, string code, Participant participant, ViewportSize? viewport = null, string? language = null)
    {
        var page = await OpenJoinFormAsync(browsers, code, participant.Name.ToLowerInvariant().Replace(' ', '-'), viewport, language);
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

    /// <summary>A new device on the join form of <paramref name="code"/>, for a test that looks at the form itself.</summary>
    public static async Task<IPage> OpenJoinFormAsync(
        Browsers browsers, string code, string device, ViewportSize? viewport = null, string? language = null)
    {
        var page = await browsers.NewDeviceAsync(device, viewport ?? Browsers.Tablet);
        if (language is not null)
        {
            // The cookie the language toggle sets: the server prerenders in it and the app takes it over.
            await page.Context.AddCookiesAsync(
            [
                new Cookie { Name = ".AspNetCore.Culture", Value = $"c={language}|uic={language}", Url = browsers.BaseAddress.ToString() },
            ]);
        }

        await page.GotoAsync($"/doe-mee/{code}");
        await Expect(page.GetByTestId("join-submit")).ToBeVisibleAsync();
        return page;
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

    /// <summary>
    /// Walks the answer flow, one question a step, to its summary without sending; returns the chosen option's text.
    /// <paramref name="atEveryStep"/> runs on every step before it is answered (and on the summary), to look at it.
    /// </summary>
    public async Task<string> FillAnswerAsync(bool predict = false, Func<string, Task>? atEveryStep = null)
    {
        await ExpectPhaseAsync("Kiezen");
        var optionText = "";
        await AnswerStepAsync("answer", "eigenaarschap", ByTestId($"eigenaarschap-{Participant.Eigenaarschap}"), atEveryStep);
        await AnswerStepAsync("answer", "regie", ByTestId($"regie-{Participant.Regie}"), atEveryStep);
        var option = Page.Locator("[data-testid^=option-]").Nth(Participant.OptionIndex);
        await AnswerStepAsync("answer", "option", option, atEveryStep, async () =>
            optionText = (await option.Locator("..").InnerTextAsync()).Trim());
        if (predict)
        {
            await AnswerStepAsync("answer", "prediction-eigenaarschap", ByTestId($"prediction-eigenaarschap-{5 - Participant.Eigenaarschap}"), atEveryStep);
            await AnswerStepAsync("answer", "prediction-regie", ByTestId($"prediction-regie-{6 - Participant.Regie}"), atEveryStep);
        }

        await ExpectStepAsync("answer", "summary");
        if (atEveryStep is not null)
        {
            await atEveryStep("summary");
        }

        return optionText;
    }

    /// <summary>Opens the card's situation from the flow's step, lets <paramref name="whileOpen"/> look, and goes back to the question.</summary>
    public async Task ReadSituationAsync(Func<Task> whileOpen)
    {
        await ByTestId("answer-read-situation").ClickAsync();
        await Expect(ByTestId("answer-situation")).ToBeVisibleAsync();
        await whileOpen();
        await ByTestId("answer-back-to-question").ClickAsync();
        await Expect(ByTestId("answer-situation")).ToHaveCountAsync(0);
    }

    public Task ExpectAnswerSavedAsync() => Expect(ByTestId("answer-saved")).ToBeVisibleAsync();

    /// <summary>The second vote, after the conversation: the form starts on the first answer.</summary>
    /// <summary>The course of action is the participant's first one unless <paramref name="optionIndex"/> names another.</summary>
    public async Task RevoteAsync(int eigenaarschap, int regie, Func<string, Task>? atEveryStep = null, int? optionIndex = null)
    {
        await ExpectPhaseAsync("Herstemming");
        await AnswerStepAsync("revote", "revote-eigenaarschap", ByTestId($"revote-eigenaarschap-{eigenaarschap}"), atEveryStep);
        await AnswerStepAsync("revote", "revote-regie", ByTestId($"revote-regie-{regie}"), atEveryStep);
        var option = Page.Locator("[data-testid^=revote-option-]").Nth(optionIndex ?? Participant.OptionIndex);
        await AnswerStepAsync("revote", "revote-option", option, atEveryStep);
        await ExpectStepAsync("revote", "summary");
        if (atEveryStep is not null)
        {
            await atEveryStep("revote-summary");
        }

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

    /// <summary>On the flow's step <paramref name="step"/>: looks, chooses, and goes on with Volgende.</summary>
    private async Task AnswerStepAsync(string flow, string step, ILocator choice, Func<string, Task>? atEveryStep, Func<Task>? chosen = null)
    {
        await ExpectStepAsync(flow, step);
        if (atEveryStep is not null)
        {
            await atEveryStep(step);
        }

        await choice.CheckAsync();
        await Expect(choice).ToBeCheckedAsync();
        if (chosen is not null)
        {
            await chosen();
        }

        await ByTestId($"{flow}-next").ClickAsync();
    }

    private Task ExpectStepAsync(string flow, string step) =>
        Expect(ByTestId($"{flow}-flow")).ToHaveAttributeAsync("data-step", step);
}
