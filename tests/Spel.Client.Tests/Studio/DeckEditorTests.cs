using System.Net;
using Bunit;
using Spel.Client.Pages.Studio;
using Spel.Scenarios.Decks;
using Spel.Scenarios.Play;
using Spel.Scenarios.Studio;

namespace Spel.Client.Tests.Studio;

public sealed class DeckEditorTests : StudioContext
{
    public DeckEditorTests() => KeyKept();

    private IRenderedComponent<DeckEditor> Open(Deck? deck = null)
    {
        Serve(deck ?? OwnDeck());
        var page = Render<DeckEditor>(p => p.Add(e => e.Id, "mijn-deck"));
        page.WaitForElement("[data-testid=card-editor]");
        return page;
    }

    private static string Text(AngleSharp.Dom.IElement element) => element.TextContent.Replace("⚠ ", "", StringComparison.Ordinal).Trim();

    [Fact]
    public void The_form_shows_the_deck_and_the_first_card_with_a_counter_on_every_text()
    {
        var page = Open();

        Assert.Equal("Mijn deck", page.Find("#deck-title").GetAttribute("value"));
        Assert.Equal("9 van 80 tekens", Text(page.Find("[data-testid=deck-title-count]")));
        Assert.Equal("Het terras", page.Find("#card-title").GetAttribute("value"));
        Assert.Equal("Het dorpshuis wil een terras.", page.Find("#card-situation").GetAttribute("value"));
        Assert.Equal("29 van 700 tekens", Text(page.Find("[data-testid=card-situation-count]")));
        Assert.Contains("card-situation-count", page.Find("#card-situation").GetAttribute("aria-describedby"));
        Assert.Equal("Optie 1", page.Find("#option-0-text").GetAttribute("value"));
        Assert.Equal("Wethouder", page.Find("#role-0-name").GetAttribute("value"));
        Assert.Equal(2, page.FindAll("[data-testid=card-editor] .studio-counter").Count(c => c.Id!.StartsWith("prompt-", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_text_over_its_limit_says_in_words_how_many_characters_too_many()
    {
        var page = Open();

        page.Find("#card-title").Input(new string('x', DeckLimits.CardTitle + 12));

        Assert.Equal("12 tekens te veel", Text(page.Find("[data-testid=card-title-count]")));
        Assert.Equal("true", page.Find("#card-title").GetAttribute("aria-invalid"));
    }

    [Fact]
    public void The_validators_problems_appear_at_their_fields_after_a_pause_in_typing()
    {
        Server.Check = deck => deck.Cards[0].Situation.Contains("06-12345678", StringComparison.Ordinal)
            ? [At("cards[0].situation", "Deze tekst lijkt een telefoonnummer te bevatten."), At(null, "Het deck heeft nog geen rol aan de kant dorpsbelangen.")]
            : [];
        var page = Open();

        page.Find("#card-situation").Input("Bel Anna op 06-12345678.");
        Clock.Advance(DeckEditor.CheckDelay - TimeSpan.FromMilliseconds(1));
        Assert.DoesNotContain(StudioApi.Check, Server.Paths(HttpMethod.Post));
        Assert.Empty(page.FindAll("#card-situation-problems"));

        Clock.Advance(TimeSpan.FromMilliseconds(1));

        var problems = page.WaitForElement("#card-situation-problems");
        Assert.Equal("Deze tekst lijkt een telefoonnummer te bevatten.", Text(problems));
        Assert.Contains("card-situation-problems", page.Find("#card-situation").GetAttribute("aria-describedby"));
        Assert.Equal("Het deck heeft nog geen rol aan de kant dorpsbelangen.", Text(page.Find("[data-testid=other-problems] li")));
        Assert.Single(Server.Paths(HttpMethod.Post), StudioApi.Check);
    }

    [Fact]
    public void Typing_on_restarts_the_pause_so_the_validator_is_asked_once()
    {
        var page = Open();

        page.Find("#card-title").Input("Het");
        Clock.Advance(DeckEditor.CheckDelay / 2);
        page.Find("#card-title").Input("Het terras");
        Clock.Advance(DeckEditor.CheckDelay / 2);
        Assert.DoesNotContain(StudioApi.Check, Server.Paths(HttpMethod.Post));

        Clock.Advance(DeckEditor.CheckDelay / 2);

        page.WaitForAssertion(() => Assert.Single(Server.Paths(HttpMethod.Post), StudioApi.Check));
    }

    [Fact]
    public void Cards_move_with_the_arrow_buttons_which_name_their_card_and_the_save_keeps_the_order()
    {
        var page = Open();

        Assert.Equal("Kaart ‘Het terras’ omlaag", page.Find("[data-testid=card-down-0]").GetAttribute("aria-label"));
        Assert.True(page.Find("[data-testid=card-up-0]").HasAttribute("disabled"));
        page.Find("[data-testid=card-down-0]").Click();

        Assert.Contains("De zwemvijver", page.Find("[data-testid=card-select-0]").TextContent);
        Assert.Contains("Het terras", page.Find("[data-testid=card-select-1]").TextContent);
        page.Find("[data-testid=save]").Click();
        Assert.Equal(["zwemvijver", "terras"], Server.Saved.Single().Cards.Select(c => c.Id));
    }

    [Fact]
    public void Options_move_with_their_buttons()
    {
        var page = Open();

        page.Find("[data-testid=option-1-up]").Click();

        Assert.Equal("Optie 2", page.Find("#option-0-text").GetAttribute("value"));
        Assert.Equal("Optie 1", page.Find("#option-1-text").GetAttribute("value"));
    }

    [Fact]
    public void A_card_with_five_options_cannot_get_a_sixth_and_says_why()
    {
        var page = Open(OwnDeck(Card("terras", "Het terras", options: 4)));

        page.Find("[data-testid=option-add]").Click();

        Assert.Equal(5, page.FindAll("[data-testid=options] .studio-option").Count);
        Assert.Empty(page.FindAll("[data-testid=option-add]"));
        Assert.Equal("Een kaart heeft hoogstens 5 opties; voor een nieuwe moet er eerst een weg.", page.Find("[data-testid=options-maximum]").TextContent);
    }

    [Fact]
    public void A_card_with_two_options_cannot_lose_one_and_says_why()
    {
        var page = Open();

        Assert.All(page.FindAll("[data-testid$=-remove][data-testid^=option-]"), b => Assert.True(b.HasAttribute("disabled")));
        Assert.Equal("Een kaart heeft minstens 2 opties; daarom kan er nu geen optie weg.", page.Find("[data-testid=options-minimum]").TextContent);
    }

    [Fact]
    public void The_function_list_explains_the_chosen_function_in_plain_dutch()
    {
        var page = Open();

        page.Find("#option-0-function").Change(nameof(VillageFunction.Aanjager));

        Assert.Equal("Zet initiatieven in gang en maakt bewoners enthousiast.", page.Find("#option-0-function-help").TextContent);
        page.Find("[data-testid=save]").Click();
        Assert.Equal(VillageFunction.Aanjager, Server.Saved.Single().Cards[0].Options[0].Function);
    }

    [Fact]
    public void Each_option_asks_what_dorpsbelangen_does_and_what_the_gemeente_does_and_offers_only_the_five_steps_of_the_ladder()
    {
        var page = Open();

        Assert.Equal("Wat doet dorpsbelangen?", page.Find("label[for=option-0-function]").TextContent);
        Assert.Equal("De functie van dorpsbelangen in deze aanpak, ook als de gemeente degene is die iets doet.", page.Find("#option-0-function-hint").TextContent);
        Assert.Equal("Wat doet de gemeente?", page.Find("label[for=option-0-stance]").TextContent);
        Assert.Equal("De houding van de gemeente in deze aanpak: een trede op de participatieladder.", page.Find("#option-0-stance-hint").TextContent);
        Assert.Equal(
            ["Reguleren", "Regisseren", "Stimuleren", "Faciliteren", "Loslaten"],
            page.FindAll("#option-0-stance option").Select(o => o.TextContent));
        Assert.Equal(
            ["Reguleren", "Regisseren", "Stimuleren", "Faciliteren", "Loslaten"],
            page.FindAll(".studio-explain dl")[1].QuerySelectorAll("dt").Select(d => d.TextContent));

        page.Find("#option-1-stance").Change(nameof(Stance.Regisseren));

        Assert.Equal("De gemeente neemt zelf de regie: zij bepaalt wie wat doet en wanneer.", page.Find("#option-1-stance-help").TextContent);
        page.Find("[data-testid=save]").Click();
        Assert.Equal([Stance.Faciliteren, Stance.Regisseren], Server.Saved.Single().Cards[0].Options.Select(o => o.Stance));
    }

    [Fact]
    public void Two_options_with_the_same_function_are_fine_and_the_form_says_a_card_need_not_have_one_per_function()
    {
        var page = Open();

        Assert.Equal(["Verbinder", "Verbinder"], page.FindAll("select[id$=-function] option[selected]").Select(o => o.TextContent));
        Assert.Contains("Een kaart hoeft niet bij elke functie een optie te hebben.", page.Find("[data-testid=options] > .hint").TextContent);
        Assert.Empty(page.FindAll("#options-problems"));
    }

    /// <summary>An own deck saved before issue 13 says `samenwerken`: the studio asks for a step instead of showing one chosen.</summary>
    [Fact]
    public void An_option_with_a_stance_from_before_the_ladder_shows_no_step_chosen_and_the_problem_at_its_picker()
    {
        var card = Card("terras", "Het terras");
        var old = card with { Options = [card.Options[0] with { Stance = Stance.Samenwerken }, card.Options[1]] };
        Server.Decks["mijn-deck"] = new StudioDeck(OwnDeck(old), StudioDeckKind.Own, 3, [At("cards[0].options[0].gemeente_stance", "`samenwerken` bij `stance` is geen houding meer.")]);
        var page = Render<DeckEditor>(p => p.Add(e => e.Id, "mijn-deck"));
        page.WaitForElement("[data-testid=card-editor]");

        var chosen = page.Find("#option-0-stance option[selected]");
        Assert.Equal(("Kies een trede van de ladder", true), (chosen.TextContent, chosen.HasAttribute("disabled")));
        Assert.Empty(page.FindAll("#option-0-stance-help"));
        Assert.Equal("`samenwerken` bij `stance` is geen houding meer.", Text(page.Find("#option-0-stance-problems")));

        page.Find("#option-0-stance").Change(nameof(Stance.Stimuleren));

        Assert.Empty(page.FindAll("#option-0-stance option[disabled]"));
        Assert.Equal("De gemeente moedigt aan en helpt op gang, zodat anderen het oppakken.", page.Find("#option-0-stance-help").TextContent);
    }

    [Fact]
    public void A_save_says_its_version_and_that_a_deck_with_problems_is_not_offered_yet()
    {
        Server.Check = _ => [At("cards[0].prompts[1]", "Deze gespreksvraag is leeg.")];
        var page = Open();

        page.Find("#card-title").Input("Het nieuwe terras");
        page.Find("[data-testid=save]").Click();

        Assert.Equal("3", Server.Requests.Single(r => r.Method == HttpMethod.Put).IfMatch);
        Assert.Equal("Het nieuwe terras", Server.Saved.Single().Cards[0].Title);
        Assert.Equal(
            "Opgeslagen, versie 4. Het deck heeft nog problemen (1): begeleiders krijgen het pas aangeboden als die verbeterd zijn.",
            Text(page.Find("[data-testid=save-status]")));
        Assert.Equal("Deze gespreksvraag is leeg.", Text(page.Find("#prompt-1-problems")));
        Assert.False(Storage.Items.ContainsKey(KeptDraft.StorageKey("mijn-deck")));
    }

    [Fact]
    public void A_conflict_says_someone_else_saved_and_keeps_what_was_typed()
    {
        Server.SaveReply = (_, _) => FakeStudioServer.Problem(ErrorCode.DeckChanged, HttpStatusCode.Conflict);
        var page = Open();

        page.Find("#card-situation").Input("Mijn nieuwe situatie.");
        page.Find("[data-testid=save]").Click();

        var conflict = page.Find("[data-testid=conflict]");
        Assert.Contains("Iemand anders heeft dit deck intussen opgeslagen.", conflict.TextContent);
        Assert.Equal("decks/mijn-deck", conflict.QuerySelector("[data-testid=open-newest]")!.GetAttribute("href"));
        Assert.Equal("_blank", conflict.QuerySelector("[data-testid=open-newest]")!.GetAttribute("target"));
        Assert.Equal("Mijn nieuwe situatie.", page.Find("#card-situation").GetAttribute("value"));
        Assert.Contains("Mijn nieuwe situatie.", Storage.Items[KeptDraft.StorageKey("mijn-deck")]);

        page.Find("[data-testid=keep-editing]").Click();
        Assert.Empty(page.FindAll("[data-testid=conflict]"));
        Assert.Equal("Mijn nieuwe situatie.", page.Find("#card-situation").GetAttribute("value"));
    }

    [Fact]
    public void After_a_conflict_the_trainer_can_save_their_version_as_the_newest()
    {
        var page = Open();
        Server.SaveReply = (_, basedOn) => basedOn == 3
            ? FakeStudioServer.Problem(ErrorCode.DeckChanged, HttpStatusCode.Conflict)
            : FakeStudioServer.Json(new StudioSaved("mijn-deck", basedOn + 1, DateTimeOffset.UnixEpoch, []));
        page.Find("#deck-title").Input("Mijn versie");
        page.Find("[data-testid=save]").Click();
        Serve(OwnDeck() with { Title = "Versie van een collega" }, version: 5);

        page.Find("[data-testid=save-anyway]").Click();

        Assert.Equal(["3", "5"], Server.Requests.Where(r => r.Method == HttpMethod.Put).Select(r => r.IfMatch));
        Assert.Contains("Mijn versie", Server.Requests.Last(r => r.Method == HttpMethod.Put).Body);
        Assert.Empty(page.FindAll("[data-testid=conflict]"));
        Assert.Equal("Opgeslagen, versie 6. Begeleiders kunnen het nu kiezen op de startpagina.", Text(page.Find("[data-testid=save-status]")));
    }

    [Fact]
    public void The_preview_shows_the_selected_card_as_typed_before_it_is_saved()
    {
        var page = Open();

        page.Find("[data-testid=card-select-1]").Click();
        page.Find("#card-situation").Input("Een nieuwe situatie.");

        var preview = page.FindComponent<Spel.Client.Preview.CardPreview>().Instance;
        Assert.Equal(1, preview.CardIndex);
        Assert.Equal("Een nieuwe situatie.", preview.Deck.Cards[1].Situation);
        Assert.Empty(Server.Saved);
    }

    [Fact]
    public void A_card_the_preview_cannot_fit_says_so_in_words_at_the_card()
    {
        var page = Open();
        var preview = page.FindComponent<Spel.Client.Preview.CardPreview>();
        Assert.Equal(0, preview.Instance.CardIndex);
        Assert.Empty(page.FindAll("[data-testid=card-fit]"));

        page.InvokeAsync(() => preview.Instance.FitChanged.InvokeAsync(new Spel.Client.Preview.PreviewFit(ProjectorFits: false, TabletFits: true)));

        Assert.Equal("Deze kaart past niet op het scherm: maak de situatie of de opties korter.", Text(page.Find("[data-testid=card-editor] [data-testid=card-fit]")));

        page.Find("[data-testid=card-select-1]").Click();
        Assert.Equal(1, preview.Instance.CardIndex);
        Assert.Empty(page.FindAll("[data-testid=card-fit]"));
    }

    /// <summary>A draft as format 1 of <see cref="KeptDraft"/> keeps it in the browser; a later app must still offer it.</summary>
    private const string KeptDraftSample = """
        {"format":1,"basedOn":2,"keptAt":"2026-12-01T21:10:00+00:00","deck":{"id":"mijn-deck","title":"Half af","language":"nl",
        "description":"Over het dorpshuis.","audience":"Gemengde groepen",
        "roles":[{"id":"wethouder","name":"Wethouder","side":"Gemeente"},{"id":"bestuurslid","name":"Bestuurslid","side":"Dorpsbelangen"}],
        "cards":[{"id":"terras","title":"Het terras","situation":"Het dorpshuis wil een terras.","source":null,"actionQuestion":"Wat doe jij?",
        "options":[{"id":"optie-1","text":"Optie 1","function":"Verbinder","stance":"Samenwerken"},{"id":"optie-2","text":"Optie 2","function":"Aanjager","stance":"Loslaten"}],
        "prompts":["Van wie is het terras?","Wie heeft de regie?"],"whatHappened":null,"themes":["dorpshuis"],
        "questions":"Eigenaarschap, Regie, Action","suggested":true}]}}
        """;

    [Fact]
    public void A_draft_kept_in_this_browser_is_offered_on_return_and_saved_against_the_version_it_was_typed_on()
    {
        Storage.Items[KeptDraft.StorageKey("mijn-deck")] = KeptDraftSample;
        var page = Open();

        Assert.Equal("Mijn deck", page.Find("#deck-title").GetAttribute("value"));
        Assert.Contains("In deze browser staat een niet-opgeslagen versie van dit deck, van 1 december 2026 21:10", page.Find("[data-testid=restore-offer]").TextContent);
        page.Find("[data-testid=restore-kept]").Click();

        Assert.Equal("Half af", page.Find("#deck-title").GetAttribute("value"));
        Assert.Equal("aanjager".ToUpperInvariant(), page.Find("#option-1-function option[selected]").TextContent.ToUpperInvariant());
        Assert.Equal("Kies een trede van de ladder", page.Find("#option-0-stance option[selected]").TextContent);
        page.Find("[data-testid=save]").Click();
        Assert.Equal("2", Server.Requests.Single(r => r.Method == HttpMethod.Put).IfMatch);
        Assert.True(Server.Saved.Single().Cards[0].Suggested);
    }

    [Fact]
    public void A_card_dropped_on_another_takes_its_place()
    {
        var page = Open(OwnDeck(Card("a", "Eerste"), Card("b", "Tweede"), Card("c", "Derde")));

        page.Find("[data-testid=card-item-2]").DragStart();
        page.Find("[data-testid=card-item-0]").Drop();

        Assert.Equal(["Derde", "Eerste", "Tweede"], page.FindAll("[data-testid^=card-select-]").Select(b => b.TextContent.Trim()[1..].Trim()));
        Assert.Equal("Eerste", page.Find("#card-title").GetAttribute("value"));
    }

    [Fact]
    public void Restoring_an_earlier_version_sends_the_version_it_replaces_and_opens_the_result()
    {
        Server.Versions.AddRange(
        [
            new StudioVersion(3, DateTimeOffset.UnixEpoch, "Mijn deck", 2),
            new StudioVersion(2, DateTimeOffset.UnixEpoch, "Mijn eerste deck", 1),
        ]);
        var page = Open();

        page.Find("[data-testid=history-show]").Click();
        Assert.Empty(page.FindAll("[data-testid=restore-3]"));
        page.Find("[data-testid=restore-2]").Click();

        var restore = Server.Requests.Single(r => r.Path == StudioApi.Restore("mijn-deck", 2));
        Assert.Equal("3", restore.IfMatch);
        Assert.Contains("Opgeslagen, versie 4.", page.Find("[data-testid=save-status]").TextContent);
    }

    [Fact]
    public void Restoring_waits_until_the_changes_are_saved()
    {
        Server.Versions.Add(new StudioVersion(2, DateTimeOffset.UnixEpoch, "Mijn eerste deck", 1));
        var page = Open();

        page.Find("[data-testid=history-show]").Click();
        page.Find("#deck-title").Input("Nog niet opgeslagen");

        Assert.True(page.Find("[data-testid=restore-2]").HasAttribute("disabled"));
        Assert.Equal("Sla eerst je wijzigingen op; daarna kun je een eerdere versie terugzetten.", page.Find("[data-testid=history-save-first]").TextContent);
    }

    [Fact]
    public void Cards_from_a_spreadsheet_are_added_at_the_end_and_rows_that_could_not_be_read_are_named()
    {
        Server.CsvImport = new StudioCsvImport(
            [Card("markt", "De markt")],
            [new StudioProblem(null, 7, 4, "Deze functie bestaat niet: kies vertegenwoordiger, kennisdeler, verbinder of aanjager.", "No such function.")]);
        var page = Open();

        page.FindComponent<Microsoft.AspNetCore.Components.Forms.InputFile>()
            .UploadFiles(InputFileContent.CreateFromText("kaart;titel\nmarkt;De markt\n", "kaarten.csv"));

        Assert.Equal("Kaarten toegevoegd: 1. Vergeet niet op te slaan.", page.Find("[data-testid=csv-added]").TextContent);
        Assert.Contains("De markt", page.Find("[data-testid=card-select-2]").TextContent);
        Assert.Equal("Rij 7, kolom 4: Deze functie bestaat niet: kies vertegenwoordiger, kennisdeler, verbinder of aanjager.", Text(page.Find("#csv-problems li")));
        Assert.Contains("Niet-opgeslagen wijzigingen", page.Find("[data-testid=save-status]").TextContent);
    }

    [Fact]
    public void Deleting_a_card_asks_first()
    {
        var page = Open();

        page.Find("[data-testid=card-delete]").Click();
        Assert.Contains("Kaart ‘Het terras’ echt verwijderen?", page.Find("[data-testid=delete-confirm]").TextContent);
        page.Find("[data-testid=delete-no]").Click();
        Assert.Equal(2, page.FindAll("[data-testid^=card-select-]").Count);

        page.Find("[data-testid=card-delete]").Click();
        page.Find("[data-testid=delete-yes]").Click();
        Assert.Single(page.FindAll("[data-testid^=card-select-]"));
        Assert.Equal("De zwemvijver", page.Find("#card-title").GetAttribute("value"));
    }
}
