using Spel.Scenarios.Decks;
using Spel.Scenarios.Play;

namespace Spel.Scenarios.Tests.Play;

/// <summary>"Waar willen we naartoe": the two profiles and a card's now → wanted, against examples worked out by hand.</summary>
public sealed class WantedTests
{
    private const int Precision = 4;

    // A stance an old deck snapshot may hold but no deck file can give any more; found, not named.
    private static readonly Stance Legacy = Enum.GetValues<Stance>().First(s => !Stances.Ladder.Contains(s));

    private static readonly ActionOption Regels = new("regels", "Eerst de regels op tafel", VillageFunction.Vertegenwoordiger, Stance.Reguleren);
    private static readonly ActionOption Samen = new("samen", "Samen een plan maken", VillageFunction.Verbinder, Stance.Stimuleren);
    private static readonly ActionOption Ruimte = new("ruimte", "Ruimte geven aan het dorp", VillageFunction.Aanjager, Stance.Faciliteren);
    private static readonly ActionOption Oud = new("oud", "Kennis delen", VillageFunction.Kennisdeler, Legacy);

    [Fact]
    public void Each_side_has_functions_and_stances_now_from_first_votes_and_wanted_from_second_votes()
    {
        (Side, ActionOption)[] now =
        [
            (Side.Gemeente, Regels), (Side.Gemeente, Regels), (Side.Gemeente, Samen), (Side.Gemeente, Oud),
            (Side.Dorpsbelangen, Ruimte), (Side.Dorpsbelangen, Ruimte),
        ];
        (Side, ActionOption)[] wanted = [(Side.Gemeente, Samen), (Side.Gemeente, Ruimte)];
        (Side, FunctionPoints)[] points = [(Side.Gemeente, new FunctionPoints(10, 0, 0, 0)), (Side.Dorpsbelangen, new FunctionPoints(0, 0, 5, 5))];

        var profile = Outcomes.Profile(now, wanted, points, splitShown: true);

        var gemeente = profile.Sides.Single(s => s.Side == Side.Gemeente);
        // Functions now: 2 of 4 vertegenwoordiger = 5, 1 of 4 kennisdeler and verbinder = 2.5 each.
        Assert.Equal(new FunctionScores(5, 2.5, 2.5, 0), gemeente.Now);
        // Wanted from the two second votes: verbinder and aanjager, 5 each; the slotvraag stays apart.
        Assert.Equal(new FunctionScores(0, 0, 5, 5), gemeente.Wanted);
        Assert.Equal(new FunctionScores(10, 0, 0, 0), gemeente.Slotvraag);
        Assert.False(gemeente.WantedFromSlotvraag);
        // Stances now: the old stance does not count, so 2 of 3 reguleren = 6.667 and 1 of 3 stimuleren = 3.333.
        Assert.Equal((3, 4), (gemeente.StanceChoices, gemeente.Choices));
        Assert.Equal(20.0 / 3, gemeente.StancesNow!.Reguleren, Precision);
        Assert.Equal(10.0 / 3, gemeente.StancesNow.Stimuleren, Precision);
        Assert.Equal(0, gemeente.StancesNow.Loslaten);
        Assert.Equal(new StanceScores(0, 0, 5, 5, 0), gemeente.StancesWanted);
        Assert.Equal((2, 2), (gemeente.WantedChoices, gemeente.WantedStanceChoices));
    }

    [Fact]
    public void Without_second_votes_the_functions_want_what_the_slotvraag_says_and_the_stances_were_not_asked()
    {
        (Side, ActionOption)[] now = [(Side.Dorpsbelangen, Ruimte), (Side.Dorpsbelangen, Ruimte)];
        (Side, FunctionPoints)[] points = [(Side.Dorpsbelangen, new FunctionPoints(0, 0, 5, 5)), (Side.Dorpsbelangen, new FunctionPoints(0, 2, 3, 5))];

        var dorpsbelangen = Outcomes.Profile(now, [], points, splitShown: true).Sides.Single(s => s.Side == Side.Dorpsbelangen);

        Assert.Equal(new FunctionScores(0, 0, 0, 10), dorpsbelangen.Now);
        Assert.Equal(new StanceScores(0, 0, 0, 10, 0), dorpsbelangen.StancesNow);
        // The mean slotvraag: (0+0)/2, (0+2)/2, (5+3)/2, (5+5)/2.
        Assert.Equal(new FunctionScores(0, 1, 4, 5), dorpsbelangen.Wanted);
        Assert.True(dorpsbelangen.WantedFromSlotvraag);
        Assert.Null(dorpsbelangen.StancesWanted);
        Assert.Equal(0, dorpsbelangen.WantedChoices);
    }

    [Fact]
    public void A_hidden_split_gives_the_room_one_pair_of_profiles()
    {
        (Side, ActionOption)[] now = [(Side.Gemeente, Regels), (Side.Dorpsbelangen, Ruimte)];
        (Side, ActionOption)[] wanted = [(Side.Gemeente, Ruimte), (Side.Dorpsbelangen, Ruimte)];

        var room = Assert.Single(Outcomes.Profile(now, wanted, [], splitShown: false).Sides);

        Assert.Null(room.Side);
        Assert.Equal(new StanceScores(5, 0, 0, 5, 0), room.StancesNow);
        Assert.Equal(new StanceScores(0, 0, 0, 10, 0), room.StancesWanted);
        Assert.Equal(new FunctionScores(0, 0, 0, 10), room.Wanted);
        Assert.Null(room.Slotvraag);
    }

    [Fact]
    public void A_card_goes_from_now_to_wanted_in_position_and_in_course_of_action_for_the_seats_that_voted_twice()
    {
        Vote[] votes =
        [
            new(Side.Gemeente, Answer(4, 5, "regels"), At(2, 3), "samen"),
            new(Side.Gemeente, Answer(2, 3, "samen"), At(2, 3), "samen"),
            new(Side.Dorpsbelangen, Answer(1, 1, "ruimte"), At(1, 2), "regels"),
            new(Side.Dorpsbelangen, Answer(1, 3, "ruimte")),
        ];

        var movement = Outcomes.Movement(votes, splitShown: false, [Regels, Samen, Ruimte, Oud])!;

        var room = Assert.Single(movement.Sides);
        // Three voted twice: eigenaarschap (4+2+1)/3 → (2+2+1)/3, regie (5+3+1)/3 → (3+3+2)/3; two voted differently.
        Assert.Equal((3, 2), (room.Voters, room.Moved));
        Assert.Equal(7.0 / 3, room.FromEigenaarschap, Precision);
        Assert.Equal(3.0, room.FromRegie, Precision);
        Assert.Equal(5.0 / 3, room.ToEigenaarschap, Precision);
        Assert.Equal(8.0 / 3, room.ToRegie, Precision);
        // The fourth seat's first choice (ruimte) is left out: it gave no second vote to compare it with.
        Assert.Equal(
            [new OptionMove("regels", Regels.Text, 1, 1), new OptionMove("samen", Samen.Text, 1, 2), new OptionMove("ruimte", Ruimte.Text, 1, 0), new OptionMove("oud", Oud.Text, 0, 0)],
            movement.Options);
    }

    [Fact]
    public void A_second_vote_without_a_course_of_action_moves_positions_only()
    {
        Vote[] votes = [new(Side.Gemeente, Answer(4, 5, "regels"), At(2, 3))];

        var movement = Outcomes.Movement(votes, splitShown: true, [Regels, Samen])!;

        Assert.Single(movement.Sides);
        Assert.Empty(movement.Options);
    }

    private static Answer Answer(int eigenaarschap, int regie, string option) => new((Eigenaarschap)eigenaarschap, (Regie)regie, option);

    private static Position At(int eigenaarschap, int regie) => new((Eigenaarschap)eigenaarschap, (Regie)regie);
}
