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

    [Fact]
    public void On_the_projector_the_language_toggle_has_a_strip_of_its_own_below_the_game_not_over_it()
    {
        var layout = Render<ScreenLayout>(p => p.Add(l => l.Body, b => b.AddMarkupContent(0, "<main data-testid=\"game\">Spel</main>")));

        // A footer landmark after the page's body, so nothing on the screen is outside a landmark and the toggle
        // takes room in the flow instead of lying on top of the game.
        var strip = layout.Find("[data-testid=screen-corner]");
        Assert.Equal("FOOTER", strip.TagName);
        Assert.NotNull(strip.QuerySelector(".language-toggle"));
        Assert.Null(layout.Find("[data-testid=game]").Closest("[data-testid=screen-corner]"));
        Assert.Contains("screen-body", strip.PreviousElementSibling!.ClassList);
        Assert.Equal(["NL", "EN"], strip.QuerySelectorAll(".language").Select(b => b.TextContent.Trim()));
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
