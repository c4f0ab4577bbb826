using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Spel.Client.Board;
using Spel.Client.Cards;
using Spel.Client.Pages.Play;
using Spel.Client.Pages.Present;
using Spel.Client.Preview;
using Spel.Client.Realtime;
using Spel.Client.Tests.Support;
using Spel.Scenarios.Decks;
using Spel.Scenarios.Play;

namespace Spel.Client.Tests.Preview;

/// <summary>Issue 12: the deck studio's preview renders the projector's and the tablet's own components for the card being edited.</summary>
public sealed class CardPreviewTests : DutchContext
{
    private readonly JSRuntimeInvocationHandler<PreviewFit> _measure;
    private readonly List<PreviewFit> _raised = [];

    public CardPreviewTests()
    {
        Services.AddSingleton<IGameConnection>(new FakeGameConnection());
        Services.AddSingleton<IBrowserStorage>(new FakeBrowserStorage());
        SetRendererInfo(new RendererInfo("WebAssembly", isInteractive: true));
        JSInterop.SetupModule(BoardCanvas.ModulePath).SetupVoid("draw", _ => true).SetVoidResult();
        _measure = JSInterop.SetupModule(CardPreview.ModulePath).Setup<PreviewFit>("measure", _ => true);
        _measure.SetResult(new PreviewFit(true, true));
    }

    [Fact]
    public void The_projector_part_is_the_projectors_stage_with_the_card_and_the_revealed_board()
    {
        var preview = Show(PreviewDeck.Deck, 0);

        Assert.Equal(3, preview.FindComponents<ProjectorStage>().Count);
        var situatie = preview.Find("[data-testid=preview-projector-Situatie]");
        Assert.Equal("true", situatie.GetAttribute("data-shown"));
        Assert.Equal(PreviewDeck.Terras.Title, situatie.QuerySelector(".stage-body [data-testid=card-title]")!.TextContent);
        Assert.Equal(PreviewDeck.Terras.Situation, situatie.QuerySelector(".situation")!.TextContent);
        Assert.Equal("Bron: Gesprek met een dorpsraad, 2024", situatie.QuerySelector(".source")!.TextContent);
        Assert.Contains(preview.FindComponents<CardHeading>(), h => h.Instance.Card.Title == PreviewDeck.Terras.Title);

        var board = preview.FindComponent<BoardCanvas>();
        Assert.Equal(PreviewViews.SeatCount, board.Instance.Reveal.Answers.Count);
        var reveal = preview.Find("[data-testid=preview-projector-Onthulling]");
        Assert.Equal("false", reveal.GetAttribute("data-shown"));
        Assert.NotNull(reveal.QuerySelector("[data-testid=board]"));
        Assert.Contains("Ik regel het zelf", reveal.QuerySelector(".reveal-options")!.TextContent);
    }

    [Fact]
    public void The_switch_shows_the_revealed_board_instead_of_the_situation()
    {
        var preview = Show(PreviewDeck.Deck, 0);

        preview.Find("[data-testid=preview-phase-Onthulling]").Click();

        Assert.Equal("true", preview.Find("[data-testid=preview-phase-Onthulling]").GetAttribute("aria-pressed"));
        Assert.Equal("true", preview.Find("[data-testid=preview-projector-Onthulling]").GetAttribute("data-shown"));
        Assert.Equal("false", preview.Find("[data-testid=preview-projector-Situatie]").GetAttribute("data-shown"));
        Assert.Equal("true", preview.Find("[data-testid=preview-projector-Situatie]").GetAttribute("aria-hidden"));
    }

    [Fact]
    public void The_tablet_part_is_the_tablets_answer_flow_one_question_at_a_time_with_a_step_switcher()
    {
        var preview = Show(PreviewDeck.Deck, 0);

        Assert.NotEmpty(preview.FindComponents<PlayScreen>());
        Assert.NotEmpty(preview.FindComponents<StepFlow>());
        var shown = preview.Find("[data-testid=preview-tablet-eigenaarschap]");
        Assert.Equal("true", shown.GetAttribute("data-shown"));
        Assert.Equal("Kiezen", shown.QuerySelector(".play [data-testid=phase]")!.TextContent);
        Assert.Equal("eigenaarschap", shown.QuerySelector("[data-testid=answer-flow]")!.GetAttribute("data-step"));

        preview.Find("[data-testid=preview-step-option]").Click();

        var option = preview.Find("[data-testid=preview-tablet-option]");
        Assert.Equal("true", option.GetAttribute("data-shown"));
        Assert.Equal("option", option.QuerySelector("[data-testid=answer-flow]")!.GetAttribute("data-step"));
        Assert.Equal(
            PreviewDeck.Terras.Options.Select(o => o.Text),
            option.QuerySelectorAll(".flow-choice-text").Select(c => c.TextContent));
        Assert.Contains(preview.FindComponents<CardSituation>(), s => s.Instance.Card.Situation == PreviewDeck.Terras.Situation);
    }

    [Fact]
    public void A_choice_in_the_preview_moves_the_flow_on_and_goes_nowhere_else()
    {
        var preview = Show(PreviewDeck.Deck, 0);

        preview.Find("[data-testid=preview-tablet-eigenaarschap] [data-testid=eigenaarschap-2]").Change(true);
        preview.Find("[data-testid=preview-tablet-eigenaarschap] [data-testid=answer-next]").Click();

        Assert.Equal("regie", preview.Find("[data-testid=preview-tablet-eigenaarschap] [data-testid=answer-flow]").GetAttribute("data-step"));
    }

    [Fact]
    public void The_tablets_top_bar_is_pictured_with_its_language_toggle_out_of_reach_so_it_cannot_reload_the_studio()
    {
        var preview = Show(PreviewDeck.Deck, 0);

        var bar = preview.Find("[data-testid=preview-tablet-eigenaarschap] header.topbar");
        Assert.True(bar.HasAttribute("inert"));
        Assert.NotNull(bar.QuerySelector(".language-toggle"));
        Assert.Null(preview.Find("[data-testid=preview-tablet-eigenaarschap] [data-testid=answer-flow]").Closest("[inert]"));
    }

    [Fact]
    public void A_card_that_asks_a_prediction_offers_the_prediction_steps_on_the_tablet()
    {
        var preview = Show(PreviewDeck.Deck, 1);

        Assert.NotNull(preview.Find("[data-testid=preview-step-prediction-regie]"));
        Assert.Equal("De buurtbus stopt", preview.Find("[data-testid=preview-tablet-prediction-regie] [data-testid=card-title]").TextContent);
        Assert.Equal("prediction-regie", preview.Find("[data-testid=preview-tablet-prediction-regie] [data-testid=answer-flow]").GetAttribute("data-step"));
    }

    [Fact]
    public void Editing_the_card_or_choosing_another_changes_the_preview()
    {
        var preview = Show(PreviewDeck.Deck, 0);
        var edited = PreviewDeck.Deck with
        {
            Cards = [PreviewDeck.Terras with { Situation = "Het plein krijgt bankjes." }, PreviewDeck.Bus],
        };

        preview.Render(p => p.Add(c => c.Deck, edited));
        Assert.Equal("Het plein krijgt bankjes.", preview.Find("[data-testid=preview-projector-Situatie] .situation").TextContent);

        preview.Render(p => p.Add(c => c.CardIndex, 1));
        Assert.Equal("De buurtbus stopt", preview.Find("[data-testid=preview-projector-Situatie] .stage-body [data-testid=card-title]").TextContent);
        Assert.Equal("De buurtbus stopt", preview.Find("[data-testid=preview-tablet-eigenaarschap] [data-testid=card-title]").TextContent);
    }

    [Fact]
    public void An_answer_from_the_browser_that_the_projector_overflows_is_raised_and_said_in_words()
    {
        _measure.SetResult(new PreviewFit(ProjectorFits: false, TabletFits: true));

        var preview = Show(PreviewDeck.Deck, 0);

        Assert.Equal([new PreviewFit(false, true)], _raised);
        Assert.Equal("Past niet op het scherm: maak de tekst korter.", preview.Find("[data-testid=preview-projector-overflows]").TextContent.Trim('⚠', ' '));
        Assert.Empty(preview.FindAll("[data-testid=preview-tablet-scrolls]"));
    }

    [Fact]
    public void The_fit_is_measured_again_after_the_card_changes_and_raised_only_when_it_changes()
    {
        var preview = Show(PreviewDeck.Deck, 0);
        Assert.Equal([new PreviewFit(true, true)], _raised);
        Assert.NotNull(preview.Find("[data-testid=preview-fits]"));

        _measure.SetResult(new PreviewFit(ProjectorFits: true, TabletFits: false));
        preview.Render(p => p.Add(c => c.Deck, PreviewDeck.Deck with { Cards = [PreviewDeck.Terras with { Situation = new string('x', 700) }] }));

        Assert.Equal([new PreviewFit(true, true), new PreviewFit(true, false)], _raised);
        Assert.Contains("De tablet moet scrollen", preview.Find("[data-testid=preview-tablet-scrolls]").TextContent);

        var measured = _measure.Invocations.Count;
        preview.Render(p => p.Add(c => c.Deck, PreviewDeck.Deck with { Cards = [PreviewDeck.Terras with { Situation = new string('x', 700) }] }));
        Assert.Equal(measured, _measure.Invocations.Count);
        Assert.Equal(2, _raised.Count);
    }

    [Fact]
    public void A_card_index_outside_the_deck_shows_nothing_and_measures_nothing()
    {
        var preview = Show(PreviewDeck.Deck, 5);

        Assert.Empty(preview.FindComponents<ProjectorStage>());
        Assert.Empty(_measure.Invocations);
    }

    private IRenderedComponent<CardPreview> Show(Deck deck, int index) => Render<CardPreview>(p => p
        .Add(c => c.Deck, deck)
        .Add(c => c.CardIndex, index)
        .Add(c => c.FitChanged, EventCallback.Factory.Create<PreviewFit>(this, _raised.Add)));
}
