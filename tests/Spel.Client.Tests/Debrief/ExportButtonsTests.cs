using System.Net;
using System.Text;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Spel.Client.Pages.Debrief;
using Spel.Client.Tests.Support;
using Spel.Scenarios.Play;

namespace Spel.Client.Tests.Debrief;

public sealed class ExportButtonsTests : DutchContext
{
    private const string HostKey = "host-key-1";
    private readonly BunitJSModuleInterop _module;
    private HttpResponseMessage _response = FakeHttpHandler.File("debrief-ABCDEFG.csv", "text/csv; charset=utf-8", [0xEF, 0xBB, 0xBF, (byte)'k']);
    private readonly FakeHttpHandler _http;

    public ExportButtonsTests()
    {
        _http = new FakeHttpHandler(_ => _response);
        Services.AddScoped(services => new DebriefExportClient(services.GetRequiredService<NavigationManager>(), _http));
        _module = JSInterop.SetupModule(ExportButtons.ModulePath);
        _module.SetupVoid("download", _ => true).SetVoidResult();
        _module.SetupVoid("print");
    }

    [Theory]
    [InlineData("export-markdown", "md")]
    [InlineData("export-csv", "csv")]
    [InlineData("export-json", "json")]
    public void Each_export_button_fetches_its_format_with_the_host_key_in_a_header(string button, string format)
    {
        var buttons = RenderButtons();

        buttons.Find($"[data-testid={button}]").Click();

        buttons.WaitForAssertion(() => Assert.Single(_http.Requests));
        var (uri, hostKey) = _http.Requests[0];
        Assert.Equal($"http://localhost/api/sessions/{TestData.Code}/debrief.{format}", uri.ToString());
        Assert.Equal(HostKey, hostKey);
        Assert.DoesNotContain(HostKey, uri.ToString());
    }

    [Fact]
    public void The_downloaded_file_goes_to_the_browser_with_its_name_type_and_bytes()
    {
        var buttons = RenderButtons();

        buttons.Find("[data-testid=export-csv]").Click();

        buttons.WaitForAssertion(() => _module.VerifyInvoke("download"));
        var arguments = _module.VerifyInvoke("download").Arguments;
        Assert.Equal("debrief-ABCDEFG.csv", arguments[0]);
        Assert.Equal("text/csv; charset=utf-8", arguments[1]);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF, (byte)'k' }, arguments[2]);
    }

    [Fact]
    public void A_refused_download_says_why_and_saves_nothing()
    {
        _response = FakeHttpHandler.Problem(HttpStatusCode.Forbidden, nameof(ErrorCode.WrongHostKey));
        var buttons = RenderButtons();

        buttons.Find("[data-testid=export-json]").Click();

        buttons.WaitForAssertion(() => Assert.Contains("de sleutel klopt niet", buttons.Find("[data-testid=export-error]").TextContent));
        _module.VerifyNotInvoke("download");
    }

    [Fact]
    public void A_failing_server_gives_a_plain_message()
    {
        _response = new HttpResponseMessage(HttpStatusCode.InternalServerError) { Content = new StringContent("oops", Encoding.UTF8, "text/plain") };
        var buttons = RenderButtons();

        buttons.Find("[data-testid=export-markdown]").Click();

        buttons.WaitForAssertion(() => Assert.Contains("Downloaden lukte niet", buttons.Find("[data-testid=export-error]").TextContent));
    }

    [Fact]
    public void Printing_first_readies_the_page_then_opens_the_print_dialogue()
    {
        var readied = false;
        var buttons = RenderButtons(() =>
        {
            readied = true;
            return Task.CompletedTask;
        });

        buttons.Find("[data-testid=print]").Click();

        buttons.WaitForAssertion(() => _module.VerifyInvoke("print"));
        Assert.True(readied);
        Assert.Empty(_http.Requests);
    }

    [Fact]
    public void The_app_can_build_the_export_client_itself()
    {
        var services = new ServiceCollection();
        services.AddSingleton<NavigationManager>(Services.GetRequiredService<NavigationManager>());
        services.AddSpelClient();

        using var provider = services.BuildServiceProvider();

        Assert.NotNull(provider.GetRequiredService<DebriefExportClient>());
    }

    private IRenderedComponent<ExportButtons> RenderButtons(Func<Task>? beforePrint = null) =>
        Render<ExportButtons>(p => p
            .Add(b => b.Code, TestData.Code)
            .Add(b => b.HostKey, HostKey)
            .Add(b => b.BeforePrint, beforePrint));
}
