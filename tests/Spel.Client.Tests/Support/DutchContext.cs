using System.Globalization;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Spel.Client.Tests.Support;

/// <summary>A bUnit context with the app's real resources, in Dutch, the language a workshop runs in.</summary>
public abstract class DutchContext : BunitContext
{
    protected DutchContext()
    {
        var dutch = CultureInfo.GetCultureInfo("nl");
        CultureInfo.DefaultThreadCurrentCulture = dutch;
        CultureInfo.DefaultThreadCurrentUICulture = dutch;
        CultureInfo.CurrentCulture = dutch;
        CultureInfo.CurrentUICulture = dutch;
        Services.AddGameStrings();
        Services.AddSingleton<TimeProvider>(Clock);
    }

    /// <summary>The countdowns' clock: it stands still unless a test advances it, so no count depends on how fast a test runs.</summary>
    protected FakeTimeProvider Clock { get; } = new();
}
