using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace Spel.EndToEnd.Tests.Support;

/// <summary>
/// Debian's Chromium driven by Playwright, one browser context per person (facilitator, projector, each tablet),
/// so every screen has its own storage like separate devices in the hall.
/// </summary>
public sealed class Browsers : IAsyncDisposable
{
    /// <summary>Generous: the first Blazor WebAssembly boot on a busy two-core machine takes tens of seconds.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    public static readonly ViewportSize Laptop = new() { Width = 1366, Height = 900 };
    public static readonly ViewportSize Projector = new() { Width = 1600, Height = 1000 };
    public static readonly ViewportSize Tablet = new() { Width = 800, Height = 1280 };

    public static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    /// <summary>A smaller tablet (an iPad's 768x1024 in portrait).</summary>
    public static readonly ViewportSize SmallTablet = new() { Width = 768, Height = 1024 };

    private const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--no-first-run", "--disable-sync",
    ];

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;
    private readonly Uri _baseAddress;
    private readonly List<(string Name, IPage Page)> _pages = [];
    private readonly ConcurrentQueue<string> _problems = new();

    private Browsers(IPlaywright playwright, IBrowser browser, Uri baseAddress)
    {
        _playwright = playwright;
        _browser = browser;
        _baseAddress = baseAddress;
    }

    public static async Task<Browsers> LaunchAsync(Uri baseAddress)
    {
        // Only the system Chromium is used; Playwright must never try to fetch one.
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        Assertions.SetDefaultExpectTimeout((float)Patience.TotalMilliseconds);

        var playwright = await Playwright.CreateAsync();
        try
        {
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = ChromiumPath,
                Headless = true,
                Args = ChromiumArgs,
            });
            return new Browsers(playwright, browser, baseAddress);
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }

    /// <summary>
    /// The language every device opened from now on has chosen ("nl" or "en"), as the NL/EN toggle keeps it: in local
    /// storage for the app and in the culture cookie for the server's prerendering. Null: the app's own Dutch.
    /// </summary>
    public string? Language { get; set; }

    /// <summary>The test server's address, which every device's relative addresses resolve against.</summary>
    public Uri BaseAddress => _baseAddress;

    /// <summary>A fresh device (its own cookies and local storage) showing <paramref name="path"/>.</summary>
    public async Task<IPage> OpenAsync(string name, string path, ViewportSize viewport)
    {
        var page = await NewDeviceAsync(name, viewport);
        await page.GotoAsync(path);
        return page;
    }

    /// <summary>A fresh device with a blank page, for a test that sets it up (a slow line, say) before it opens anything.</summary>
    public async Task<IPage> NewDeviceAsync(string name, ViewportSize viewport)
    {
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = _baseAddress.ToString(),
            ViewportSize = viewport,
            Locale = "nl-NL",
        });
        if (Language is { } language)
        {
            await context.AddInitScriptAsync($"window.localStorage.setItem('spel.lang', '{language}');");
            await context.AddCookiesAsync(
            [
                new Cookie { Name = ".AspNetCore.Culture", Value = Uri.EscapeDataString($"c={language}|uic={language}"), Url = _baseAddress.ToString() },
            ]);
        }

        context.SetDefaultTimeout((float)Patience.TotalMilliseconds);
        context.SetDefaultNavigationTimeout((float)Patience.TotalMilliseconds);

        var page = await context.NewPageAsync();
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                _problems.Enqueue($"[{name}] console {message.Type}: {message.Text}");
            }
        };
        page.PageError += (_, error) => _problems.Enqueue($"[{name}] page error: {error}");
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                _problems.Enqueue($"[{name}] HTTP {response.Status}: {response.Request.Method} {response.Url}");
            }
        };
        _pages.Add((name, page));
        return page;
    }

    /// <summary>Browser console errors and warnings and failed requests so far, to explain a failure.</summary>
    public string Problems => _problems.IsEmpty ? "(none)" : string.Join(Environment.NewLine, _problems);

    /// <summary>A picture of every open screen, for a failed run; returns the files written.</summary>
    public async Task<IReadOnlyList<string>> ScreenshotAllAsync(string folder, string prefix)
    {
        var files = new List<string>();
        foreach (var (name, page) in _pages)
        {
            var file = Path.Combine(folder, $"{prefix}-{name}.png");
            try
            {
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true, Timeout = 10_000 });
                files.Add(file);
            }
            catch (PlaywrightException)
            {
                // A page that cannot be pictured any more does not hide the original failure.
            }
        }

        return files;
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}
