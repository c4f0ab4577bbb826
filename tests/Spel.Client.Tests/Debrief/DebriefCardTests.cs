using Bunit;
using Spel.Client.Pages.Debrief;
using Spel.Client.Tests.Support;

namespace Spel.Client.Tests.Debrief;

public sealed class DebriefCardTests : DutchContext
{
    public DebriefCardTests() => JSInterop.Mode = JSRuntimeMode.Loose;

    [Fact]
    public void A_card_whose_split_is_hidden_shows_only_the_rooms_distribution()
    {
        var card = Render<DebriefCard>(p => p.Add(c => c.Card, DebriefData.HiddenSplitCard()));

        var room = card.Find("[data-testid=distribution-room]");
        Assert.Contains("De hele zaal", room.TextContent);
        Assert.Contains("(4 antwoorden)", room.TextContent);
        Assert.Empty(card.FindAll("[data-testid=distribution-gemeente], [data-testid=distribution-dorpsbelangen]"));
        Assert.Contains("niet apart", card.Find("[data-testid=split-hidden]").TextContent);
        Assert.Empty(card.FindAll(".bar-gemeente, .bar-dorpsbelangen, .side-mark-gemeente, .side-mark-dorpsbelangen"));
    }

    [Fact]
    public void A_split_card_shows_both_sides_the_gap_and_what_each_side_chose()
    {
        var card = Render<DebriefCard>(p => p.Add(c => c.Card, DebriefData.SplitCard()));

        Assert.Equal("Kaart 2: Het terras van het dorpshuis", card.Find("h3").TextContent);
        Assert.Contains("(3 antwoorden)", card.Find("[data-testid=distribution-gemeente]").TextContent);
        Assert.Contains("(2 antwoorden)", card.Find("[data-testid=distribution-dorpsbelangen]").TextContent);
        Assert.Contains("Verschil tussen de kanten", card.Markup);
        Assert.Empty(card.FindAll("[data-testid=split-hidden]"));
    }

    [Fact]
    public void A_skipped_card_says_so_in_words_and_a_played_one_does_not()
    {
        var skipped = Render<DebriefCard>(p => p.Add(c => c.Card, DebriefData.SplitCard() with { Skipped = true }));
        var played = Render<DebriefCard>(p => p.Add(c => c.Card, DebriefData.SplitCard()));

        Assert.Equal("Overgeslagen", skipped.Find("[data-testid=skipped-card]").TextContent.Trim().TrimStart('⏭').Trim());
        Assert.Empty(played.FindAll("[data-testid=skipped-card]"));
    }

    [Fact]
    public void The_board_is_drawn_from_the_cards_reveal()
    {
        var card = Render<DebriefCard>(p => p.Add(c => c.Card, DebriefData.SplitCard()));

        Assert.Single(card.FindAll("canvas[data-testid=board]"));
    }

    [Fact]
    public void Movement_predictions_other_villages_and_the_agreement_are_shown()
    {
        var card = Render<DebriefCard>(p => p.Add(c => c.Card, DebriefData.SplitCard()));

        Assert.Contains("Anders gestemd: 1 van 3", card.Find("[data-testid=movement-gemeente]").TextContent);
        Assert.Contains("Anders gestemd: 0 van 2", card.Find("[data-testid=movement-dorpsbelangen]").TextContent);
        Assert.Contains("Hoe goed kennen we elkaar: 88%", card.Find("[data-testid=prediction-gemeente]").TextContent);
        var others = card.Find("[data-testid=other-villages]").TextContent;
        Assert.Contains("4 andere dorpen, 20 antwoorden", others);
        Assert.Contains("Ik laat het aan het dorpshuis over", others);
        var agreement = card.Find("[data-testid=agreement]").TextContent;
        Assert.Contains("Afspraak", agreement);
        Assert.Contains("Vergunning samen aanvragen", agreement);
        Assert.Contains("Anna en Henk", agreement);
    }

    [Fact]
    public void A_card_without_a_recorded_conclusion_says_so()
    {
        var card = Render<DebriefCard>(p => p.Add(c => c.Card, DebriefData.HiddenSplitCard()));

        Assert.Contains("niets vastgelegd", card.Find("[data-testid=agreement]").TextContent);
    }
}
