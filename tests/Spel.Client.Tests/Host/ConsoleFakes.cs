using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Spel.Client.Pages.Debrief;
using Spel.Client.Realtime;
using Spel.Client.Tests.Debrief;
using Spel.Client.Tests.Support;

namespace Spel.Client.Tests.Host;

/// <summary>What a console page runs on in a test: the hub line, this browser's storage holding the host key, and the HTTP server.</summary>
internal sealed class ConsoleFakes
{
    public const string HostKey = "host-key-1";

    public ConsoleFakes(BunitContext context)
    {
        // The clicker imports a JavaScript module; tests press it through its [JSInvokable] method instead.
        context.JSInterop.Mode = JSRuntimeMode.Loose;
        context.Services.AddSingleton<IGameConnection>(Connection);
        context.Services.AddSingleton<IBrowserStorage>(Storage);
        context.Services.AddSingleton(sp => new SpelApi(sp.GetRequiredService<NavigationManager>(), Server));
        context.Services.AddScoped(sp => new DebriefExportClient(sp.GetRequiredService<NavigationManager>(), Server));
        Storage.Items[StorageKeys.HostKey(TestData.Code)] = HostKey;
    }

    public FakeGameConnection Connection { get; } = new();

    public FakeBrowserStorage Storage { get; } = new();

    public FakeServer Server { get; } = new();
}
