using System.Globalization;
using Microsoft.AspNetCore.Components;
using Spel.Client.Realtime;

namespace Spel.Client.Localization;

/// <summary>The NL/EN choice: kept in localStorage for the WebAssembly app and in a cookie for server prerendering.</summary>
public static class Language
{
    public const string Dutch = "nl";
    public const string English = "en";

    /// <summary>The cookie ASP.NET Core's CookieRequestCultureProvider reads, so prerendered pages match.</summary>
    public const string CultureCookie = ".AspNetCore.Culture";

    public static IReadOnlyList<string> Supported { get; } = [Dutch, English];

    // By the culture's name: with invariant globalization (the tablet's build) every culture's ISO names are the
    // invariant culture's, so TwoLetterISOLanguageName would call English Dutch.
    public static string Current => CultureInfo.CurrentUICulture.Name.StartsWith(English, StringComparison.OrdinalIgnoreCase) ? English : Dutch;

    /// <summary>
    /// Sets the app's culture before the first render (resources are looked up in it): the stored choice, else the
    /// language the server prerendered the page in, so the page does not switch language as the app takes over.
    /// </summary>
    public static async Task ApplyStoredAsync(IBrowserStorage storage)
    {
        var chosen = await storage.GetAsync(StorageKeys.Language) ?? await storage.GetPageLanguageAsync();
        var culture = GameCultures.For(chosen is not null && Supported.Contains(chosen) ? chosen : Dutch);
        CultureInfo.DefaultThreadCurrentCulture = culture;
        CultureInfo.DefaultThreadCurrentUICulture = culture;
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
    }

    /// <summary>Keeps the choice and reloads, because a running WebAssembly app cannot swap its resources in place.</summary>
    public static async Task ChooseAsync(IBrowserStorage storage, NavigationManager navigation, string language)
    {
        await storage.SetAsync(StorageKeys.Language, language);
        await storage.SetCookieAsync(CultureCookie, $"c={language}|uic={language}", days: 365);
        navigation.NavigateTo(navigation.Uri, forceLoad: true);
    }
}
