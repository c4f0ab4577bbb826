using Spel.Scenarios.Play;
using Spel.Server.Sessions;
using Spel.Server.Tests.Support;

namespace Spel.Server.Tests.Sessions;

public sealed class SessionSetupTests
{
    private static readonly Spel.Scenarios.Decks.Deck Deck = TestDecks.WithCards(3);

    [Fact]
    public void Without_settings_every_card_is_played_in_deck_order_with_everything_off()
    {
        var (deck, settings) = SessionSetup.Prepare(Deck, null).Value;

        Assert.Equal(["kaart-1", "kaart-2", "kaart-3"], deck.Cards.Select(c => c.Id));
        Assert.Equal((false, false, false, false, SeatKind.Person, 0), (settings.Anonymous, settings.Herstemming, settings.Wisselperspectief, settings.ShareWithOtherVillages, settings.SeatKind, settings.Timers.Count));
    }

    [Fact]
    public void The_snapshot_holds_only_the_chosen_cards_in_the_chosen_order()
    {
        var (deck, _) = SessionSetup.Prepare(Deck, SessionSettings.Default(["kaart-3", "kaart-1"])).Value;

        Assert.Equal(["kaart-3", "kaart-1"], deck.Cards.Select(c => c.Id));
    }

    public static TheoryData<string, SessionSettings> BadSettings() => new()
    {
        { "no cards", SessionSettings.Default([]) },
        { "an unknown card", SessionSettings.Default(["kaart-1", "kaart-9"]) },
        { "a card twice", SessionSettings.Default(["kaart-1", "kaart-1"]) },
        { "a timer on the reveal", SessionSettings.Default(["kaart-1"]) with { Timers = [new PhaseTimer(Phase.Onthulling, 60)] } },
        { "a five-second timer", SessionSettings.Default(["kaart-1"]) with { Timers = [new PhaseTimer(Phase.Kiezen, 5)] } },
        { "a two-hour timer", SessionSettings.Default(["kaart-1"]) with { Timers = [new PhaseTimer(Phase.Gesprek, 7200)] } },
        { "two timers on one phase", SessionSettings.Default(["kaart-1"]) with { Timers = [new PhaseTimer(Phase.Gesprek, 60), new PhaseTimer(Phase.Gesprek, 90)] } },
        { "an unknown seat kind", SessionSettings.Default(["kaart-1"]) with { SeatKind = (SeatKind)7 } },
        { "a venue longer than a cover holds", SessionSettings.Default(["kaart-1"]) with { Venue = new string('a', Limits.CoverTextLength + 1) } },
        { "a facilitator with a hidden direction override", SessionSettings.Default(["kaart-1"]) with { Facilitator = "Anna\u202Ejansen" } },
    };

    [Theory]
    [MemberData(nameof(BadSettings))]
    public void Settings_that_cannot_be_played_are_refused(string why, SessionSettings settings)
    {
        Assert.True(SessionSetup.Prepare(Deck, settings).Error == ErrorCode.InvalidSettings, why);
    }

    [Fact]
    public void The_cover_keeps_the_venue_and_facilitator_tidied_and_leaves_out_blank_ones()
    {
        var (_, settings) = SessionSetup.Prepare(Deck, SessionSettings.Default(["kaart-1"]) with { Venue = "  Dorpshuis   De Linde ", Facilitator = "   " }).Value;

        Assert.Equal("Dorpshuis De Linde", settings.Venue);
        Assert.Null(settings.Facilitator);
    }
}
