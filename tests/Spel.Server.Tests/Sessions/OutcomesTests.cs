using Spel.Scenarios.Decks;
using Spel.Scenarios.Play;
using Spel.Server.Sessions;
using Spel.Server.Tests.Support;

namespace Spel.Server.Tests.Sessions;

/// <summary>The tallies against examples worked out by hand (the arithmetic is in each test's comments).</summary>
public sealed class OutcomesTests
{
    private const int Precision = 4;
    private static readonly Card Card = TestDecks.WithCards(1).Cards[0];

    // Gemeente at (4,5) and (2,3): average (3,4). Dorpsbelangen at (1,1), (1,3), (1,2): average (1,2).
    private static readonly Vote[] Room =
    [
        Gemeente(4, 5, "regels"),
        Gemeente(2, 3, "samen"),
        Dorpsbelangen(1, 1, "loslaten"),
        Dorpsbelangen(1, 3, "loslaten"),
        Dorpsbelangen(1, 2, "samen"),
    ];

    [Fact]
    public void The_gap_is_the_distance_between_the_sides_averages_with_each_axis_scaled()
    {
        var outcome = Outcomes.For(Card, 1, Room, anonymous: false);

        // 2 types apart of 3, 2 steps apart of 4: sqrt((2/3)² + (2/4)²) / sqrt(2) = sqrt(0.69444) / 1.41421 = 0.58926.
        Assert.Equal((2.0, 2.0), (outcome.Gap!.Eigenaarschap, outcome.Gap.Regie));
        Assert.Equal(0.589256, outcome.Gap.Distance, Precision);
        Assert.Equal((3.0, 4.0), (outcome.Gemeente!.MeanEigenaarschap, outcome.Gemeente.MeanRegie));
        Assert.Equal([3, 0, 0, 0], outcome.Dorpsbelangen!.Eigenaarschap);
        Assert.Equal([1, 1, 2, 0, 1], outcome.All.Regie);
        Assert.Contains(outcome.Options, o => o is { OptionId: "loslaten", Total: 2, Gemeente: 0, Dorpsbelangen: 2, Function: VillageFunction.Aanjager });
    }

    [Fact]
    public void Opposite_corners_are_distance_one_and_the_same_spot_is_zero()
    {
        Assert.Equal(1.0, BoardDistance.Between(new Position(Eigenaarschap.Gemeenschap, Regie.VolledigGemeenschap), new Position(Eigenaarschap.Gemeente, Regie.VolledigGemeente)), Precision);
        Assert.Equal(0.0, BoardDistance.Between(new Position(Eigenaarschap.Gemeente, Regie.Gedeeld), new Position(Eigenaarschap.Gemeente, Regie.Gedeeld)), Precision);
    }

    [Fact]
    public void The_spread_is_the_mean_distance_from_the_rooms_average()
    {
        // (1,1) and (4,5) average (2.5,3); each is 1.5/3 = 0.5 and 2/4 = 0.5 away: sqrt(0.5) / sqrt(2) = 0.5.
        var split = Outcomes.Spread([At(1, 1), At(4, 5)]);
        var agreed = Outcomes.Spread([At(2, 3), At(2, 3), At(2, 3)]);

        Assert.Equal(0.5, split, Precision);
        Assert.Equal(0.0, agreed, Precision);
        Assert.Equal(0.0, Outcomes.Spread([]), Precision);
    }

    [Fact]
    public void Predictions_are_measured_against_the_other_sides_average()
    {
        var votes = new[]
        {
            // The gemeente predicts dorpsbelangen at (1,2) (exactly right) and at (4,2): 3/3 off = 1/sqrt(2) = 0.70711.
            Gemeente(4, 5, "regels", predicted: At(1, 2)),
            Gemeente(2, 3, "samen", predicted: At(4, 2)),
            // Dorpsbelangen predicts the gemeente at its real average (3,4).
            Dorpsbelangen(1, 1, "loslaten", predicted: At(3, 4)),
            Dorpsbelangen(1, 3, "loslaten"),
            Dorpsbelangen(1, 2, "samen"),
        };

        var predictions = Outcomes.Predictions(votes, splitShown: true);

        var gemeente = predictions.Single(p => p.Side == Side.Gemeente);
        Assert.Equal((2, 2.5, 2.0, 1.0, 2.0), (gemeente.Count, gemeente.PredictedEigenaarschap, gemeente.PredictedRegie, gemeente.ActualEigenaarschap, gemeente.ActualRegie));
        Assert.Equal(0.353553, gemeente.MeanDistance, Precision);
        var dorpsbelangen = predictions.Single(p => p.Side == Side.Dorpsbelangen);
        Assert.Equal((1, 0.0), (dorpsbelangen.Count, dorpsbelangen.MeanDistance));
    }

    [Fact]
    public void How_well_the_sides_know_each_other_averages_every_prediction_over_the_cards()
    {
        var first = new[] { Gemeente(4, 5, "regels", predicted: At(1, 2)), Dorpsbelangen(1, 2, "samen") };
        var second = new[] { Gemeente(4, 5, "regels", predicted: At(4, 2)), Dorpsbelangen(1, 2, "samen") };

        var acquaintance = Assert.Single(Outcomes.KnowEachOther([first, second]));

        // 0 on the first card, 0.70711 on the second.
        Assert.Equal((Side.Gemeente, 2), (acquaintance.Side, acquaintance.Predictions));
        Assert.Equal(0.353553, acquaintance.MeanDistance, Precision);
    }

    [Fact]
    public void Movement_counts_who_moved_and_how_far_per_side()
    {
        var votes = new[]
        {
            // Moved from (4,5) to (2,3): sqrt((2/3)² + (2/4)²) / sqrt(2) = 0.58926.
            Gemeente(4, 5, "regels", revote: At(2, 3)),
            Gemeente(2, 3, "samen", revote: At(2, 3)),
            Dorpsbelangen(1, 1, "loslaten"),
        };

        var movement = Outcomes.Movement(votes, splitShown: true)!;

        var gemeente = Assert.Single(movement.Sides);
        Assert.Equal((Side.Gemeente, 2, 1), (gemeente.Side, gemeente.Voters, gemeente.Moved));
        Assert.Equal((3.0, 4.0, 2.0, 3.0), (gemeente.FromEigenaarschap, gemeente.FromRegie, gemeente.ToEigenaarschap, gemeente.ToRegie));
        Assert.Equal(0.294628, gemeente.MeanShift, Precision);
        Assert.Null(Outcomes.Movement([Dorpsbelangen(1, 1, "loslaten")], splitShown: true));
    }

    [Fact]
    public void Without_second_votes_the_function_profile_sets_the_functions_of_the_choices_against_the_slotvraag()
    {
        var choices = new[]
        {
            (Side.Gemeente, Chosen(VillageFunction.Vertegenwoordiger)),
            (Side.Gemeente, Chosen(VillageFunction.Vertegenwoordiger)),
            (Side.Gemeente, Chosen(VillageFunction.Vertegenwoordiger)),
            (Side.Gemeente, Chosen(VillageFunction.Verbinder)),
            (Side.Dorpsbelangen, Chosen(VillageFunction.Aanjager)),
            (Side.Dorpsbelangen, Chosen(VillageFunction.Aanjager)),
        };
        var points = new[]
        {
            (Side.Gemeente, new FunctionPoints(10, 0, 0, 0)),
            (Side.Gemeente, new FunctionPoints(4, 2, 2, 2)),
            (Side.Dorpsbelangen, new FunctionPoints(0, 0, 5, 5)),
        };

        // Without second votes "gewenst" is the slotvraag, as before there were any.
        var profile = Outcomes.Profile(choices, [], points, splitShown: true);

        var gemeente = profile.Sides.Single(s => s.Side == Side.Gemeente);
        Assert.Equal(new FunctionScores(7.5, 0, 2.5, 0), gemeente.Now);
        Assert.Equal(new FunctionScores(7, 1, 1, 1), gemeente.Wanted);
        Assert.Equal((4, 2), (gemeente.Choices, gemeente.Respondents));
        var dorpsbelangen = profile.Sides.Single(s => s.Side == Side.Dorpsbelangen);
        Assert.Equal(new FunctionScores(0, 0, 0, 10), dorpsbelangen.Now);
        Assert.Equal(new FunctionScores(0, 0, 5, 5), dorpsbelangen.Wanted);

        var room = Assert.Single(Outcomes.Profile(choices, [], points, splitShown: false).Sides);
        Assert.Null(room.Side);
        Assert.Equal(new FunctionScores(5, 0, 10.0 / 6, 10.0 / 3), room.Now);
    }

    [Theory]
    [InlineData(false, 1, 1, true)]
    [InlineData(true, 3, 3, true)]
    [InlineData(true, 2, 5, false)]
    [InlineData(true, 5, 0, false)]
    public void An_anonymous_side_is_shown_apart_only_from_three_answers(bool anonymous, int gemeente, int dorpsbelangen, bool shown)
    {
        Assert.Equal(shown, Outcomes.SplitShown(anonymous, gemeente, dorpsbelangen));
    }

    [Fact]
    public void An_anonymous_card_with_a_small_side_shows_only_the_room()
    {
        // Two gemeente answers, three of dorpsbelangen: the gemeente's two would be recognisable.
        var outcome = Outcomes.For(Card, 1, Room, anonymous: true);

        Assert.True(outcome.SplitHidden);
        Assert.Null(outcome.Dorpsbelangen);
        Assert.Null(outcome.Gap);
        Assert.All(outcome.Options, o => Assert.Equal((null, null), (o.Gemeente, o.Dorpsbelangen)));
        Assert.Equal(5, outcome.All.Count);
        Assert.Empty(Outcomes.Predictions(Room, splitShown: false));
    }

    private static ActionOption Chosen(VillageFunction function) => new(function.ToString(), function.ToString(), function, Stance.Loslaten);

    private static Position At(int eigenaarschap, int regie) => new((Eigenaarschap)eigenaarschap, (Regie)regie);

    private static Vote Gemeente(int e, int r, string option, Position? predicted = null, Position? revote = null) =>
        new(Side.Gemeente, new Answer((Eigenaarschap)e, (Regie)r, option, predicted), revote);

    private static Vote Dorpsbelangen(int e, int r, string option, Position? predicted = null, Position? revote = null) =>
        new(Side.Dorpsbelangen, new Answer((Eigenaarschap)e, (Regie)r, option, predicted), revote);
}
