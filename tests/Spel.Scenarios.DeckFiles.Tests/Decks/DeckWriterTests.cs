using System.Text;
using Spel.Scenarios.Decks;

namespace Spel.Scenarios.Tests.Decks;

public class DeckWriterTests
{
    private static readonly Deck Small = DeckReader.Parse(TestDecks.Valid, "proef.yaml");

    public static TheoryData<string> ShippedDecks => new(
        Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "decks")).Select(Path.GetFileName).Order()!);

    // Texts a trainer may well write that YAML reads as something else unless they are written with care.
    public static TheoryData<string> TextsThatNeedCare => new()
    {
        "Dorpsbelangen zegt nee: dit is niet meer ons plan.",
        "Eindigt met een dubbele punt:",
        "Kosten #1 en #2",
        "#dorpshuis",
        "- begint met een streepje",
        "\"Dit is van ons\", zei de voorzitter.",
        "'t Dorpshuis",
        "[Niet] een {lijst}, toch?",
        "null",
        "NULL",
        "~",
        "yes",
        "2025",
        "---",
        "...",
        "% van het budget",
        "@dorpsbelangen",
        "`code`",
        "& meer",
        "* ster",
        "! uitroep",
        "| pijp",
        "> groter",
        "? vraag",
        ", komma",
        "Café, één, ijs — en “slimme” aanhalingstekens…",
        "Een backslash \\ en een letterlijke \\n",
        "Met een tab\tertussen",
        "Twee  spaties  ertussen",
        "Regel een\nRegel twee",
        "Alinea een.\n\nAlinea twee.",
        "Eerst:\n  - een ingesprongen punt\n  - nog een\nen weer verder",
        "Spaties aan het eind van een regel   \nen dan verder",
        "Een regel\n   \nmet alleen spaties ertussen",
        "Windows\r\nregeleinde",
        "Scheiding\u2028van regels",
        "Volgende\u0085regel",
        "Onzichtbaar\uFEFFteken",
        "Bel\u0007letje",
        "Een lachje 🙂 erbij",
        "Een heel lang woord zonder spaties: " + new string('x', 150),
        string.Join(" ", Enumerable.Repeat("Wie: #heeft  de regie?", 20)),
        string.Join(" ", Enumerable.Repeat("woord", 100)),
    };

    [Theory]
    [MemberData(nameof(ShippedDecks))]
    public void A_shipped_deck_written_and_read_again_is_equal_and_writes_the_same_text_again(string file)
    {
        var deck = DeckReader.ReadFile(Path.Combine(AppContext.BaseDirectory, "decks", file));

        var written = DeckWriter.Write(deck);
        var again = DeckReader.Parse(written, file);

        Assert.Equal(deck, again);
        Assert.Equal(written, DeckWriter.Write(again));
    }

    [Theory]
    [MemberData(nameof(TextsThatNeedCare))]
    public void A_text_comes_back_exactly_in_every_kind_of_field(string text)
    {
        var card = Small.Cards[0];
        var deck = Small with
        {
            Description = text,
            Roles = [Small.Roles[0] with { Name = Fit(text, DeckLimits.RoleName) }, Small.Roles[1]],
            Cards =
            [
                card with
                {
                    Situation = text,
                    Source = Fit(text, DeckLimits.Source),
                    Options = [card.Options[0] with { Text = Fit(text, DeckLimits.OptionText) }, card.Options[1]],
                    Prompts = [Fit(text, DeckLimits.Prompt), "Wie heeft de regie?"],
                    WhatHappened = text,
                },
            ],
        };

        Assert.Equal(deck, RoundTrip(deck));
    }

    [Theory]
    [InlineData(null, null, CardQuestions.Standard)]
    [InlineData("Een brochure", null, CardQuestions.Standard)]
    [InlineData(null, "Het terras kwam er.", CardQuestions.Standard)]
    [InlineData("Een brochure", "Het terras kwam er.", CardQuestions.Standard | CardQuestions.Prediction)]
    public void Optional_fields_come_back_whether_left_out_or_given(string? source, string? whatHappened, CardQuestions questions)
    {
        var deck = Small with { Cards = [Small.Cards[0] with { Source = source, WhatHappened = whatHappened, Questions = questions }] };

        Assert.Equal(deck, RoundTrip(deck));
    }

    [Fact]
    public void The_example_in_the_guide_comes_back_equal()
    {
        var deck = DeckReader.Parse(DeckFormatDocTests.Example(), "deck-format.md");

        Assert.Equal(deck, RoundTrip(deck));
    }

    [Fact]
    public void Writes_the_layout_of_the_guide_with_fields_in_its_order()
    {
        var card = Small.Cards[0];
        var deck = Small with
        {
            Cards =
            [
                card with
                {
                    Situation = string.Join(" ", Enumerable.Repeat("Het dorpshuis wil een nieuw terras.", 4)),
                    Source = "Een brochure (2020)",
                    Questions = CardQuestions.Standard | CardQuestions.Prediction,
                    Options = [card.Options[0] with { Text = "Samen: gemeente en dorp." }, card.Options[1]],
                    WhatHappened = "Het kwam er.",
                },
                card with { Id = "tweede" },
            ],
        };

        Assert.Equal(
            """
            id: proef
            title: Proefdeck
            language: nl
            description: Een klein deck voor de tests.
            audience: Iedereen

            roles:
              - id: wethouder
                name: Wethouder
                side: gemeente
              - id: bewoner
                name: Bewoner
                side: dorpsbelangen

            cards:
              - id: terras
                title: Het terras
                situation: >
                  Het dorpshuis wil een nieuw terras. Het dorpshuis wil een nieuw terras. Het dorpshuis wil een
                  nieuw terras. Het dorpshuis wil een nieuw terras.
                source: Een brochure (2020)
                questions: [eigenaarschap, regie, action, prediction]
                action_question: Wat doe jij?
                options:
                  - id: samen
                    text: "Samen: gemeente en dorp."
                    function: verbinder
                    gemeente_stance: faciliteren
                  - id: zelf
                    text: Het dorp doet het zelf.
                    function: aanjager
                    gemeente_stance: loslaten
                prompts:
                  - Van wie is het terras?
                  - Wie heeft de regie?
                what_happened: Het kwam er.
                themes:
                  - dorpshuis

              - id: tweede
                title: Het terras
                situation: Het dorpshuis wil een nieuw terras.
                action_question: Wat doe jij?
                options:
                  - id: samen
                    text: Samen oppakken.
                    function: verbinder
                    gemeente_stance: faciliteren
                  - id: zelf
                    text: Het dorp doet het zelf.
                    function: aanjager
                    gemeente_stance: loslaten
                prompts:
                  - Van wie is het terras?
                  - Wie heeft de regie?
                themes:
                  - dorpshuis

            """,
            DeckWriter.Write(deck));
    }

    [Fact]
    public void Empty_lists_are_written_so_that_they_read_back_empty()
    {
        var written = DeckWriter.Write(Small with { Cards = [] });

        Assert.EndsWith("\ncards: []\n", written);
        Assert.Contains("geen kaarten", Assert.Single(TestDecks.ProblemsOf(written)).MessageNl);
    }

    [Fact]
    public void Write_file_writes_utf8_without_a_byte_order_mark_and_reads_back_equal()
    {
        var path = Path.Combine(Path.GetTempPath(), $"geschreven-{Guid.NewGuid():N}.yaml");
        var deck = Small with { Title = "Één terras" };
        try
        {
            DeckWriter.WriteFile(deck, path);

            Assert.Equal((byte)'i', File.ReadAllBytes(path)[0]);
            Assert.Contains("title: Één terras\n", File.ReadAllText(path, Encoding.UTF8));
            Assert.Equal(deck, DeckReader.ReadFile(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    // Cut the way the reader trims, so a cut text is one the reader could have produced.
    private static string Fit(string text, int limit) => text[..Math.Min(text.Length, limit)].Trim();

    private static Deck RoundTrip(Deck deck) => DeckReader.Parse(DeckWriter.Write(deck), "geschreven.yaml");
}
