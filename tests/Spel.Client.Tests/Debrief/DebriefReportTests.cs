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

        Assert.Equal("Nabespreking: Kleine kernen", report.Find("h1").TextContent);
    }

    [Fact]
    public void The_cover_names_the_venue_date_facilitator_deck_session_and_seats()
    {
        var debrief = DebriefData.Debrief();
        debrief = debrief with { Settings = debrief.Settings with { Venue = "Dorpshuis De Linde, Ees", Facilitator = "Anna de Vries" } };

        var report = Render<DebriefReport>(p => p.Add(r => r.Debrief, debrief).Add(r => r.HostKey, "key"));

        var cover = report.Find("[data-testid=debrief-cover]");
        Assert.Equal("Dorpshuis De Linde, Ees", cover.QuerySelector("[data-testid=cover-venue]")!.TextContent);
        Assert.Equal(
            ["Datum: 14 maart 2025", "Begeleider: Anna de Vries", "Deck: Kleine kernen", "Sessie: ABC DEFG", "Plekken: 9"],
            Facts(report));
    }

    [Fact]
    public void A_cover_without_venue_or_facilitator_leaves_those_lines_out()
    {
        var report = Render<DebriefReport>(p => p.Add(r => r.Debrief, DebriefData.Debrief()).Add(r => r.HostKey, "key"));

        Assert.Empty(report.FindAll("[data-testid=cover-venue]"));
        Assert.Equal(["Datum: 14 maart 2025", "Deck: Kleine kernen", "Sessie: ABC DEFG", "Plekken: 9"], Facts(report));
    }

    [Fact]
    public void Screen_and_paper_share_one_order_cover_then_summary_then_the_cards()
    {
        var report = Render<DebriefReport>(p => p.Add(r => r.Debrief, DebriefData.Debrief()).Add(r => r.HostKey, "key"));

        var parts = report.Find(".debrief-report").Children.Select(part => part.ClassList).ToList();
        Assert.Equal(3, parts.Count);
        Assert.Contains("debrief-cover", parts[0]);
        Assert.Contains("debrief-summary-page", parts[1]);
        Assert.Contains("debrief-cards", parts[2]);
        var summary = report.Find("[data-testid=debrief-summary]");
        Assert.Equal("Samenvatting", summary.QuerySelector("h2")!.TextContent);
        foreach (var testId in new[] { "most-divided", "profile-chart", "know-each-other", "afsprakenkaart" })
        {
            Assert.NotNull(summary.QuerySelector($"[data-testid={testId}]"));
        }
    }

    [Fact]
    public void The_summary_names_the_most_divided_cards_with_their_gap_where_the_sides_are_shown()
    {
        var split = DebriefData.SplitCard();
        split = split with { Reveal = split.Reveal with { Outcome = split.Reveal.Outcome with { Spread = 0.2 } } };
        var debrief = DebriefData.Debrief() with { Cards = [DebriefData.HiddenSplitCard(), split] };

        var report = Render<DebriefReport>(p => p.Add(r => r.Debrief, debrief).Add(r => r.HostKey, "key"));

        var divided = report.FindAll("[data-testid=most-divided] li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(2, divided.Count);
        Assert.StartsWith("Kaart 5: Glasvezel door de coöperatie", divided[0]);
        Assert.DoesNotContain("verschil", divided[0]);
        Assert.StartsWith("Kaart 2: Het terras van het dorpshuis", divided[1]);
        Assert.Contains("verschil", divided[1]);
    }

    [Fact]
    public void Every_card_is_a_block_of_its_own_with_its_afspraak_inside_it()
    {
        var report = Render<DebriefReport>(p => p.Add(r => r.Debrief, DebriefData.Debrief()).Add(r => r.HostKey, "key"));

        // print.css starts each .debrief-card on a new page and keeps .agreement-details whole: it must sit in its card.
        var cards = report.FindAll("[data-testid^=debrief-card-]");
        Assert.All(cards, card => Assert.Contains("debrief-card", card.ClassList));
        Assert.All(report.FindAll(".agreement-details"), agreement => Assert.NotNull(agreement.Closest(".debrief-card")));
    }

    private static List<string> Facts(IRenderedComponent<DebriefReport> report) =>
        report.FindAll("[data-testid=cover-facts] dt")
            .Select(dt => $"{dt.TextContent}: {dt.NextElementSibling!.TextContent}")
            .ToList();

    [Fact]
    public void Buttons_and_links_stay_off_paper()
    {
        var report = Render<DebriefReport>(p => p.Add(r => r.Debrief, DebriefData.Debrief()).Add(r => r.HostKey, "key"));

        Assert.All(report.FindAll("button"), button => Assert.NotNull(button.Closest(".no-print")));
    }
}
