using Spel.Scenarios.Decks;

namespace Spel.Scenarios.Tests.Decks;

/// <summary>
/// An option's `gemeente_stance` (issue 13): the stance the gemeente takes, a step on the participation ladder; the old
/// single `stance` read as it, and the old words that are no step of the ladder refused with what to write instead.
/// </summary>
public class GemeenteStanceTests
{
    private const string Ladder = "reguleren, regisseren, stimuleren, faciliteren, loslaten";

    [Fact]
    public void The_old_stance_field_with_a_step_of_the_ladder_is_read_as_the_gemeentes_stance_and_written_back_as_gemeente_stance()
    {
        var yaml = TestDecks.Replace("gemeente_stance: faciliteren", "stance: Regisseren").Replace("gemeente_stance: loslaten", "stance: loslaten");

        var deck = DeckReader.Parse(yaml, "oud.yaml");
        var written = DeckWriter.Write(deck);

        Assert.Equal([Stance.Regisseren, Stance.Loslaten], deck.Cards[0].Options.Select(o => o.Stance));
        Assert.Contains("        gemeente_stance: regisseren\n", written);
        Assert.Contains("        gemeente_stance: loslaten\n", written);
        Assert.DoesNotContain("\n        stance:", written);
        Assert.Equal(deck, DeckReader.Parse(written, "oud.yaml"));
    }

    [Theory]
    [InlineData("samenwerken")]
    [InlineData("Samenwerken")]
    [InlineData("nee-zeggen")]
    [InlineData("Nee zeggen")]
    [InlineData("nee_zeggen")]
    public void A_stance_of_the_old_vocabulary_is_refused_at_its_value_with_the_five_steps(string written)
    {
        var problem = Assert.Single(TestDecks.ProblemsOf(TestDecks.Replace("gemeente_stance: loslaten", $"gemeente_stance: {written}")));

        Assert.Equal((26, 26, "cards[0].options[1].gemeente_stance"), (problem.Line, problem.Column, problem.Path));
        Assert.Equal(
            $"`{written}` bij `gemeente_stance` is geen houding meer. De houding is nu die van de gemeente in deze optie: een trede op de participatieladder. Kies uit: {Ladder}. Wat dorpsbelangen in de optie doet, zegt de functie.",
            problem.MessageNl);
        Assert.Equal(
            $"`{written}` in `gemeente_stance` is no longer a stance. The stance is now the municipality's in this option: a step on the participation ladder. Allowed: {Ladder}. What the village association does in it is its function.",
            problem.MessageEn);
    }

    [Fact]
    public void The_old_stance_field_with_an_old_word_is_refused_where_it_is_written_and_the_message_names_that_field()
    {
        var problem = Assert.Single(TestDecks.ProblemsOf(TestDecks.Replace("gemeente_stance: faciliteren", "stance: samenwerken")));

        Assert.Equal((22, 17, "cards[0].options[0].gemeente_stance"), (problem.Line, problem.Column, problem.Path));
        Assert.StartsWith("`samenwerken` bij `stance` is geen houding meer. De houding is nu die van de gemeente", problem.MessageNl);
    }

    /// <summary>An own deck saved before issue 13 opens in the studio still saying what it said, with the problem beside it.</summary>
    [Fact]
    public void A_draft_with_an_old_word_keeps_it_so_the_studio_asks_for_a_step_instead_of_choosing_one()
    {
        var (deck, problems) = DeckReader.ReadDraft(TestDecks.Replace("gemeente_stance: faciliteren", "stance: samenwerken"), "eigen.yaml");

        Assert.Equal(Stance.Samenwerken, deck!.Cards[0].Options[0].Stance);
        Assert.Equal("cards[0].options[0].gemeente_stance", Assert.Single(problems).Path);
        var check = Assert.Single(DeckCheck.Of(deck, "eigen.yaml"));
        Assert.Equal("cards[0].options[0].gemeente_stance", check.Path);
        Assert.StartsWith("`samenwerken` bij `gemeente_stance` is geen houding meer.", check.MessageNl);
    }

    [Fact]
    public void Both_the_old_and_the_new_field_in_one_option_is_a_problem_at_the_old_one()
    {
        var problem = Assert.Single(TestDecks.ProblemsOf(TestDecks.Replace(
            "        gemeente_stance: loslaten\n", "        gemeente_stance: loslaten\n        stance: samenwerken\n")));

        Assert.Equal((27, 9, "cards[0].options[1].gemeente_stance"), (problem.Line, problem.Column, problem.Path));
        Assert.Equal(
            "Antwoordoptie `zelf` heeft zowel `stance` als `gemeente_stance`. `stance` is de oude naam van `gemeente_stance`; houd alleen `gemeente_stance` en haal `stance` weg.",
            problem.MessageNl);
        Assert.Equal("Option `zelf` has both `stance` and `gemeente_stance`; `stance` is the old name of `gemeente_stance`, keep only `gemeente_stance`.", problem.MessageEn);
    }

    [Fact]
    public void An_option_without_a_stance_misses_gemeente_stance()
    {
        var problem = Assert.Single(TestDecks.ProblemsOf(TestDecks.Replace("        gemeente_stance: loslaten\n", "")));

        Assert.Equal("Het veld `gemeente_stance` ontbreekt in antwoordoptie `zelf`.", problem.MessageNl);
        Assert.Equal("cards[0].options[1].gemeente_stance", problem.Path);
    }

    [Theory]
    [InlineData("houding")]
    [InlineData("gemeente-houding")]
    [InlineData("Houding gemeente")]
    [InlineData("stance_gemeente")]
    [InlineData("gemeenteStance")]
    [InlineData("gemeente_stanse")]
    public void A_misspelled_stance_field_suggests_gemeente_stance(string written)
    {
        var problem = Assert.Single(TestDecks.ProblemsOf(TestDecks.Replace("gemeente_stance: loslaten", $"\"{written}\": loslaten")));

        Assert.Equal((26, 9, "cards[0].options[1].gemeente_stance"), (problem.Line, problem.Column, problem.Path));
        Assert.EndsWith("Bedoel je `gemeente_stance`?", problem.MessageNl);
    }

    [Fact]
    public void An_unknown_stance_lists_the_five_steps_of_the_ladder_in_order()
    {
        var problem = Assert.Single(TestDecks.ProblemsOf(TestDecks.Replace("gemeente_stance: loslaten", "gemeente_stance: sturen")));

        Assert.Equal($"Onbekende houding `sturen`. Bedoel je `regisseren`? Kies uit: {Ladder}.", problem.MessageNl);
        Assert.Equal(Ladder, string.Join(", ", Stances.Ladder).ToLowerInvariant());
    }

    /// <summary>A studio draft or an old saved deck may still hold a legacy stance: the check says what to change at its picker.</summary>
    [Fact]
    public void A_deck_from_the_editor_with_a_legacy_stance_is_checked_with_the_explanation_at_that_option()
    {
        var deck = DeckReader.Parse(TestDecks.Valid, "proef.yaml");
        var card = deck.Cards[0];
        var old = deck with { Cards = [card with { Options = [card.Options[0] with { Stance = Stance.NeeZeggen }, card.Options[1]] }] };

        var problem = Assert.Single(DeckCheck.Of(old, "studio"));

        Assert.Equal("cards[0].options[0].gemeente_stance", problem.Path);
        Assert.StartsWith("`nee-zeggen` bij `gemeente_stance` is geen houding meer.", problem.MessageNl);
    }
}
