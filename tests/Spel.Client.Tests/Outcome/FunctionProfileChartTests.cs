using Bunit;
using Spel.Client.Outcome;
using Spel.Scenarios.Localization;
using Spel.Client.Tests.Debrief;
using Spel.Client.Tests.Support;
using Spel.Scenarios.Decks;
using Spel.Scenarios.Play;

namespace Spel.Client.Tests.Outcome;

public sealed class FunctionProfileChartTests : DutchContext
{
    [Theory]
    [InlineData("gemeente", "vertegenwoordiger", "5,0", "2,0")]
    [InlineData("gemeente", "kennisdeler", "0,0", "3,0")]
    [InlineData("dorpsbelangen", "verbinder", "6,7", "4,0")]
    [InlineData("dorpsbelangen", "aanjager", "3,3", "4,0")]
    public void Each_side_shows_now_and_wanted_as_numbers_on_its_bars(string side, string function, string now, string wanted)
    {
        var chart = Render<FunctionProfileChart>(p => p.Add(c => c.Profile, DebriefData.Profile()));

        var bars = chart.Find($"[data-testid=profile-{side}-{function}]");
        Assert.Equal(now, bars.QuerySelector("[data-testid=now] .profile-value")!.TextContent);
        Assert.Equal(wanted, bars.QuerySelector("[data-testid=wanted] .profile-value")!.TextContent);
    }

    [Fact]
    public void Each_side_has_its_name_and_the_four_functions()
    {
        var chart = Render<FunctionProfileChart>(p => p.Add(c => c.Profile, DebriefData.Profile()));

        Assert.Contains("Gemeente", chart.Find("[data-testid=profile-gemeente] figcaption").TextContent);
        Assert.Contains("Dorpsbelangen", chart.Find("[data-testid=profile-dorpsbelangen] figcaption").TextContent);
        Assert.Equal(
            ["Vertegenwoordiger", "Kennisdeler", "Verbinder", "Aanjager"],
            chart.FindAll("[data-testid=profile-gemeente] .profile-function-name").Take(4).Select(n => n.TextContent));
    }

    [Fact]
    public void Now_and_wanted_differ_in_words_and_pattern_not_in_colour_alone()
    {
        var chart = Render<FunctionProfileChart>(p => p.Add(c => c.Profile, DebriefData.Profile()));

        Assert.All(chart.FindAll("[data-testid=now]"), bar => Assert.Equal("nu", bar.QuerySelector(".profile-bar-word")!.TextContent));
        Assert.All(chart.FindAll("[data-testid=wanted]"), bar => Assert.Equal("naartoe", bar.QuerySelector(".profile-bar-word")!.TextContent));
        Assert.Contains("Hoe handelen we nu", chart.Find(".profile-legend").TextContent);
        Assert.Contains("Waar willen we naartoe", chart.Find(".profile-legend").TextContent);
    }

    [Fact]
    public void A_screen_reader_hears_each_bar_as_one_picture_with_its_function_word_and_number()
    {
        var chart = Render<FunctionProfileChart>(p => p.Add(c => c.Profile, DebriefData.Profile()));

        // An aria-label only counts on an element with a role that takes one (axe: aria-prohibited-attr).
        var bar = chart.Find("[data-testid=profile-dorpsbelangen-verbinder] [data-testid=now]");
        Assert.Equal("img", bar.GetAttribute("role"));
        var label = bar.GetAttribute("aria-label")!;
        Assert.Contains("Verbinder", label);
        Assert.Contains("nu", label);
        Assert.Contains("6,7", label);
    }

    [Fact]
    public void A_bar_is_as_long_as_its_score_on_the_ten_point_scale()
    {
        var chart = Render<FunctionProfileChart>(p => p.Add(c => c.Profile, DebriefData.Profile()));

        var fill = chart.Find("[data-testid=profile-dorpsbelangen-verbinder] [data-testid=now] .profile-fill");
        Assert.Contains("width: 66.7%", fill.GetAttribute("style"));
    }

    [Fact]
    public void When_the_split_is_hidden_the_room_has_one_profile_and_a_missing_slotvraag_shows_a_dash()
    {
        var profile = new FunctionProfile([new SideProfile(null, new FunctionScores(2.5, 2.5, 2.5, 2.5), null, Choices: 8, Respondents: 0)]);

        var chart = Render<FunctionProfileChart>(p => p.Add(c => c.Profile, profile));

        Assert.Contains("De hele zaal", chart.Find("[data-testid=profile-room] figcaption").TextContent);
        Assert.Empty(chart.FindAll("[data-testid=profile-gemeente], [data-testid=profile-dorpsbelangen]"));
        Assert.Equal("2,5", chart.Find("[data-testid=profile-room-verbinder] [data-testid=now] .profile-value").TextContent);
        Assert.Equal("–", chart.Find("[data-testid=profile-room-verbinder] [data-testid=wanted] .profile-value").TextContent);
    }

    [Fact]
    public void Without_any_data_the_chart_says_so()
    {
        var profile = new FunctionProfile([new SideProfile(Side.Gemeente, null, null, 0, 0), new SideProfile(Side.Dorpsbelangen, null, null, 0, 0)]);

        var chart = Render<FunctionProfileChart>(p => p.Add(c => c.Profile, profile));

        Assert.Contains("Nog geen gegevens", chart.Markup);
        Assert.Empty(chart.FindAll(".profile-side"));
    }
}
