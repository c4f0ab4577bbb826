using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Spel.Client.Pages.Debrief;
using Spel.Client.Tests.Support;

namespace Spel.Client.Tests.Debrief;

public sealed class DebriefReportTests : DutchContext
{
    public DebriefReportTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddScoped(services => new DebriefExportClient(services.GetRequiredService<NavigationManager>(), new FakeHttpHandler(_ => throw new InvalidOperationException("No download in this test."))));
    }

    [Fact]
    public void The_cards_come_in_the_order_given_most_divided_first()
    {
        var report = Render<DebriefReport>(p => p.Add(r => r.Debrief, DebriefData.Debrief()).Add(r => r.HostKey, "key"));

        Assert.Equal(
            ["debrief-card-5", "debrief-card-2"],
            report.FindAll("[data-testid^=debrief-card-]").Select(card => card.GetAttribute("data-testid")));
    }

    [Fact]
    public void The_report_has_the_profile_how_well_we_know_each_other_the_afsprakenkaart_and_the_exports()
    {
        var report = Render<DebriefReport>(p => p.Add(r => r.Debrief, DebriefData.Debrief()).Add(r => r.HostKey, "key"));

        foreach (var testId in new[] { "profile-chart", "know-each-other", "afsprakenkaart", "print", "export-markdown", "export-csv", "export-json" })
        {
            Assert.Single(report.FindAll($"[data-testid={testId}]"));
        }

        Assert.Equal("Debrief: Kleine kernen", report.Find("h1").TextContent);
        Assert.Equal("Sessie ABC DEFG · 14 maart 2025 · 9 plekken", report.Find("[data-testid=debrief-meta]").TextContent);
    }

    [Fact]
    public void Buttons_and_links_stay_off_paper()
    {
        var report = Render<DebriefReport>(p => p.Add(r => r.Debrief, DebriefData.Debrief()).Add(r => r.HostKey, "key"));

        Assert.All(report.FindAll("button"), button => Assert.NotNull(button.Closest(".no-print")));
    }
}
