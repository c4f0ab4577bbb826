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

    /// <summary>Picks the deck, lets <paramref name="configure"/> change the session's settings, and creates the session.</summary>
    public static async Task<FacilitatorConsole> CreateSessionAsync(Browsers browsers, string deckId, Func<IPage, Task>? configure = null)
    {
        var page = await browsers.OpenAsync("facilitator", "/", Browsers.Laptop);
        var deck = page.GetByTestId($"deck-{deckId}");
        await deck.ClickAsync();
        await Expect(deck).ToHaveAttributeAsync("aria-pressed", "true");
        await Expect(page.GetByTestId("settings-form")).ToBeVisibleAsync();
        if (configure is not null)
        {
            await configure(page);
        }

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

    /// <summary>"+1 minuut" on the running countdown; waits until the countdown shows more time than before.</summary>
    public async Task ExtendTimerAsync()
    {
        var countdown = ByTestId("countdown");
        await Expect(countdown).ToBeVisibleAsync();
        var before = int.Parse((await countdown.GetAttributeAsync("data-seconds-left"))!, System.Globalization.CultureInfo.InvariantCulture);
        await ByTestId("timer-extend").ClickAsync();
        await Page.WaitForFunctionAsync(
            "before => Number(document.querySelector('[data-testid=countdown]')?.dataset.secondsLeft) > before + 30",
            before);
    }

    /// <summary>Records an afspraak for the card on the table and waits until the console shows it recorded.</summary>
    public async Task RecordAgreementAsync(int owner, int regie, string nextStep, string who)
    {
        await ExpectPhaseAsync("Afspraak");
        await ByTestId("agreement-kind-afspraak").CheckAsync();
        await ByTestId($"agreement-owner-{owner}").CheckAsync();
        await ByTestId($"agreement-regie-{regie}").CheckAsync();
        await ByTestId("agreement-next-step").FillAsync(nextStep);
        await ByTestId("agreement-who").FillAsync(who);
        await ByTestId("agreement-save").ClickAsync();
        await Expect(ByTestId("agreement-recorded")).ToContainTextAsync(nextStep);
    }

    /// <summary>The console lists every seat once; a tablet that came back must not have taken a second one.</summary>
    public Task ExpectSeatsAsync(int count) =>
        Expect(ByTestId("seat-list").Locator("li")).ToHaveCountAsync(count);

    /// <summary>The seat list marks the seat of <paramref name="name"/> as having given this phase's input.</summary>
    public Task ExpectAnsweredAsync(string name) =>
        Expect(ByTestId("seat-list").Locator("li", new() { HasText = name }).GetByTestId("seat-status")).ToHaveTextAsync(new Regex("✓"));

    public async Task<DebriefPage> OpenDebriefAsync()
    {
        await ByTestId("debrief-link").ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex($"/begeleider/{Code}/debrief$"));
        return new DebriefPage(Page);
    }

    /// <summary>
    /// A console link opened on another device (a co-facilitator's phone). The link's host is the hall's address, which
    /// a test browser need not reach; its path and fragment (the secret) are what matter.
    /// </summary>
    public static async Task<FacilitatorConsole> OpenLinkAsync(Browsers browsers, string name, string link, ViewportSize viewport)
    {
        var address = new Uri(link);
        var page = await browsers.OpenAsync(name, address.PathAndQuery + address.Fragment, viewport);
        await Expect(page).ToHaveURLAsync(new Regex(@"/begeleider/[A-Z0-9]+$"));
        await Expect(page.Locator("main[data-phase]")).ToBeVisibleAsync();
        return new FacilitatorConsole(page, address.Segments[^1]);
    }

    /// <summary>A browser that never held this session (the laptop's was cleared) becomes its console with the recovery code.</summary>
    public static async Task<FacilitatorConsole> RecoverAsync(Browsers browsers, string code, string recoveryCode)
    {
        var page = await browsers.OpenAsync("facilitator-again", "/herstel", Browsers.Laptop);
        await page.GetByTestId("recover-code").FillAsync(code);
        await page.GetByTestId("recover-recovery-code").FillAsync(recoveryCode);
        await page.GetByTestId("recover-submit").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex($"/begeleider/{code}$"));
        return new FacilitatorConsole(page, code);
    }

    /// <summary>The recovery code the console shows at creation, to write down.</summary>
    public async Task<string> RecoveryCodeAsync()
    {
        await Expect(ByTestId("recovery-code-value")).ToBeVisibleAsync();
        return (await ByTestId("recovery-code-value").TextContentAsync())!.Trim();
    }

    /// <summary>One of the round controls (pause, resume, skip, back, ...), by its command's name.</summary>
    public async Task ControlAsync(string command, string expectedPhase)
    {
        await ByTestId($"control-{command}").ClickAsync();
        await ExpectPhaseAsync(expectedPhase);
    }

    /// <summary>A link for a co-facilitator's console, as the console shows it once.</summary>
    public async Task<string> NewCoFacilitatorLinkAsync()
    {
        await ByTestId("link-new-cofacilitator").ClickAsync();
        var link = await ByTestId("link-url").InputValueAsync();
        await ByTestId("link-done").ClickAsync();
        return link;
    }

    /// <summary>Revokes the one active console link.</summary>
    public async Task RevokeLinkAsync()
    {
        await Page.Locator("[data-testid^=link-revoke-]").ClickAsync();
        await Expect(Page.Locator("[data-testid^=link-revoke-]")).ToHaveCountAsync(0);
    }

    /// <summary>Removes the seat of <paramref name="name"/> from the seat list (asked twice).</summary>
    public async Task RemoveSeatAsync(string name)
    {
        await Seat(name).GetByTestId("seat-actions").ClickAsync();
        await Seat(name).GetByTestId("seat-remove").ClickAsync();
        await Seat(name).GetByTestId("seat-confirm").ClickAsync();
        await Expect(Seat(name)).ToHaveCountAsync(0);
    }

    /// <summary>Moves the seat of <paramref name="name"/> to a role on the side <paramref name="side"/>.</summary>
    public async Task MoveSeatAsync(string name, string side)
    {
        await Seat(name).GetByTestId("seat-actions").ClickAsync();
        await Seat(name).GetByTestId("seat-move").ClickAsync();
        await Seat(name).GetByTestId("seat-move-to").Filter(new() { HasText = side }).First.ClickAsync();
        await Expect(Seat(name).Locator(".seat-role")).ToContainTextAsync(side);
    }

    /// <summary>From the start page's "mijn sessies", the debrief of this session.</summary>
    public async Task<DebriefPage> OpenDebriefFromMySessionsAsync()
    {
        await Page.GotoAsync("/");
        await Expect(ByTestId("my-sessions")).ToBeVisibleAsync();
        await ByTestId($"my-session-debrief-{Code}").ClickAsync();
        await Expect(Page).ToHaveURLAsync(new Regex($"/begeleider/{Code}/debrief$"));
        return new DebriefPage(Page);
    }

    private ILocator Seat(string name) => ByTestId("seat-list").Locator("li", new() { HasText = name });

    /// <summary>The code may be shown in groups ("ABC DEFG"); the letters must be the same.</summary>
    private static string SpacedOut(string code) => string.Join(@"\s*", code.Select(c => Regex.Escape(c.ToString())));
}

/// <summary>The facilitator's debrief: per card how the sides answered, the function profile, the afsprakenkaart.</summary>
public sealed class DebriefPage(IPage page) : Screen(page)
{
    /// <summary>The afsprakenkaart lists every recorded agreement, and the function profile chart is drawn.</summary>
    public async Task ExpectAgreementsAndProfileAsync(IEnumerable<string> agreements)
    {
        foreach (var agreement in agreements)
        {
            await Expect(ByTestId("afsprakenkaart")).ToContainTextAsync(agreement);
        }

        await Expect(ByTestId("profile-chart").First).ToBeVisibleAsync();
    }

    /// <summary>
    /// As the browser prints it ("Opslaan als PDF"): the buttons are gone, and the page makes an A4 PDF,
    /// saved to <paramref name="path"/> so a person can look at it.
    /// </summary>
    public async Task PrintAsync(string path)
    {
        await Expect(ByTestId("print")).ToBeVisibleAsync();
        await Page.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(ByTestId("print")).ToBeHiddenAsync();
        await Expect(ByTestId("export-csv")).ToBeHiddenAsync();
        await Page.PdfAsync(new() { Path = path, Format = "A4", PrintBackground = true });
    }

    /// <summary>The pages of a PDF that Chromium wrote: one page object each.</summary>
    public static int PageCount(string path) =>
        Regex.Matches(File.ReadAllText(path, System.Text.Encoding.Latin1), @"/Type\s*/Page(?![s\w])").Count;

    /// <summary>In print, how many of the debrief's cards start a new page (the first one follows its section heading).</summary>
    public Task<int> CardsStartingAPageAsync() => Page.EvaluateAsync<int>(
        """
        () => [...document.querySelectorAll('.debrief-card')].filter((card, i) =>
          i === 0 ? getComputedStyle(card.closest('.debrief-cards').previousElementSibling).breakAfter === 'page'
                  : getComputedStyle(card).breakBefore === 'page').length
        """);

    public async Task ExpectCardsAsync(int count)
    {
        await Expect(ByTestId("debrief")).ToBeVisibleAsync();
        for (var number = 1; number <= count; number++)
        {
            await Expect(ByTestId($"debrief-card-{number}")).ToBeVisibleAsync();
        }
    }
}
