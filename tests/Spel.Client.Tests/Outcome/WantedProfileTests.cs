using Bunit;
using Spel.Client.Outcome;
using Spel.Client.Tests.Debrief;
using Spel.Client.Tests.Support;
using Spel.Scenarios.Decks;
using Spel.Scenarios.Play;

namespace Spel.Client.Tests.Outcome;

/// <summary>"Waar willen we naartoe" on the debrief's screens: both profiles per side and a card's now → wanted.</summary>
public sealed class WantedProfileTests : DutchContext
{
    private static FunctionProfile WithSecondVotes() => new([
        new SideProfile(Side.Gemeente, new FunctionScores(5, 0, 5, 0), new FunctionScores(0, 0, 5, 5), Choices: 4, Respondents: 2)
        {
            WantedChoices = 4,
            Slotvraag = new FunctionScores(4, 2, 2, 2),
            StancesNow = new StanceScores(7.5, 2.5, 0, 0, 0),
            StancesWanted = new StanceScores(0, 0, 2.5, 2.5, 5),
            StanceChoices = 4,
            WantedStanceChoices = 4,
        },
    ]);

    [Theory]
    [InlineData("reguleren", "7,5", "0,0")]
    [InlineData("regisseren", "2,5", "0,0")]
    [InlineData("loslaten", "0,0", "5,0")]
    public void The_gemeentes_stances_show_now_and_wanted_as_numbers_on_their_bars(string stance, string now, string wanted)
    {
        var chart = Render<FunctionProfileChart>(p => p.Add(c => c.Profile, WithSecondVotes()));

        var bars = chart.Find($"[data-testid=profile-gemeente-{stance}]");
        Assert.Equal(now, bars.QuerySelector("[data-testid=now] .profile-value")!.TextContent);
        Assert.Equal(wanted, bars.QuerySelector("[data-testid=wanted] .profile-value")!.TextContent);
    }

    [Fact]
    public void Each_side_names_both_profiles_and_the_five_ladder_steps_in_order()
    {
        var chart = Render<FunctionProfileChart>(p => p.Add(c => c.Profile, WithSecondVotes()));

        Assert.Equal(
            ["Functies van de dorpsorganisatie", "Houding van de gemeente (participatieladder)"],
            chart.FindAll("[data-testid=profile-gemeente] .profile-kind").Select(h => h.TextContent));
        Assert.Equal(
            ["Vertegenwoordiger", "Kennisdeler", "Verbinder", "Aanjager", "Reguleren", "Regisseren", "Stimuleren", "Faciliteren", "Loslaten"],
            chart.FindAll("[data-testid=profile-gemeente] .profile-function-name").Select(n => n.TextContent));
    }

    [Fact]
    public void With_second_votes_the_slotvraag_is_a_third_bar_with_its_own_word_and_pattern()
    {
        var chart = Render<FunctionProfileChart>(p => p.Add(c => c.Profile, WithSecondVotes()));

        var vertegenwoordiger = chart.Find("[data-testid=profile-gemeente-vertegenwoordiger]");
        Assert.Equal("0,0", vertegenwoordiger.QuerySelector("[data-testid=wanted] .profile-value")!.TextContent);
        var slotvraag = vertegenwoordiger.QuerySelector("[data-testid=slotvraag]")!;
        Assert.Equal("slotvraag", slotvraag.QuerySelector(".profile-bar-word")!.TextContent);
        Assert.Equal("4,0", slotvraag.QuerySelector(".profile-value")!.TextContent);
        Assert.Contains("Slotvraag", chart.Find(".profile-legend").TextContent);
        Assert.Contains("keuzes bij de herstemming: 4", chart.Find("[data-testid=profile-gemeente-wanted-basis]").TextContent);
        // The ladder is not asked in the slotvraag: its steps have no third bar.
        Assert.Null(chart.Find("[data-testid=profile-gemeente-loslaten]").QuerySelector("[data-testid=slotvraag]"));
    }

    [Fact]
    public void Without_second_votes_wanted_comes_from_the_slotvraag_and_the_stances_say_they_were_not_asked()
    {
        var chart = Render<FunctionProfileChart>(p => p.Add(c => c.Profile, DebriefData.Profile()));

        Assert.Contains("uit de slotvraag", chart.Find("[data-testid=profile-gemeente-wanted-basis]").TextContent);
        Assert.Contains("niet gevraagd", chart.Find("[data-testid=profile-gemeente-stances-not-asked]").TextContent);
        Assert.Equal("–", chart.Find("[data-testid=profile-gemeente-faciliteren] [data-testid=wanted] .profile-value").TextContent);
        Assert.Empty(chart.FindAll("[data-testid=slotvraag]"));
        Assert.DoesNotContain("Slotvraag", chart.Find(".profile-legend").TextContent);
    }

    [Fact]
    public void A_card_shows_how_many_chose_each_course_of_action_now_and_wanted()
    {
        var movement = new MovementView([new SideMovement(null, 3, 2, 2.3, 3, 1.7, 2.7, 0.2)])
        {
            Options = [new OptionMove("regels", "Eerst de regels op tafel", 1, 0), new OptionMove("samen", "Samen een plan maken", 1, 3)],
        };

        var list = Render<MovementList>(p => p.Add(c => c.Movement, movement));

        Assert.Contains("Gekozen actie: nu → gewenst", list.Find("[data-testid=option-moves] caption").TextContent);
        var samen = list.Find("[data-testid=option-move-samen]");
        Assert.Equal("Samen een plan maken", samen.QuerySelector("th")!.TextContent);
        Assert.Equal(("1", "3"), (samen.QuerySelector("[data-testid=now]")!.TextContent, samen.QuerySelector("[data-testid=wanted]")!.TextContent));
    }

    [Fact]
    public void A_second_vote_without_a_course_of_action_shows_no_option_table()
    {
        var movement = new MovementView([new SideMovement(null, 3, 2, 2.3, 3, 1.7, 2.7, 0.2)]);

        var list = Render<MovementList>(p => p.Add(c => c.Movement, movement));

        Assert.Empty(list.FindAll("[data-testid=option-moves]"));
    }
}
