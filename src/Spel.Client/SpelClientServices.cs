using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.WebAssembly.Services;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Localization;
using Spel.Client.Pages.Debrief;
using Spel.Client.Realtime;
using Spel.Scenarios.Resources;

namespace Spel.Client;

public static class SpelClientServices
{
    /// <summary>
    /// Registers everything the pages inject. Called by the WebAssembly app and by the server, which prerenders the
    /// same pages (nothing here talks to the hub or the browser until a page has rendered interactively).
    /// </summary>
    public static IServiceCollection AddSpelClient(this IServiceCollection services)
    {
        services.AddGameStrings();
        // The countdowns tick on it, so tests can hold time still.
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddScoped<IGameConnection, GameConnection>();
        services.TryAddScoped<IBrowserStorage, BrowserStorage>();
        // Only the facilitator's pages talk HTTP, and System.Net.Http is loaded with them (Routes.razor). Factories keep
        // the container from reading these constructors at start, which would need that assembly on a tablet too.
        services.TryAddScoped(provider => new SpelApi(provider.GetRequiredService<NavigationManager>()));
        services.TryAddScoped(provider => new DebriefExportClient(provider.GetRequiredService<NavigationManager>()));
        // The WebAssembly host registers its own; the server's prerender finds the facilitator's pages already loaded.
        services.TryAddScoped<LazyAssemblyLoader>();
        return services;
    }

    /// <summary>
    /// <c>IStringLocalizer&lt;Strings&gt;</c> as <see cref="GameStrings"/>: the words in Strings.resx, then those the
    /// facilitator's library registers when it is loaded (it keeps them, so a tablet does not download them).
    /// </summary>
    public static IServiceCollection AddGameStrings(this IServiceCollection services)
    {
        services.TryAddSingleton<IStringLocalizer<Strings>, GameStrings>();
        return services;
    }
}
