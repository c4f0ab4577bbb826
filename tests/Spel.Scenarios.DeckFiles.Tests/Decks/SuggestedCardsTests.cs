using Spel.Scenarios.Decks;

namespace Spel.Scenarios.Tests.Decks;

/// <summary>The optional <c>suggested</c> field of a card (issue 10): the deck's short set for a first session.</summary>
public class SuggestedCardsTests
{
    [Fact]
    public void A_card_that_does_not_say_is_not_suggested()
    {
        Assert.False(DeckReader.Parse(TestDecks.Valid, "proef.yaml").Cards[0].Suggested);
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("True", true)]
    [InlineData("false", false)]
    [InlineData("", false)]
    public void A_card_says_whether_it_is_suggested_with_true_or_false(string written, bool expected)
    {
        var card = DeckReader.Parse(WithSuggested(written), "proef.yaml").Cards[0];

        Assert.Equal(expected, card.Suggested);
    }

    [Fact]
    public void Another_value_is_reported_at_its_place()
    {
        var problem = Assert.Single(TestDecks.ProblemsOf(WithSuggested("ja")));

        Assert.Equal((17, 16), (problem.Line, problem.Column));
        Assert.Equal("Bij `suggested` in kaart `terras` hoort `true` of `false`, maar er staat `ja`.", problem.MessageNl);
        Assert.Equal("`suggested` in card `terras` must be `true` or `false`, found `ja`.", problem.MessageEn);
    }

    [Fact]
    public void The_dutch_word_is_taken_for_a_misspelling_of_suggested()
    {
        var problem = Assert.Single(TestDecks.ProblemsOf(TestDecks.Replace("    action_question:", "    voorgesteld: true\n    action_question:")));

        Assert.Contains("`suggested`", problem.MessageNl);
    }

    [Fact]
    public void A_suggested_card_is_written_and_read_back_the_same()
    {
        var deck = DeckReader.Parse(WithSuggested("true"), "proef.yaml");

        var written = DeckWriter.Write(deck);

        Assert.Contains("    suggested: true\n", written);
        Assert.Equal(deck, DeckReader.Parse(written, "again.yaml"));
        Assert.DoesNotContain("suggested", DeckWriter.Write(DeckReader.Parse(TestDecks.Valid, "proef.yaml")));
    }

    [Fact]
    public void The_shipped_decks_suggest_a_short_first_set_of_about_six_cards()
    {
        var library = DeckLibrary.LoadFolder(Path.Combine(AppContext.BaseDirectory, "decks"));

        var regie = library.Find("wie-heeft-de-regie")!;
        var suggested = regie.Cards.Where(c => c.Suggested).ToList();

        Assert.InRange(suggested.Count, 5, 7);
        Assert.True(suggested.Count < regie.Cards.Count);
    }

    private static string WithSuggested(string value) =>
        TestDecks.Replace("    action_question:", $"    suggested: {value}\n    action_question:");
}
