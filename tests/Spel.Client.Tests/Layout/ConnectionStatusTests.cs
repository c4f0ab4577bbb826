using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Spel.Client.Layout;
using Spel.Client.Realtime;
using Spel.Client.Tests.Support;

namespace Spel.Client.Tests.Layout;

public sealed class ConnectionStatusTests : DutchContext
{
    public ConnectionStatusTests() => Services.AddSingleton<IGameConnection>(new FakeGameConnection());

    [Fact]
    public void Until_the_app_has_loaded_the_page_says_so_instead_of_looking_ready()
    {
        SetRendererInfo(new RendererInfo("Static", isInteractive: false));

        var status = Render<ConnectionStatus>();

        Assert.StartsWith("⟳ Even geduld, het spel wordt geladen", status.Find("[data-testid=app-loading]").TextContent.Trim());
    }

    [Fact]
    public void Once_the_app_runs_the_loading_notice_is_gone()
    {
        SetRendererInfo(new RendererInfo("WebAssembly", isInteractive: true));

        var status = Render<ConnectionStatus>();

        Assert.Empty(status.FindAll("[data-testid=app-loading]"));
    }
}
