using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Spel.Client.Layout;
using Spel.Client.Realtime;
using Spel.Client.Tests.Support;

namespace Spel.Client.Tests.Layout;

public sealed class SafeBodyTests : DutchContext
{
    public SafeBodyTests()
    {
        Services.AddSingleton<IGameConnection>(new FakeGameConnection());
        Services.AddSingleton<IBrowserStorage>(new FakeBrowserStorage());
        SetRendererInfo(new RendererInfo("WebAssembly", isInteractive: true));
    }

    [Fact]
    public void A_page_that_fails_shows_a_friendly_message_and_a_way_to_carry_on()
    {
        var navigation = Services.GetRequiredService<NavigationManager>();
        navigation.NavigateTo("spel/ABCDEFG");

        var layout = Render<MainLayout>(p => p.Add(l => l.Body, Failing));

        var failed = layout.Find("[data-testid=page-failed]");
        Assert.Equal("Er ging iets mis op dit scherm", failed.QuerySelector("h1")!.TextContent);
        Assert.Contains("Laad de pagina opnieuw", failed.TextContent);
        Assert.Equal(navigation.Uri, layout.Find("[data-testid=page-failed-reload]").GetAttribute("href"));
        Assert.Equal("Naar het begin", layout.Find("[data-testid=page-failed-home]").TextContent);
        Assert.NotEmpty(layout.FindAll(".language-toggle"));
    }

    [Fact]
    public void The_next_page_after_a_failure_shows_as_usual()
    {
        var layout = Render<MainLayout>(p => p.Add(l => l.Body, Failing));

        layout.Render(p => p.Add(l => l.Body, b => b.AddMarkupContent(0, "<main data-testid=\"next-page\">Volgende</main>")));

        Assert.Empty(layout.FindAll("[data-testid=page-failed]"));
        Assert.Equal("Volgende", layout.Find("[data-testid=next-page]").TextContent);
    }

    [Fact]
    public void The_projector_layout_catches_a_failing_page_too()
    {
        var layout = Render<ScreenLayout>(p => p.Add(l => l.Body, Failing));

        Assert.NotNull(layout.Find("[data-testid=page-failed]"));
    }

    private static void Failing(Microsoft.AspNetCore.Components.Rendering.RenderTreeBuilder builder)
    {
        builder.OpenComponent<FailingPage>(0);
        builder.CloseComponent();
    }

    private sealed class FailingPage : ComponentBase
    {
        protected override void OnInitialized() => throw new InvalidOperationException("A page that cannot render.");
    }
}
