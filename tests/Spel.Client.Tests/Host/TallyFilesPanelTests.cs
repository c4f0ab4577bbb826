using System.Net;
using System.Text;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection;
using Spel.Client.Pages.Debrief;
using Spel.Client.Pages.Host;
using Spel.Client.Tests.Debrief;
using Spel.Client.Tests.Support;
using Spel.Scenarios.Play;

namespace Spel.Client.Tests.Host;

/// <summary>The console's tally files: this session's saved through the browser, others' imported file by file with what each came to.</summary>
public sealed class TallyFilesPanelTests : DutchContext
{
    private const string HostKey = "host-key-1";
    private static readonly byte[] Tally = Encoding.UTF8.GetBytes("""{"format":"spel.tally","version":1,"sessions":[]}""");
    private readonly BunitJSModuleInterop _module;
    private readonly FakeHttpHandler _http;

    public TallyFilesPanelTests()
    {
        _http = new FakeHttpHandler(Answer);
        Services.AddScoped(services => new DebriefExportClient(services.GetRequiredService<NavigationManager>(), _http));
        _module = JSInterop.SetupModule(ExportButtons.ModulePath);
        _module.SetupVoid("download", _ => true).SetVoidResult();
    }

    [Fact]
    public void Saving_fetches_the_sessions_tally_with_the_host_key_in_a_header_and_hands_it_to_the_browser()
    {
        var panel = RenderPanel(shares: true);

        panel.Find("[data-testid=tally-export]").Click();

        panel.WaitForAssertion(() => _module.VerifyInvoke("download"));
        var (uri, hostKey) = _http.Requests.Single();
        Assert.Equal($"http://localhost/api/sessions/{TestData.Code}/tally.json", uri.ToString());
        Assert.Equal(HostKey, hostKey);
        var arguments = _module.VerifyInvoke("download").Arguments;
        Assert.Equal("tally-wie-heeft-de-regie.json", arguments[0]);
        Assert.Equal(Tally, arguments[2]);
    }

    [Fact]
    public void A_session_that_does_not_share_says_why_it_has_nothing_to_save_and_still_imports()
    {
        var panel = RenderPanel(shares: false);

        Assert.Empty(panel.FindAll("[data-testid=tally-export]"));
        Assert.Contains("deelt haar antwoorden niet", panel.Find("[data-testid=tally-not-shared]").TextContent);
        Assert.NotNull(panel.Find("[data-testid=tally-import]"));
    }

    [Fact]
    public void Each_imported_file_says_what_it_came_to_and_a_refused_one_says_why_in_dutch()
    {
        var panel = RenderPanel(shares: true);

        panel.FindComponent<InputFile>().UploadFiles(
            InputFileContent.CreateFromText("""{"format":"spel.tally","version":1}""", "dorp-a.json"),
            InputFileContent.CreateFromText("""{"format":"spel.tally","version":2}""", "dorp-b.json"));

        panel.WaitForAssertion(() => Assert.Equal(2, panel.FindAll("[data-testid=tally-result]").Count));
        var results = panel.FindAll("[data-testid=tally-result]");
        Assert.Equal("dorp-a.json: 2 van de 3 sessies toegevoegd (de andere telden hier al).", results[0].TextContent);
        Assert.StartsWith("dorp-b.json: Dit telbestand komt uit een nieuwere versie van het spel.", results[1].TextContent);
        Assert.Contains("error", results[1].ClassList);
        Assert.DoesNotContain("error", results[0].ClassList);
        Assert.All(_http.Requests, request => Assert.Equal(HostKey, request.HostKey));
    }

    private static HttpResponseMessage Answer(HttpRequestMessage request)
    {
        if (request.Method == HttpMethod.Get)
        {
            return FakeHttpHandler.File("tally-wie-heeft-de-regie.json", "application/json; charset=utf-8", Tally);
        }

        var body = request.Content!.ReadAsStringAsync().GetAwaiter().GetResult();
        return body.Contains("\"version\":2", StringComparison.Ordinal)
            ? FakeHttpHandler.Problem(HttpStatusCode.BadRequest, nameof(ErrorCode.TallyNewerVersion))
            : new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("""{"sessions":3,"added":2}""", Encoding.UTF8, "application/json") };
    }

    private IRenderedComponent<TallyFilesPanel> RenderPanel(bool shares) =>
        Render<TallyFilesPanel>(p => p
            .Add(c => c.Code, TestData.Code)
            .Add(c => c.HostKey, HostKey)
            .Add(c => c.Shares, shares));
}
