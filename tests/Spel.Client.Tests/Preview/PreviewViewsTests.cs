using Spel.Client.Preview;
using Spel.Scenarios.Decks;
using Spel.Scenarios.Play;

namespace Spel.Client.Tests.Preview;

/// <summary>Issue 12: the made-up room whose answers the preview's board shows.</summary>
public sealed class PreviewViewsTests
{
    private static PreviewViews Views(Deck deck, int index) => new(deck, index, n => $"Voorbeeld {n}");

    [Fact]
    public void The_same_card_gives_the_same_sample_even_after_its_texts_change()
    {
        var first = Views(PreviewDeck.Deck, 0).Sample;
        var edited = PreviewDeck.Deck with
        {
            Cards = [PreviewDeck.Terras with { Situation = "Een heel andere situatie." }, PreviewDeck.Bus],
        };

        Assert.Equal(first, Views(PreviewDeck.Deck, 0).Sample);
        Assert.Equal(first, Views(edited, 0).Sample);
        Assert.NotEqual(
            first.Select(s => s.Answer!.Position),
            Views(PreviewDeck.Deck with { Cards = [PreviewDeck.Terras with { Id = "ander-terras" }] }, 0).Sample.Select(s => s.Answer!.Position));
    }

    [Fact]
    public void The_seats_sit_on_both_sides_in_the_decks_roles_and_every_option_is_chosen()
    {
        var sample = Views(PreviewDeck.Deck, 0).Sample;

        Assert.Equal(PreviewViews.SeatCount, sample.Count);
        Assert.Equal(PreviewViews.SeatCount / 2, sample.Count(s => s.Side == Side.Gemeente));
        Assert.All(sample, s => Assert.Equal(s.Side, s.Role!.Side));
        Assert.Equal(PreviewDeck.Deck.Roles.Select(r => r.Id).Order(), sample.Select(s => s.Role!.Id).Distinct().Order());
        Assert.Equal(PreviewDeck.Terras.Options.Select(o => o.Id).Order(), sample.Select(s => s.Answer!.OptionId).Distinct().Order());
        Assert.True(sample.Select(s => s.Answer!.Position).Distinct().Count() > 1, "the answers lie on more than one spot of the board");
    }

    [Fact]
    public void The_reveal_counts_the_sample_as_a_session_would_and_a_card_asking_a_prediction_compares_them()
    {
        var views = Views(PreviewDeck.Deck, 1);

        var reveal = views.Projector(Phase.Onthulling).Reveal!;

        Assert.Equal(PreviewViews.SeatCount, reveal.Answers.Count);
        Assert.Equal(PreviewViews.SeatCount, reveal.Outcome.Options.Sum(o => o.Total));
        Assert.Equal(3, reveal.Outcome.Gemeente!.Count);
        Assert.Equal(2, reveal.Predictions.Count);
        Assert.True(views.Tablet().Round.Card!.AsksPrediction);
        Assert.Null(views.Projector(Phase.Situatie).Reveal);
        Assert.Equal("2/2", $"{views.Tablet().Round.Card!.Number}/{views.Tablet().Round.Card!.Count}");
    }

    [Fact]
    public void A_card_without_options_yet_shows_an_empty_board()
    {
        var deck = PreviewDeck.Deck with { Cards = [PreviewDeck.Terras with { Options = [] }] };

        var reveal = Views(deck, 0).Projector(Phase.Onthulling).Reveal!;

        Assert.Empty(reveal.Answers);
        Assert.Equal(0, reveal.Outcome.All.Count);
    }
}
