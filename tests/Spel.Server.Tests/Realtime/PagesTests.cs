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
}
