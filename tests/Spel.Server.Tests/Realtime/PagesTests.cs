using System.Net.Http.Headers;
using Spel.Server.Tests.Support;

namespace Spel.Server.Tests.Realtime;

public sealed class PagesTests : IAsyncLifetime
{
    private readonly SpelServerFactory _server = SpelServerFactory.WithFreshData();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _server.DeleteData();
    }

    [Fact]
    public async Task The_start_page_speaks_Dutch_even_to_a_browser_set_to_English()
    {
        var http = _server.CreateClient();
        http.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("en-US"));

        var page = await http.GetStringAsync("/");

        Assert.Contains("<html lang=\"nl\"", page);
        Assert.Contains("Een workshop starten", page);
    }

    [Fact]
    public async Task The_start_page_speaks_English_when_the_language_toggle_chose_it()
    {
        var http = _server.CreateClient();
        http.DefaultRequestHeaders.Add("Cookie", ".AspNetCore.Culture=c%3Den%7Cuic%3Den");

        var page = await http.GetStringAsync("/");

        Assert.Contains("Start a workshop", page);
    }

    [Fact]
    public async Task A_facilitator_page_links_its_own_styles_and_a_tablet_page_neither_links_nor_imports_them()
    {
        var http = _server.CreateClient();

        var start = await http.GetStringAsync("/");
        var join = await http.GetStringAsync("/doe-mee");
        var bundle = await http.GetStringAsync("/Spel.Server.styles.css");
        var link = System.Text.RegularExpressions.Regex.Match(start, "href=\"(_content/Spel\\.Client\\.Facilitator/[^\"]+\\.css)\"");
        var styles = await http.GetAsync("/" + link.Groups[1].Value);

        Assert.True(link.Success, "The start page does not link the facilitator's styles.");
        Assert.Equal("text/css", styles.Content.Headers.ContentType?.MediaType);
        Assert.Contains(".my-sessions", await styles.Content.ReadAsStringAsync());
        Assert.DoesNotContain("Spel.Client.Facilitator", join);
        Assert.DoesNotContain("Spel.Client.Facilitator", bundle);
        Assert.Contains("_content/Spel.Client/", bundle);
    }
}
