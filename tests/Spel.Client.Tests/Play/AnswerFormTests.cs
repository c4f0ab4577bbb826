using Bunit;
using Microsoft.AspNetCore.Components;
using Spel.Client.Pages.Play;
using Spel.Client.Tests.Support;
using Spel.Scenarios.Decks;
using Spel.Scenarios.Play;

namespace Spel.Client.Tests.Play;

public sealed class AnswerFormTests : DutchContext
{
    private readonly List<Answer> _sent = [];

    [Fact]
    public void Shows_the_four_ownership_types_with_their_Dutch_labels_as_the_first_question()
    {
        var form = RenderForm();

        Assert.Equal("Vraag 1 van 3 Wie is eigenaar van dit initiatief?", Flow.Words(form.Find("legend")));
        Assert.Equal(
            [
                "1 Gemeenschap is eigenaar",
                "2 Gemeenschap is eigenaar, gemeente of maatschappelijke partij levert bijdrage",
                "3 Gemeente of maatschappelijke partij is eigenaar, bewoners leveren bijdrage",
                "4 Gemeente is eigenaar",
            ],
            Enumerable.Range(1, 4).Select(i => form.Label($"eigenaarschap-{i}")));
        Assert.All(form.FindAll("fieldset input"), input => Assert.Equal("radio", input.GetAttribute("type")));
    }

    [Fact]
    public void Shows_the_five_regie_steps_from_community_to_municipality_as_the_second_question()
    {
        var form = RenderForm();

        form.ChooseAndGoOn("eigenaarschap-1");

        Assert.Equal("Vraag 2 van 3 Bij wie ligt de regie?", Flow.Words(form.Find("legend")));
        var labels = Enumerable.Range(1, 5).Select(i => form.Label($"regie-{i}")).ToList();
        Assert.Equal("1 Volledig bij de gemeenschap", labels[0]);
        Assert.Equal("3 Gedeeld", labels[2]);
        Assert.Equal("5 Volledig bij de gemeente", labels[4]);
        Assert.Empty(form.FindAll("[data-testid^=eigenaarschap-]"));
    }

    [Fact]
    public void Shows_the_cards_action_question_and_its_options_as_the_third_question()
    {
        var form = RenderForm();

        form.ChooseAndGoOn("eigenaarschap-1");
        form.ChooseAndGoOn("regie-1");

        Assert.Equal("Vraag 3 van 3 Wat doe jij?", Flow.Words(form.Find("legend")));
        Assert.Equal("Ik denk mee over de vergunning", form.Label("option-meedenken"));
        Assert.Equal(3, form.FindAll("[data-testid^=option-]").Count);
        Assert.Empty(form.FindAll("[data-testid=answer-submit]"));
    }

    [Fact]
    public void Volgende_stays_disabled_until_the_question_is_answered_and_says_why()
    {
        var form = RenderForm();

        var next = form.Find("[data-testid=answer-next]");
        Assert.True(next.HasAttribute("disabled"));
        var why = form.Find($"#{next.GetAttribute("aria-describedby")}");
        Assert.Equal("Kies eerst een antwoord.", why.TextContent);

        form.Choose("eigenaarschap-2");

        next = form.Find("[data-testid=answer-next]");
        Assert.False(next.HasAttribute("disabled"));
        Assert.Null(next.GetAttribute("aria-describedby"));
        Assert.Empty(form.FindAll("[data-testid=answer-why]"));
    }

    [Fact]
    public void Vorige_goes_back_to_the_previous_question_with_its_choice_kept()
    {
        var form = RenderForm();
        Assert.Empty(form.FindAll("[data-testid=answer-back]"));
        form.ChooseAndGoOn("eigenaarschap-3");
        form.Choose("regie-4");

        form.Find("[data-testid=answer-back]").Click();

        Assert.Equal("eigenaarschap", form.Step());
        Assert.True(form.IsChosen("eigenaarschap-3"));
        Assert.False(form.IsChosen("eigenaarschap-2"));

        form.Find("[data-testid=answer-next]").Click();

        Assert.Equal("regie", form.Step());
        Assert.True(form.IsChosen("regie-4"));
    }

    [Fact]
    public void Focus_moves_to_the_heading_of_every_new_step()
    {
        var form = RenderForm();
        form.ChooseAndGoOn("eigenaarschap-2");
        form.ChooseAndGoOn("regie-4");
        form.Find("[data-testid=answer-back]").Click();

        // Once for the first question, then once per step taken: forward, forward, back.
        var focused = JSInterop.VerifyFocusAsyncInvoke(calledTimes: 4);
        Assert.All(focused, call => Assert.False(string.IsNullOrEmpty(Assert.IsType<ElementReference>(call.Arguments[0]).Id)));
        Assert.Equal("-1", form.Find("legend h2.flow-heading").GetAttribute("tabindex"));
    }

    [Fact]
    public void The_last_step_summarises_every_choice_and_each_can_be_changed_from_there()
    {
        var form = RenderForm();
        form.ChooseAndGoOn("eigenaarschap-2");
        form.ChooseAndGoOn("regie-4");
        form.ChooseAndGoOn("option-meedenken");

        Assert.Equal("Laatste stap Klopt je antwoord?", Flow.Words(form.Find("h2")));
        // The summary names the type in fewer words; its question showed "gemeente of maatschappelijke partij" in full.
        Assert.Equal("2. Gemeenschap is eigenaar, anderen leveren bijdrage", Summary(form, "eigenaarschap"));
        Assert.Equal("4. Vooral bij de gemeente", Summary(form, "regie"));
        Assert.Equal("Ik denk mee over de vergunning", Summary(form, "option"));
        Assert.Equal("Wijzig Regie", form.Find("[data-testid=answer-edit-regie]").GetAttribute("aria-label"));

        form.Find("[data-testid=answer-edit-regie]").Click();
        Assert.Equal("regie", form.Step());
        Assert.True(form.IsChosen("regie-4"));
        form.ChooseAndGoOn("regie-1");
        form.Find("[data-testid=answer-next]").Click();

        Assert.Equal("summary", form.Step());
        Assert.Equal("1. Volledig bij de gemeenschap", Summary(form, "regie"));
        Assert.Equal("Ik denk mee over de vergunning", Summary(form, "option"));
    }

    [Fact]
    public void Verstuur_sends_exactly_one_answer_with_every_choice()
    {
        var form = RenderForm();

        form.ChooseAndGoOn("eigenaarschap-2");
        form.ChooseAndGoOn("regie-4");
        form.ChooseAndGoOn("option-regelen");
        Assert.Empty(_sent);
        Assert.Equal("Verstuur", form.Find("[data-testid=answer-submit]").TextContent.Trim());
        form.Find("form").Submit();

        Assert.Equal([new Answer(Eigenaarschap.GemeenschapMetBijdrage, Regie.VooralGemeente, "regelen")], _sent);
    }

    [Fact]
    public void Enter_on_a_question_goes_on_to_the_next_one_and_sends_nothing()
    {
        var form = RenderForm();
        form.Find("form").Submit();
        Assert.Equal("eigenaarschap", form.Step());

        form.Choose("eigenaarschap-1");
        form.Find("form").Submit();

        Assert.Equal("regie", form.Step());
        Assert.Empty(_sent);
    }

    [Fact]
    public void The_situation_is_one_tap_away_on_every_question_and_the_choices_stay()
    {
        var form = RenderForm();
        form.ChooseAndGoOn("eigenaarschap-2");
        form.Choose("regie-5");

        form.Find("[data-testid=answer-read-situation]").Click();

        Assert.Equal("situation", form.Step());
        Assert.Contains("Het dorpshuis wil een terras op het plein.", form.Find("[data-testid=answer-situation]").TextContent);
        Assert.Empty(form.FindAll("[data-testid^=regie-]"));
        form.Find("[data-testid=answer-back-to-question]").Click();

        Assert.Equal("regie", form.Step());
        Assert.True(form.IsChosen("regie-5"));
    }

    [Fact]
    public void An_earlier_answer_opens_on_the_summary_so_one_choice_can_be_changed()
    {
        var earlier = new Answer(Eigenaarschap.Gemeente, Regie.Gedeeld, "loslaten");

        var form = RenderForm(earlier);

        Assert.Equal("summary", form.Step());
        Assert.Equal("4. Gemeente is eigenaar", Summary(form, "eigenaarschap"));
        Assert.Equal("3. Gedeeld", Summary(form, "regie"));
        Assert.Equal("Ik laat het aan het dorpshuis over", Summary(form, "option"));
        Assert.False(form.Find("[data-testid=answer-submit]").HasAttribute("disabled"));
        form.Find("[data-testid=answer-edit-option]").Click();
        Assert.True(form.IsChosen("option-loslaten"));
    }

    [Fact]
    public void Without_wisselperspectief_no_prediction_is_asked()
    {
        var form = RenderForm();
        form.ChooseAndGoOn("eigenaarschap-1");
        form.ChooseAndGoOn("regie-1");
        form.ChooseAndGoOn("option-loslaten");

        Assert.Equal("summary", form.Step());
        Assert.Empty(form.FindAll("[data-testid^=answer-summary-prediction-]"));
        Assert.DoesNotContain("andere kant", form.Markup);
    }

    [Fact]
    public void A_card_that_asks_a_prediction_asks_it_in_two_framed_steps_of_its_own_that_name_the_other_side()
    {
        var form = RenderForm(card: PredictionCard, side: Side.Gemeente);
        Assert.Equal("Vraag 1 van 5", form.Find("[data-testid=answer-progress]").TextContent);
        form.ChooseAndGoOn("eigenaarschap-1");
        form.ChooseAndGoOn("regie-1");
        form.ChooseAndGoOn("option-loslaten");

        var step = form.Find("[data-testid=answer-step-prediction-eigenaarschap]");
        Assert.Contains("flow-prediction", step.ClassList);
        Assert.Equal("Vraag 4 van 5 Wie is eigenaar, volgens Dorpsbelangen?", Flow.Words(step.QuerySelector("legend")!));
        Assert.Contains("Zet je in de schoenen van Dorpsbelangen: wat kiezen zij?", step.TextContent);
        Assert.Equal(4, step.QuerySelectorAll("[data-testid^=prediction-eigenaarschap-]").Length);
        form.ChooseAndGoOn("prediction-eigenaarschap-3");

        step = form.Find("[data-testid=answer-step-prediction-regie]");
        Assert.Contains("flow-prediction", step.ClassList);
        Assert.Equal("Vraag 5 van 5 Bij wie ligt de regie, volgens Dorpsbelangen?", Flow.Words(step.QuerySelector("legend")!));
        Assert.Equal(5, step.QuerySelectorAll("[data-testid^=prediction-regie-]").Length);
    }

    [Fact]
    public void Dorpsbelangen_predicts_the_gemeente()
    {
        var form = RenderForm(card: PredictionCard, side: Side.Dorpsbelangen);
        form.ChooseAndGoOn("eigenaarschap-1");
        form.ChooseAndGoOn("regie-1");
        form.ChooseAndGoOn("option-loslaten");

        Assert.Contains("Wie is eigenaar, volgens Gemeente?", form.Find("legend").TextContent);
    }

    [Fact]
    public void When_a_prediction_is_asked_Verstuur_sends_it_with_the_answer_once()
    {
        var form = RenderForm(card: PredictionCard, side: Side.Dorpsbelangen);
        form.ChooseAndGoOn("eigenaarschap-1");
        form.ChooseAndGoOn("regie-2");
        form.ChooseAndGoOn("option-loslaten");
        form.ChooseAndGoOn("prediction-eigenaarschap-3");
        form.ChooseAndGoOn("prediction-regie-5");

        Assert.Equal("3. Gemeente of partij is eigenaar, bewoners leveren bijdrage", Summary(form, "prediction-eigenaarschap"));
        Assert.Equal("Regie volgens Gemeente", form.Find("[data-testid=answer-summary-prediction-regie]").PreviousElementSibling!.TextContent);
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
        form.ChooseAndGoOn("eigenaarschap-2");
        form.ChooseAndGoOn("regie-1");
        form.ChooseAndGoOn("option-loslaten");

        form.ChooseAndGoOn("prediction-eigenaarschap-4");
        form.Find("[data-testid=answer-back]").Click();
        Assert.True(form.IsChosen("prediction-eigenaarschap-4"));
        for (var i = 0; i < 3; i++)
        {
            form.Find("[data-testid=answer-back]").Click();
        }

        Assert.True(form.IsChosen("eigenaarschap-2"));
        Assert.False(form.IsChosen("eigenaarschap-4"));
    }

    [Fact]
    public void An_earlier_prediction_is_in_the_summary_too()
    {
        var earlier = new Answer(Eigenaarschap.Gemeente, Regie.Gedeeld, "loslaten", new Position(Eigenaarschap.Gemeenschap, Regie.VooralGemeente));

        var form = RenderForm(earlier, PredictionCard);

        Assert.Equal("1. Gemeenschap is eigenaar", Summary(form, "prediction-eigenaarschap"));
        Assert.Equal("4. Vooral bij de gemeente", Summary(form, "prediction-regie"));
        Assert.False(form.Find("[data-testid=answer-submit]").HasAttribute("disabled"));
    }

    private static CardView PredictionCard => TestData.Card() with { AsksPrediction = true };

    [Fact]
    public void In_english_types_2_and_3_also_name_another_organisation_beside_the_municipality()
    {
        System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.GetCultureInfo("en");

        var form = RenderForm();

        Assert.Equal(
            [
                "2 The community owns it, the municipality or another organisation contributes",
                "3 The municipality or another organisation owns it, residents contribute",
            ],
            new[] { 2, 3 }.Select(i => form.Label($"eigenaarschap-{i}")));
    }

    private IRenderedComponent<AnswerForm> RenderForm(Answer? initial = null, CardView? card = null, Side side = Side.Dorpsbelangen) =>
        Render<AnswerForm>(p => p
            .Add(f => f.Card, card ?? TestData.Card())
            .Add(f => f.Side, side)
            .Add(f => f.Initial, initial)
            .Add(f => f.OnSubmit, answer => _sent.Add(answer)));

    private static string Summary(IRenderedComponent<AnswerForm> form, string key) =>
        form.Find($"[data-testid=answer-summary-{key}]").TextContent.Trim();
}
