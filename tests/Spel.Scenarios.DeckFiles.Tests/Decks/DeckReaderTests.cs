using Spel.Scenarios.Decks;

namespace Spel.Scenarios.Tests.Decks;

public class DeckReaderTests
{
    [Fact]
    public void Valid_deck_is_read_into_the_model()
    {
        var deck = DeckReader.Parse(TestDecks.Valid, "proef.yaml");

        Assert.Equal("proef", deck.Id);
        Assert.Equal("Proefdeck", deck.Title);
        Assert.Equal("nl", deck.Language);
        Assert.Equal([new Role("wethouder", "Wethouder", Side.Gemeente), new Role("bewoner", "Bewoner", Side.Dorpsbelangen)], deck.Roles);
        var card = Assert.Single(deck.Cards);
        Assert.Equal("terras", card.Id);
        Assert.Equal("Wat doe jij?", card.ActionQuestion);
        Assert.Null(card.Source);
        Assert.Null(card.WhatHappened);
        Assert.Equal(new ActionOption("samen", "Samen oppakken.", VillageFunction.Verbinder, Stance.Faciliteren), card.FindOption("samen"));
        Assert.Equal(["Van wie is het terras?", "Wie heeft de regie?"], card.Prompts);
        Assert.Equal(["dorpshuis"], card.Themes);
    }

    [Fact]
    public void Folded_text_is_read_as_one_paragraph_without_trailing_newline()
    {
        var yaml = TestDecks.Replace(
            "    situation: Het dorpshuis wil een nieuw terras.\n",
            "    situation: >\n      Het dorpshuis wil\n      een nieuw terras.\n    what_happened: Het kwam er.\n    source: Een brochure\n");

        var card = DeckReader.Parse(yaml, "proef.yaml").Cards[0];

        Assert.Equal("Het dorpshuis wil een nieuw terras.", card.Situation);
        Assert.Equal("Het kwam er.", card.WhatHappened);
        Assert.Equal("Een brochure", card.Source);
    }

    [Fact]
    public void Values_that_look_like_numbers_or_booleans_stay_text()
    {
        var yaml = TestDecks.Replace("title: Het terras", "title: yes").Replace("- dorpshuis", "- 2025");

        var card = DeckReader.Parse(yaml, "proef.yaml").Cards[0];

        Assert.Equal("yes", card.Title);
        Assert.Equal(["2025"], card.Themes);
    }

    [Fact]
    public void Side_function_and_stance_ignore_case()
    {
        var yaml = TestDecks.Replace("side: gemeente", "side: Gemeente").Replace("gemeente_stance: loslaten", "gemeente_stance: Stimuleren");

        var deck = DeckReader.Parse(yaml, "proef.yaml");

        Assert.Equal(Side.Gemeente, deck.Roles[0].Side);
        Assert.Equal(Stance.Stimuleren, deck.Cards[0].Options[1].Stance);
    }

    [Fact]
    public void Unknown_field_is_reported_once_with_its_line_and_a_suggestion()
    {
        var problems = TestDecks.ProblemsOf(TestDecks.Replace("title: Proefdeck", "titel: Proefdeck"));

        var unknown = Assert.Single(problems);
        Assert.Equal((2, 1), (unknown.Line, unknown.Column));
        Assert.Contains("Onbekend veld `titel`", unknown.MessageNl);
        Assert.Contains("Bedoel je `title`?", unknown.MessageNl);
        Assert.Contains("Unknown field `titel`", unknown.MessageEn);
    }

    [Fact]
    public void Camel_case_field_is_refused_with_the_snake_case_name_as_suggestion()
    {
        var problems = TestDecks.ProblemsOf(TestDecks.Replace("action_question:", "actionQuestion:"));

        var unknown = problems.At(17, 5);
        Assert.Contains("`actionQuestion`", unknown.MessageNl);
        Assert.Contains("Bedoel je `action_question`?", unknown.MessageNl);
        Assert.Contains("kaart `terras`", unknown.MessageNl);
    }

    [Fact]
    public void Unknown_field_far_from_any_known_name_gets_no_suggestion()
    {
        var problems = TestDecks.ProblemsOf(TestDecks.Replace("audience: Iedereen", "audience: Iedereen\nkleur: blauw"));

        var unknown = problems.At(6, 1);
        Assert.Equal("Onbekend veld `kleur` in deck `proef`.", unknown.MessageNl);
    }

    [Fact]
    public void Unknown_field_is_not_said_to_mean_a_field_that_is_already_there()
    {
        var problem = Assert.Single(TestDecks.ProblemsOf(TestDecks.Replace("title: Proefdeck", "title: Proefdeck\ntitel: Proef")));

        Assert.Equal("Onbekend veld `titel` in deck `proef`.", problem.MessageNl);
    }

    [Fact]
    public void Missing_required_text_is_reported_at_the_start_of_its_block()
    {
        var problems = TestDecks.ProblemsOf(TestDecks.Replace("    situation: Het dorpshuis wil een nieuw terras.\n", ""));

        var missing = Assert.Single(problems);
        Assert.Equal((14, 5), (missing.Line, missing.Column));
        Assert.Equal("Het veld `situation` ontbreekt in kaart `terras`.", missing.MessageNl);
    }

    [Fact]
    public void Empty_text_is_reported_at_its_field_name()
    {
        var problems = TestDecks.ProblemsOf(TestDecks.Replace("    title: Het terras", "    title:"));

        Assert.Contains("`title` in kaart `terras` is leeg", problems.At(15, 5).MessageNl);
    }

    [Fact]
    public void A_list_where_text_belongs_is_reported_at_the_list()
    {
        var problems = TestDecks.ProblemsOf(TestDecks.Replace("text: Samen oppakken.", "text:\n          - Samen oppakken."));

        Assert.Contains("hoort tekst, maar er staat een lijst", problems.At(21, 11).MessageNl);
    }

    [Fact]
    public void Text_where_a_list_belongs_is_reported_at_the_text()
    {
        var problems = TestDecks.ProblemsOf(TestDecks.Replace("    themes:\n      - dorpshuis", "    themes: dorpshuis"));

        Assert.Contains("hoort een lijst", problems.At(30, 13).MessageNl);
    }

    [Fact]
    public void A_card_written_as_plain_text_is_reported_once()
    {
        var yaml = TestDecks.Replace("cards:\n", "cards:\n  - Een kaart zonder velden\n");

        var problem = Assert.Single(TestDecks.ProblemsOf(yaml));

        Assert.Equal((14, 5), (problem.Line, problem.Column));
        Assert.Contains("Hier hoort een kaart met velden", problem.MessageNl);
    }

    [Fact]
    public void A_field_written_twice_is_reported_at_the_second()
    {
        var problems = TestDecks.ProblemsOf(TestDecks.Replace("language: nl", "language: nl\nlanguage: en"));

        Assert.Contains("`language` staat twee keer", problems.At(4, 1).MessageNl);
    }

    [Theory]
    [InlineData("id: proef", "id: Proef deck", 1, 5)]
    [InlineData("    - id: zelf", "    - id: zelf_doen", 23, 13)]
    public void An_id_that_is_not_kebab_case_is_refused(string original, string broken, int line, int column)
    {
        var problems = TestDecks.ProblemsOf(TestDecks.Replace(original, broken));

        Assert.Contains("geen geldige id", problems.At(line, column).MessageNl);
    }

    [Fact]
    public void A_language_that_is_not_a_language_tag_is_refused()
    {
        var problems = TestDecks.ProblemsOf(TestDecks.Replace("language: nl", "language: Nederlands!"));

        Assert.Contains("geen taalcode", problems.At(3, 11).MessageNl);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(6)]
    public void Option_count_outside_two_to_five_is_reported_at_the_options_field(int count)
    {
        var options = string.Concat(Enumerable.Range(1, count).Select(i =>
            $"      - id: optie-{i}\n        text: Optie {i}\n        function: verbinder\n        gemeente_stance: faciliteren\n"));
        var start = TestDecks.Valid.IndexOf("      - id: samen", StringComparison.Ordinal);
        var end = TestDecks.Valid.IndexOf("    prompts:", StringComparison.Ordinal);
        var yaml = TestDecks.Valid[..start] + options + TestDecks.Valid[end..];

        var problem = Assert.Single(TestDecks.ProblemsOf(yaml));

        Assert.Equal((18, 5), (problem.Line, problem.Column));
        Assert.Contains($"heeft {count} antwoordoptie", problem.MessageNl);
        Assert.Contains("2 tot 5", problem.MessageNl);
    }

    [Fact]
    public void Fewer_than_two_prompts_is_reported_at_the_prompts_field()
    {
        var problem = Assert.Single(TestDecks.ProblemsOf(TestDecks.Replace("      - Wie heeft de regie?\n", "")));

        Assert.Equal((27, 5), (problem.Line, problem.Column));
        Assert.Equal("Kaart `terras` heeft 1 gespreksvraag; geef er minstens 2.", problem.MessageNl);
    }

    [Fact]
    public void A_card_without_themes_is_reported()
    {
        var problem = Assert.Single(TestDecks.ProblemsOf(TestDecks.Replace("    themes:\n      - dorpshuis", "    themes: []")));

        Assert.Equal((30, 5), (problem.Line, problem.Column));
        Assert.Contains("geen thema's", problem.MessageNl);
    }

    [Fact]
    public void Unknown_function_is_reported_at_its_value_with_the_allowed_values()
    {
        var problems = TestDecks.ProblemsOf(TestDecks.Replace("function: aanjager", "function: aanjagen"));

        var problem = problems.At(25, 19);
        Assert.Contains("Onbekende functie `aanjagen`. Bedoel je `aanjager`?", problem.MessageNl);
        Assert.Contains("vertegenwoordiger, kennisdeler, verbinder, aanjager", problem.MessageNl);
    }

    [Fact]
    public void Unknown_side_is_reported_without_also_claiming_that_side_has_no_roles()
    {
        var problem = Assert.Single(TestDecks.ProblemsOf(TestDecks.Replace("side: dorpsbelangen", "side: dorpsbelang")));

        Assert.Equal((12, 11), (problem.Line, problem.Column));
        Assert.Contains("Onbekende kant `dorpsbelang`. Bedoel je `dorpsbelangen`?", problem.MessageNl);
    }

    [Fact]
    public void A_deck_without_roles_on_one_side_is_reported_at_the_roles_field()
    {
        var problem = Assert.Single(TestDecks.ProblemsOf(TestDecks.Replace("side: dorpsbelangen", "side: gemeente")));

        Assert.Equal((6, 1), (problem.Line, problem.Column));
        Assert.Contains("geen rol aan de kant `dorpsbelangen`", problem.MessageNl);
    }

    [Fact]
    public void A_deck_without_cards_is_reported_at_the_cards_field()
    {
        var start = TestDecks.Valid.IndexOf("cards:", StringComparison.Ordinal);
        var problem = Assert.Single(TestDecks.ProblemsOf(TestDecks.Valid[..start] + "cards: []\n"));

        Assert.Equal((13, 1), (problem.Line, problem.Column));
        Assert.Contains("geen kaarten", problem.MessageNl);
    }

    [Fact]
    public void Duplicate_card_ids_are_reported_at_the_second_id()
    {
        var card = TestDecks.Valid[TestDecks.Valid.IndexOf("  - id: terras", StringComparison.Ordinal)..];

        var problem = Assert.Single(TestDecks.ProblemsOf(TestDecks.Valid + card));

        Assert.Equal((32, 9), (problem.Line, problem.Column));
        Assert.Equal("Er is al een kaart met id `terras` (nummer 1, regel 14); elke id moet uniek zijn. Geef deze een andere id.", problem.MessageNl);
        Assert.Equal("cards[1].id", problem.Path);
    }

    [Fact]
    public void Duplicate_option_and_role_ids_are_reported_at_the_second_id()
    {
        var yaml = TestDecks.Replace("    - id: zelf", "    - id: samen").Replace("- id: bewoner", "- id: wethouder");

        var problems = TestDecks.ProblemsOf(yaml);

        Assert.Equal(2, problems.Count);
        Assert.Contains("een rol met id `wethouder` (nummer 1, regel 7)", problems.At(10, 9).MessageNl);
        Assert.Contains("een antwoordoptie met id `samen` (nummer 1, regel 19)", problems.At(23, 13).MessageNl);
    }

    [Fact]
    public void Same_option_id_on_different_cards_is_fine()
    {
        var card = TestDecks.Valid[TestDecks.Valid.IndexOf("  - id: terras", StringComparison.Ordinal)..]
            .Replace("id: terras", "id: speeltuin");

        var deck = DeckReader.Parse(TestDecks.Valid + card, "proef.yaml");

        Assert.Equal(["terras", "speeltuin"], deck.Cards.Select(c => c.Id));
    }

    [Fact]
    public void An_unclosed_quote_is_reported_at_the_quote_with_what_to_add()
    {
        var problem = Assert.Single(TestDecks.ProblemsOf(TestDecks.Replace("title: Proefdeck", "title: \"Proefdeck")));

        Assert.Equal((2, 8), (problem.Line, problem.Column));
        Assert.Equal("Hier opent een aanhalingsteken (`\"`) dat niet gesloten wordt. Zet aan het eind van de tekst, op dezelfde regel, ook een `\"`.", problem.MessageNl);
        Assert.Null(problem.Path);
    }

    [Fact]
    public void A_colon_inside_unquoted_text_is_reported_as_unparseable_yaml_on_its_line()
    {
        var problems = TestDecks.ProblemsOf(TestDecks.Replace("text: Samen oppakken.", "text: Samen: oppakken."));

        Assert.Equal(20, Assert.Single(problems).Line);
    }

    [Fact]
    public void All_problems_are_reported_at_once_in_reading_order()
    {
        var yaml = TestDecks.Replace("title: Proefdeck", "titel: Proefdeck")
            .Replace("side: dorpsbelangen", "side: gemeente")
            .Replace("function: verbinder", "function: spelleider")
            .Replace("      - Wie heeft de regie?\n", "");

        var problems = TestDecks.ProblemsOf(yaml);

        Assert.Equal([(2, 1), (6, 1), (21, 19), (27, 5)], problems.Select(p => (p.Line, p.Column)));
        Assert.All(problems, p => Assert.Equal("proef.yaml", p.Source));
    }

    [Fact]
    public void The_exception_message_lists_every_problem_in_english()
    {
        var error = Assert.Throws<DeckFormatException>(() =>
            DeckReader.Parse(TestDecks.Replace("title: Proefdeck", "titel: Proefdeck").Replace("    name: Wethouder", "    naam: Wethouder"), "proef.yaml"));

        Assert.Equal(
            "Deck 'proef.yaml' is not valid (2 problems):\n"
            + "  line 2, column 1: Unknown field `titel` in deck `proef`. Did you mean `title`?\n"
            + "  line 8, column 5: Unknown field `naam` in role `wethouder`. Did you mean `name`?",
            error.Message.ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Read_file_names_problems_after_the_file()
    {
        var path = Path.Combine(Path.GetTempPath(), $"kapot-{Guid.NewGuid():N}.yaml");
        File.WriteAllText(path, TestDecks.Replace("title: Proefdeck", "titel: Proefdeck"));
        try
        {
            var error = Assert.Throws<DeckFormatException>(() => DeckReader.ReadFile(path));

            Assert.All(error.Problems, p => Assert.Equal(Path.GetFileName(path), p.Source));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
