using Spel.Scenarios.Decks;

namespace Spel.Scenarios.Tests.Decks;

public class TextLimitTests
{
    // Each text field of the test deck: the text to replace, where its value starts, and what the messages call its owner.
    public static TheoryData<string, string, int, int, string, int> Fields => new()
    {
        { "title: Proefdeck", "title", 2, 8, "deck `proef`", DeckLimits.DeckTitle },
        { "description: Een klein deck voor de tests.", "description", 4, 14, "deck `proef`", DeckLimits.Description },
        { "audience: Iedereen", "audience", 5, 11, "deck `proef`", DeckLimits.Audience },
        { "    name: Wethouder", "name", 8, 11, "rol `wethouder`", DeckLimits.RoleName },
        { "    title: Het terras", "title", 15, 12, "kaart `terras`", DeckLimits.CardTitle },
        { "    situation: Het dorpshuis wil een nieuw terras.", "situation", 16, 16, "kaart `terras`", DeckLimits.Situation },
        { "    action_question: Wat doe jij?", "action_question", 17, 22, "kaart `terras`", DeckLimits.ActionQuestion },
        { "        text: Samen oppakken.", "text", 20, 15, "antwoordoptie `samen`", DeckLimits.OptionText },
        { "      - Van wie is het terras?", "prompts", 28, 9, "kaart `terras`", DeckLimits.Prompt },
        { "      - dorpshuis", "themes", 31, 9, "kaart `terras`", DeckLimits.Theme },
    };

    [Theory]
    [MemberData(nameof(Fields))]
    public void A_text_may_be_as_long_as_its_limit_and_one_character_more_is_reported_at_its_value(
        string original, string field, int line, int column, string owner, int limit)
    {
        var atLimit = DeckReader.Parse(TestDecks.Replace(original, WithText(original, field, Text(limit))), "proef.yaml");
        var problem = Assert.Single(TestDecks.ProblemsOf(TestDecks.Replace(original, WithText(original, field, Text(limit + 1)))));

        Assert.Equal("proef", atLimit.Id);
        Assert.Equal((line, column), (problem.Line, problem.Column));
        Assert.Equal(
            $"De tekst bij `{field}` in {owner} is {limit + 1} tekens lang; op een tablet past hoogstens {limit}. Maak de tekst 1 teken korter.",
            problem.MessageNl);
    }

    [Theory]
    [InlineData("    source: ", 17, 13, DeckLimits.Source)]
    [InlineData("    what_happened: ", 17, 20, DeckLimits.WhatHappened)]
    public void Optional_texts_have_limits_too(string field, int line, int column, int limit)
    {
        var yaml = TestDecks.Replace("    action_question:", $"{field}{Text(limit + 20)}\n    action_question:");

        var problem = Assert.Single(TestDecks.ProblemsOf(yaml));

        Assert.Equal((line, column), (problem.Line, problem.Column));
        Assert.Equal($"`{field.Trim().TrimEnd(':')}` in card `terras` is {limit + 20} characters long; at most {limit} fit a tablet.", problem.MessageEn);
    }

    [Fact]
    public void A_long_folded_text_is_counted_as_one_paragraph_and_reported_at_its_block()
    {
        var lines = string.Concat(Enumerable.Repeat("      " + Text(99) + "\n", 8));
        var yaml = TestDecks.Replace("    situation: Het dorpshuis wil een nieuw terras.\n", $"    situation: >\n{lines}");

        var problem = Assert.Single(TestDecks.ProblemsOf(yaml));

        Assert.Equal((16, 16), (problem.Line, problem.Column));
        Assert.Contains("is 799 tekens lang; op een tablet past hoogstens 700. Maak de tekst 99 tekens korter.", problem.MessageNl);
    }

    [Theory]
    [InlineData("Bel 06-12345678 voor meer informatie.", "06-12345678")]
    [InlineData("Bel 0612345678.", "0612345678")]
    [InlineData("Telefoon (0493) 123456.", "(0493) 123456")]
    [InlineData("Bereikbaar op +31 6 1234 5678.", "+31 6 1234 5678")]
    [InlineData("Of 0031 20 123 4567.", "0031 20 123 4567")]
    [InlineData("Mail naar j.jansen@dorpsbelangen-ons-dorp.nl.", "j.jansen@dorpsbelangen-ons-dorp.nl")]
    public void Contact_details_in_a_text_are_reported_at_its_value(string text, string found)
    {
        var problem = Assert.Single(TestDecks.ProblemsOf(TestDecks.Replace("Wat doe jij?", text)));

        Assert.Equal((17, 22), (problem.Line, problem.Column));
        Assert.Equal(
            $"Bij `action_question` in kaart `terras` lijkt een telefoonnummer of e-mailadres te staan (`{found}`). "
            + "Een deck gaat van hand tot hand: zet er geen contactgegevens en geen namen van echte personen in.",
            problem.MessageNl);
    }

    [Theory]
    [InlineData("In 2020 kostte het 1.250.000 euro; wat doe jij?")]
    [InlineData("Van 01-02-2020 tot 31-12-2021, wat doe jij?")]
    [InlineData("Postcode 5981 AB, kavel 0012345: wat doe jij?")]
    [InlineData("Zo'n 100000000 liter water per jaar. Wat doe jij?")]
    [InlineData("Dorpsbelangen @ Ons Dorp vraagt: wat doe jij?")]
    public void Years_amounts_dates_and_postcodes_are_not_taken_for_contact_details(string text)
    {
        var deck = DeckReader.Parse(TestDecks.Replace("Wat doe jij?", $"\"{text}\""), "proef.yaml");

        Assert.Equal(text, deck.Cards[0].ActionQuestion);
    }

    [Fact]
    public void Contact_details_in_a_prompt_are_reported_at_the_prompt()
    {
        var problem = Assert.Single(TestDecks.ProblemsOf(TestDecks.Replace("Wie heeft de regie?", "Vraag het aan info@voorbeeld.nl")));

        Assert.Equal((29, 9), (problem.Line, problem.Column));
        Assert.Contains("`info@voorbeeld.nl`", problem.MessageNl);
    }

    private static string WithText(string original, string field, string text) =>
        field is "prompts" or "themes"
            ? original[..(original.IndexOf('-') + 2)] + text
            : original[..(original.IndexOf(':') + 2)] + text;

    /// <summary>Words of nine letters and a space, cut to exactly <paramref name="length"/> characters.</summary>
    private static string Text(int length)
    {
        var text = string.Concat(Enumerable.Repeat("abcdefghi ", (length / 10) + 1))[..length];
        return text.EndsWith(' ') ? text[..^1] + "x" : text;
    }
}
