using Bunit;
using Spel.Client.Outcome;
using Spel.Scenarios.Localization;
using Spel.Client.Tests.Debrief;
using Spel.Client.Tests.Support;

namespace Spel.Client.Tests.Outcome;

public sealed class DebriefSummaryTests : DutchContext
{
    [Fact]
    public void The_group_sees_the_cards_played_and_the_most_divided_cards()
    {
        var summary = Render<DebriefSummary>(p => p.Add(s => s.Debrief, DebriefData.Summary()));

        Assert.Equal("3 kaarten besproken", summary.Find("[data-testid=cards-played]").TextContent);
        Assert.Equal(
            ["Kaart 5: Glasvezel door de coöperatie", "Kaart 2: Het terras van het dorpshuis"],
            summary.FindAll("[data-testid=most-divided] li").Select(li => li.TextContent));
    }

    [Fact]
    public void The_group_sees_the_profile_how_well_the_sides_know_each_other_and_the_afsprakenkaart()
    {
        var summary = Render<DebriefSummary>(p => p.Add(s => s.Debrief, DebriefData.Summary()));

        var group = summary.Find("[data-testid=group-summary]");
        Assert.NotNull(group.QuerySelector("[data-testid=profile-chart]"));
        Assert.Contains("78% (voorspellingen: 6)", group.QuerySelector("[data-testid=know-gemeente]")!.TextContent);
        Assert.Contains("69% (voorspellingen: 4)", group.QuerySelector("[data-testid=know-dorpsbelangen]")!.TextContent);
        Assert.Equal(3, group.QuerySelectorAll("[data-testid=afsprakenkaart] tbody tr").Length);
    }

    [Fact]
    public void Without_predictions_the_summary_leaves_out_how_well_the_sides_know_each_other()
    {
        var summary = Render<DebriefSummary>(p => p.Add(s => s.Debrief, DebriefData.Summary() with { KnowEachOther = [] }));

        Assert.Empty(summary.FindAll("[data-testid=know-each-other]"));
    }
}
