using Bunit;
using Spel.Client.Pages.Play;
using Spel.Client.Tests.Support;
using Spel.Scenarios.Decks;
using Spel.Scenarios.Play;

namespace Spel.Client.Tests.Play;

public sealed class AnswerFormTests : DutchContext
{
    private readonly List<Answer> _sent = [];

    [Fact]
    public void Shows_the_four_ownership_types_with_their_Dutch_labels()
    {
        var form = RenderForm();

        Assert.Equal(
            [
                "1 Gemeenschap is eigenaar",
                "2 Gemeenschap is eigenaar, gemeente levert bijdrage",
                "3 Gemeente is eigenaar, bewoners leveren bijdrage",
                "4 Gemeente is eigenaar",
            ],
            Enumerable.Range(1, 4).Select(i => Text(form, $"eigenaarschap-{i}")));
    }

    [Fact]
    public void Shows_the_five_regie_steps_from_community_to_municipality()
    {
        var form = RenderForm();

        var labels = Enumerable.Range(1, 5).Select(i => Text(form, $"regie-{i}")).ToList();

        Assert.Equal("1 Volledig bij de gemeenschap", labels[0]);
        Assert.Equal("3 Gedeeld", labels[2]);
        Assert.Equal("5 Volledig bij de gemeente", labels[4]);
    }

    [Fact]
    public void Shows_the_cards_action_question_and_its_options()
    {
        var form = RenderForm();

        Assert.Contains("Wat doe jij?", form.Find("fieldset:last-of-type legend").TextContent);
        Assert.Equal("Ik denk mee over de vergunning", Text(form, "option-meedenken"));
        Assert.Equal(3, form.FindAll("[data-testid^=option-]").Count);
        Assert.Equal("Verstuur", Text(form, "answer-submit"));
    }

    [Fact]
    public void Verstuur_stays_disabled_until_all_three_questions_are_answered()
    {
        var form = RenderForm();
        Assert.True(Submit(form).HasAttribute("disabled"));

        form.Find("[data-testid=eigenaarschap-2]").Click();
        Assert.True(Submit(form).HasAttribute("disabled"));

        form.Find("[data-testid=regie-4]").Click();
        Assert.True(Submit(form).HasAttribute("disabled"));

        form.Find("[data-testid=option-meedenken]").Click();
        Assert.False(Submit(form).HasAttribute("disabled"));
    }

    [Fact]
    public void Submitting_passes_the_chosen_answer_to_the_callback()
    {
        var form = RenderForm();

        form.Find("[data-testid=eigenaarschap-2]").Click();
        form.Find("[data-testid=regie-4]").Click();
        form.Find("[data-testid=option-regelen]").Click();
        form.Find("form").Submit();

        Assert.Equal([new Answer(Eigenaarschap.GemeenschapMetBijdrage, Regie.VooralGemeente, "regelen")], _sent);
    }

    [Fact]
    public void The_chosen_buttons_are_marked_pressed()
    {
        var form = RenderForm();

        form.Find("[data-testid=regie-1]").Click();

        Assert.Equal("true", form.Find("[data-testid=regie-1]").GetAttribute("aria-pressed"));
        Assert.Equal("false", form.Find("[data-testid=regie-2]").GetAttribute("aria-pressed"));
    }

    [Fact]
    public void An_earlier_answer_is_preselected_so_it_can_be_changed()
    {
        var earlier = new Answer(Eigenaarschap.Gemeente, Regie.Gedeeld, "loslaten");

        var form = RenderForm(earlier);

        Assert.Equal("true", form.Find("[data-testid=eigenaarschap-4]").GetAttribute("aria-pressed"));
        Assert.Equal("true", form.Find("[data-testid=regie-3]").GetAttribute("aria-pressed"));
        Assert.Equal("true", form.Find("[data-testid=option-loslaten]").GetAttribute("aria-pressed"));
        Assert.False(Submit(form).HasAttribute("disabled"));
    }

    [Fact]
    public void Without_wisselperspectief_no_prediction_is_asked()
    {
        var form = RenderForm();

        Assert.Empty(form.FindAll("[data-testid=prediction-step]"));
        Assert.Empty(form.FindAll("[data-testid^=prediction-]"));
        Assert.DoesNotContain("andere kant", form.Markup);
    }

    [Fact]
    public void A_card_that_asks_a_prediction_names_the_other_side_in_its_own_step()
    {
        var form = RenderForm(card: PredictionCard, side: Side.Gemeente);

        var step = form.Find("[data-testid=prediction-step]");
        Assert.Contains("Wat denk je dat de andere kant kiest?", step.TextContent);
        Assert.Contains("Wie is eigenaar, volgens Dorpsbelangen?", step.TextContent);
        Assert.Contains("Bij wie ligt de regie, volgens Dorpsbelangen?", step.TextContent);
        Assert.Equal(4, step.QuerySelectorAll("[data-testid^=prediction-eigenaarschap-]").Length);
        Assert.Equal(5, step.QuerySelectorAll("[data-testid^=prediction-regie-]").Length);
    }

    [Fact]
    public void Dorpsbelangen_predicts_the_gemeente()
    {
        var form = RenderForm(card: PredictionCard, side: Side.Dorpsbelangen);

        Assert.Contains("Wie is eigenaar, volgens Gemeente?", form.Find("[data-testid=prediction-step]").TextContent);
    }

    [Fact]
    public void When_a_prediction_is_asked_Verstuur_waits_for_it_and_sends_it_with_the_answer()
    {
        var form = RenderForm(card: PredictionCard, side: Side.Dorpsbelangen);
        form.Find("[data-testid=eigenaarschap-1]").Click();
        form.Find("[data-testid=regie-2]").Click();
        form.Find("[data-testid=option-loslaten]").Click();
        Assert.True(Submit(form).HasAttribute("disabled"));
        Assert.Contains("ook bij wat Gemeente kiest", form.Markup);

        form.Find("[data-testid=prediction-eigenaarschap-3]").Click();
        Assert.True(Submit(form).HasAttribute("disabled"));
        form.Find("[data-testid=prediction-regie-5]").Click();
        Assert.False(Submit(form).HasAttribute("disabled"));
        form.Find("form").Submit();

        var answer = Assert.Single(_sent);
        Assert.Equal(
            new Answer(
                Eigenaarschap.Gemeenschap,
                Regie.VooralGemeenschap,
                "loslaten",
                new Position(Eigenaarschap.GemeenteMetBijdrage, Regie.VolledigGemeente)),
            answer);
    }

    [Fact]
    public void The_prediction_buttons_do_not_change_the_own_answer()
    {
        var form = RenderForm(card: PredictionCard);

        form.Find("[data-testid=prediction-eigenaarschap-4]").Click();

        Assert.Equal("true", form.Find("[data-testid=prediction-eigenaarschap-4]").GetAttribute("aria-pressed"));
        Assert.Equal("false", form.Find("[data-testid=eigenaarschap-4]").GetAttribute("aria-pressed"));
    }

    [Fact]
    public void An_earlier_prediction_is_preselected_too()
    {
        var earlier = new Answer(Eigenaarschap.Gemeente, Regie.Gedeeld, "loslaten", new Position(Eigenaarschap.Gemeenschap, Regie.VooralGemeente));

        var form = RenderForm(earlier, PredictionCard);

        Assert.Equal("true", form.Find("[data-testid=prediction-eigenaarschap-1]").GetAttribute("aria-pressed"));
        Assert.Equal("true", form.Find("[data-testid=prediction-regie-4]").GetAttribute("aria-pressed"));
        Assert.False(Submit(form).HasAttribute("disabled"));
    }

    private static CardView PredictionCard => TestData.Card() with { AsksPrediction = true };

    private IRenderedComponent<AnswerForm> RenderForm(Answer? initial = null, CardView? card = null, Side side = Side.Dorpsbelangen) =>
        Render<AnswerForm>(p => p
            .Add(f => f.Card, card ?? TestData.Card())
            .Add(f => f.Side, side)
            .Add(f => f.Initial, initial)
            .Add(f => f.OnSubmit, answer => _sent.Add(answer)));

    private static AngleSharp.Dom.IElement Submit(IRenderedComponent<AnswerForm> form) =>
        form.Find("[data-testid=answer-submit]");

    private static string Text(IRenderedComponent<AnswerForm> form, string testId) =>
        string.Join(' ', form.Find($"[data-testid={testId}]").TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
