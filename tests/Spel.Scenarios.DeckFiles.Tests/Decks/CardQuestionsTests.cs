using Spel.Scenarios.Decks;

namespace Spel.Scenarios.Tests.Decks;

/// <summary>The <c>questions</c> field of a card; its line in these tests is 17, right after <c>situation</c>.</summary>
public class CardQuestionsTests
{
    [Fact]
    public void A_card_without_questions_asks_eigenaarschap_regie_and_the_action_question()
    {
        var card = DeckReader.Parse(TestDecks.Valid, "proef.yaml").Cards[0];

        Assert.Equal(CardQuestions.Standard, card.Questions);
        Assert.Equal(CardQuestions.Eigenaarschap | CardQuestions.Regie | CardQuestions.Action, card.Questions);
    }

    [Theory]
    [InlineData("[eigenaarschap, regie, action, prediction]")]
    [InlineData("[Prediction, action, REGIE, eigenaarschap]")]
    [InlineData("\n      - eigenaarschap\n      - regie\n      - action\n      - prediction")]
    public void A_card_can_add_the_prediction_in_any_order_and_either_list_style(string list)
    {
        var card = DeckReader.Parse(WithQuestions(list), "proef.yaml").Cards[0];

        Assert.Equal(CardQuestions.Standard | CardQuestions.Prediction, card.Questions);
    }

    [Fact]
    public void Leaving_out_a_standard_question_is_reported_at_the_questions_field()
    {
        var problem = Assert.Single(TestDecks.ProblemsOf(WithQuestions("[eigenaarschap, action]")));

        Assert.Equal((17, 5), (problem.Line, problem.Column));
        Assert.Equal(
            "Kaart `terras` laat `regie` weg bij `questions`. Deze versie van het spel stelt op elke kaart "
            + "`eigenaarschap`, `regie` en `action`; alleen `prediction` kun je erbij kiezen.",
            problem.MessageNl);
        Assert.Equal(
            "Card `terras` leaves `regie` out of `questions`; this version asks `eigenaarschap`, `regie` and `action` "
            + "on every card, only `prediction` is optional.",
            problem.MessageEn);
    }

    [Fact]
    public void An_empty_questions_list_names_all_three_standard_questions()
    {
        var problem = Assert.Single(TestDecks.ProblemsOf(WithQuestions("[]")));

        Assert.StartsWith("Kaart `terras` laat `eigenaarschap`, `regie` en `action` weg bij `questions`.", problem.MessageNl);
    }

    [Theory]
    [InlineData("voorspelling", "prediction")]
    [InlineData("wisselperspectief", "prediction")]
    [InlineData("actie", "action")]
    [InlineData("regi", "regie")]
    public void An_unknown_question_is_reported_at_its_place_with_the_word_meant(string written, string meant)
    {
        var problem = Assert.Single(TestDecks.ProblemsOf(WithQuestions($"[eigenaarschap, regie, action, {written}]")));

        Assert.Equal((17, 47), (problem.Line, problem.Column));
        Assert.Equal(
            $"Onbekende vraag `{written}`. Bedoel je `{meant}`? Kies uit: eigenaarschap, regie, action, prediction.",
            problem.MessageNl);
    }

    [Fact]
    public void A_question_written_twice_is_reported_at_the_second()
    {
        var problem = Assert.Single(TestDecks.ProblemsOf(WithQuestions("[eigenaarschap, regie, action, regie]")));

        Assert.Equal((17, 47), (problem.Line, problem.Column));
        Assert.Equal("`regie` staat twee keer bij `questions` in kaart `terras`.", problem.MessageNl);
    }

    [Fact]
    public void Questions_written_as_text_are_reported_as_not_a_list()
    {
        var problem = Assert.Single(TestDecks.ProblemsOf(WithQuestions("eigenaarschap, regie, action")));

        Assert.Equal((17, 16), (problem.Line, problem.Column));
        Assert.StartsWith("Bij `questions` in kaart `terras` hoort een lijst", problem.MessageNl);
    }

    private static string WithQuestions(string list) =>
        TestDecks.Replace("    action_question:", $"    questions: {list}\n    action_question:");
}
