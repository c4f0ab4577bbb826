using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Spel.EndToEnd.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace Spel.EndToEnd.Tests.Screens;

/// <summary>The facilitator's laptop: picks a deck, creates the session and walks its phases.</summary>
public sealed class FacilitatorConsole : Screen
{
    private FacilitatorConsole(IPage page, string code) : base(page) => Code = code;

    /// <summary>The session's join code, as the address of the console carries it.</summary>
    public string Code { get; }

    public static async Task<FacilitatorConsole> CreateSessionAsync(Browsers browsers, string deckId)
    {
        var page = await browsers.OpenAsync("facilitator", "/", Browsers.Laptop);
        var deck = page.GetByTestId($"deck-{deckId}");
        await deck.ClickAsync();
        await Expect(deck).ToHaveAttributeAsync("aria-pressed", "true");
        await page.GetByTestId("create-session").ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex(@"/begeleider/[A-Z0-9]+$"));
        var code = new Uri(page.Url).Segments[^1];
        await Expect(page.GetByTestId("join-code")).ToHaveTextAsync(new Regex(SpacedOut(code)));
        return new FacilitatorConsole(page, code);
    }

    /// <summary>Presses the one big button and waits until the console shows the phase it leads to.</summary>
    public async Task NextAsync(string expectedPhase)
    {
        await ByTestId("next-step").ClickAsync();
        await ExpectPhaseAsync(expectedPhase);
    }

    /// <summary>The console lists every seat once; a tablet that came back must not have taken a second one.</summary>
    public Task ExpectSeatsAsync(int count) =>
        Expect(ByTestId("seat-list").Locator("li")).ToHaveCountAsync(count);

    public async Task<DebriefPage> OpenDebriefAsync()
    {
        await ByTestId("debrief-link").ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex($"/begeleider/{Code}/debrief$"));
        return new DebriefPage(Page);
    }

    /// <summary>The code may be shown in groups ("ABC DEFG"); the letters must be the same.</summary>
    private static string SpacedOut(string code) => string.Join(@"\s*", code.Select(c => Regex.Escape(c.ToString())));
}

/// <summary>The facilitator's debrief: per card how the sides answered.</summary>
public sealed class DebriefPage(IPage page) : Screen(page)
{
    public async Task ExpectCardsAsync(int count)
    {
        await Expect(ByTestId("debrief")).ToBeVisibleAsync();
        for (var number = 1; number <= count; number++)
        {
            await Expect(ByTestId($"debrief-card-{number}")).ToBeVisibleAsync();
        }
    }
}
