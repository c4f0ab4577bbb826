using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Spel.Client.Pages.Debrief;
using Spel.Client.Pages.Host;
using Spel.Client.Realtime;
using Spel.Client.Tests.Debrief;
using Spel.Client.Tests.Support;
using Spel.Scenarios.Play;

namespace Spel.Client.Tests.Host;

/// <summary>The console's world: a hub and a server without a network, and a browser that holds the session's host key.</summary>
public abstract class ConsoleContext : DutchContext
{
    private protected const string HostKey = "host-key-1";
    private protected readonly FakeGameConnection _connection = new();
    private protected readonly FakeBrowserStorage _storage = new();
    private protected readonly FakeServer _server = new();

    protected ConsoleContext()
    {
        // The clicker imports a JavaScript module; these tests press it through its [JSInvokable] method instead.
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddSingleton<IGameConnection>(_connection);
        Services.AddSingleton<IBrowserStorage>(_storage);
        Services.AddSingleton(sp => new SpelApi(sp.GetRequiredService<NavigationManager>(), _server));
        Services.AddScoped(sp => new DebriefExportClient(sp.GetRequiredService<NavigationManager>(), _server));
        _storage.Items[StorageKeys.HostKey(TestData.Code)] = HostKey;
    }

    /// <summary>The console of <see cref="TestData.Code"/>, once it shows <paramref name="view"/>.</summary>
    private protected IRenderedComponent<HostConsole> RenderConsole(FacilitatorView view)
    {
        _connection.HostReply = () => Reply<FacilitatorView>.Ok(view);
        var page = Render<HostConsole>(p => p.Add(c => c.Code, TestData.Code));
        page.WaitForElement("[data-testid=phase]");
        return page;
    }
}
