using Microsoft.AspNetCore.Components.WebAssembly.Services;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Spel.Client.Pages.Debrief;
using Spel.Client.Realtime;

namespace Spel.Client;

public static class SpelClientServices
{
    /// <summary>
    /// Registers everything the pages inject. Called by the WebAssembly app and by the server, which prerenders the
    /// same pages (nothing here talks to the hub or the browser until a page has rendered interactively).
    /// </summary>
    public static IServiceCollection AddSpelClient(this IServiceCollection services)
    {
        services.AddLocalization();
        // The countdowns tick on it, so tests can hold time still.
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddScoped<IGameConnection, GameConnection>();
        services.TryAddScoped<IBrowserStorage, BrowserStorage>();
        services.TryAddScoped<SpelApi>();
        services.TryAddScoped<DebriefExportClient>();
        // The WebAssembly host registers its own; the server's prerender finds the facilitator's pages already loaded.
        services.TryAddScoped<LazyAssemblyLoader>();
        return services;
    }
}
