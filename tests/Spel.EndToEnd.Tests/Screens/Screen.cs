using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Spel.EndToEnd.Tests.Screens;

/// <summary>What every page of the game has: its root carries the session's phase in data-phase.</summary>
public abstract class Screen(IPage page)
{
    public IPage Page { get; } = page;

    public ILocator ByTestId(string testId) => Page.GetByTestId(testId);

    public Task ExpectPhaseAsync(string phase) =>
        Expect(Page.Locator("main[data-phase]")).ToHaveAttributeAsync("data-phase", phase);
}
