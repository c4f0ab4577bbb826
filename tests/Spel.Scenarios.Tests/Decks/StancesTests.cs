using Spel.Scenarios.Decks;

namespace Spel.Scenarios.Tests.Decks;

public sealed class StancesTests
{
    /// <summary>
    /// What the studio offers and what the debrief counts: every stance of the enum but the two kept only for sessions
    /// saved before issue 13, so a stance added later is on the ladder or decided to be off it, never forgotten.
    /// </summary>
    [Fact]
    public void The_ladder_is_every_stance_but_the_legacy_ones_once_from_holding_on_most_to_letting_go()
    {
        Assert.Equal(
            [Stance.Reguleren, Stance.Regisseren, Stance.Stimuleren, Stance.Faciliteren, Stance.Loslaten],
            Stances.Ladder);
        Assert.Equal(
            Enum.GetValues<Stance>().Except([Stance.Samenwerken, Stance.NeeZeggen]).Order(),
            Stances.Ladder.Order());
    }
}
