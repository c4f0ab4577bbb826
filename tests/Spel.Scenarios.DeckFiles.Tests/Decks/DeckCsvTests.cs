using System.Text;
using Spel.Scenarios.Decks;

namespace Spel.Scenarios.Tests.Decks;

/// <summary>Cards from a spreadsheet, as a trainer saves it from Excel: the committed sample and the ways it can go wrong.</summary>
public class DeckCsvTests
{
    private const string Header = "kaart-id;kaarttitel;situatie;actievraag;optie;functie;houding gemeente;gespreksvragen;thema's";

    private static readonly string Sample = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "docs", "samples", "kaarten.csv"));

    private static readonly Card[] SampleCards =
    [
        new Card(
            "wensbus",
            "De wensbus",
            "Een paar inwoners willen een wensbus beginnen: vrijwilligers rijden ouderen naar de huisarts en de supermarkt in het volgende dorp. Er zijn chauffeurs en een plan, maar geen bus. Ze vragen de gemeente om een startsubsidie en om hulp bij de verzekering.",
            "Dorps- en zorgcoöperaties in een presentatie over eigenaarschap in dorpen (P10)",
            "Wat doe jij als eerste?",
            [
                new ActionOption("voorbeeld", "Ze in contact brengen met een dorp dat al een wensbus heeft.", VillageFunction.Kennisdeler, Stance.Stimuleren),
                new ActionOption("zelf", "De subsidie geven en verder loslaten: het is hun bus.", VillageFunction.Aanjager, Stance.Loslaten),
                new ActionOption("regels", "Eerst laten uitzoeken of de bus binnen de regels voor vervoer past.", VillageFunction.Vertegenwoordiger, Stance.Reguleren),
            ],
            ["Van wie is de wensbus?", "Wat gebeurt er als de chauffeurs stoppen?"],
            "In veel dorpen rijdt een wensbus met vrijwilligers; de gemeente betaalt een deel van de bus en de verzekering.",
            ["vervoer", "zorg", "vrijwilligers"])
        {
            Suggested = true,
        },
        new Card(
            "eerst-eten-dan-praten",
            "Eerst eten, dan praten",
            "Het dorpenoverleg nodigt het college, de raad en de besturen van alle dorpen uit voor een werkconferentie. Eerst eten ze samen, daarna praten ze in workshops over wat de dorpen zelf willen oppakken.\nDe gemeente wil de agenda zelf vaststellen, \"zodat het over het beleid gaat\".",
            "Werkconferentie van een dorpenoverleg in Drenthe (2018)",
            "Hoe reageer jij op de wens van de gemeente?",
            [
                new ActionOption("de-agenda-samen-met-de-gemeente", "De agenda samen met de gemeente opstellen.", VillageFunction.Verbinder, Stance.Regisseren),
                new ActionOption("de-dorpen-de-agenda-laten-bepalen-de", "De dorpen de agenda laten bepalen; de gemeente is te gast.", VillageFunction.Vertegenwoordiger, Stance.Loslaten),
                new ActionOption("de-gemeente-een-workshop-over-haar", "De gemeente één workshop over haar beleid aanbieden.", VillageFunction.Kennisdeler, Stance.Faciliteren),
                new ActionOption("nee-zeggen-het-is-de-avond-van-de-dorpen", "Nee zeggen: het is de avond van de dorpen.", VillageFunction.Aanjager, Stance.Loslaten),
            ],
            ["Wie heeft hier de regie?", "Wat levert de avond de gemeente op?"],
            null,
            ["samenwerking", "dorpenoverleg"]),
    ];

    [Fact]
    public void The_sample_spreadsheet_reads_to_its_two_cards_without_problems()
    {
        var import = DeckCsv.Read(Sample);

        Assert.Empty(import.Problems);
        Assert.Equal(SampleCards, import.Cards);
    }

    [Fact]
    public void The_cards_of_the_sample_are_playable_in_a_deck()
    {
        var deck = DeckReader.Parse(TestDecks.Valid, "proef.yaml");

        Assert.Empty(DeckCheck.Of(deck with { Cards = [.. deck.Cards, .. DeckCsv.Read(Sample).Cards] }, "studio"));
    }

    [Fact]
    public void A_byte_order_mark_and_windows_line_ends_change_nothing()
    {
        Assert.Equal(SampleCards, DeckCsv.Read("\uFEFF" + Sample).Cards);
        Assert.Equal(SampleCards, DeckCsv.Read([.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(Sample)]).Cards);
        Assert.Equal(SampleCards, DeckCsv.Read(Sample.ReplaceLineEndings("\n")).Cards);
    }

    [Fact]
    public void Excels_plain_csv_in_windows_1252_is_read_with_its_accents()
    {
        var windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes(Sample);

        Assert.Equal(SampleCards, DeckCsv.Read(windows1252).Cards);
    }

    [Fact]
    public void Text_that_was_decoded_with_replacement_characters_asks_to_save_as_csv_utf8()
    {
        var problem = Assert.Single(DeckCsv.Read(Sample.Replace("coöperaties", "co\uFFFDperaties", StringComparison.Ordinal)).Problems);

        Assert.Equal((2, 4), (problem.Line, problem.Column));
        Assert.Contains("\"CSV UTF-8", problem.MessageNl);
    }

    [Fact]
    public void Commas_separate_the_cells_when_the_header_uses_them_and_english_headers_and_words_are_read()
    {
        var csv = """
            Option,Function,Stance,Card title,Situation,Action question,Prompts,Themes
            "Samen oppakken, met de gemeente.",verbinder,Direct,Het terras,"Het dorpshuis wil een terras; wie betaalt?",Wat doe jij?,Van wie is het? | Wie heeft de regie?,dorpshuis
            Het dorp doet het zelf.,AANJAGER,Loslaten,,,,,
            Nee.,Connector,let go,,,,,
            """;

        var import = DeckCsv.Read(csv);

        Assert.Empty(import.Problems);
        var card = Assert.Single(import.Cards);
        Assert.Equal(("het-terras", "Het dorpshuis wil een terras; wie betaalt?"), (card.Id, card.Situation));
        Assert.Equal(
            [new ActionOption("samen-oppakken-met-de-gemeente", "Samen oppakken, met de gemeente.", VillageFunction.Verbinder, Stance.Regisseren),
             new ActionOption("het-dorp-doet-het-zelf", "Het dorp doet het zelf.", VillageFunction.Aanjager, Stance.Loslaten),
             new ActionOption("nee", "Nee.", VillageFunction.Verbinder, Stance.Loslaten)],
            card.Options);
    }

    [Fact]
    public void Excels_unicode_text_in_utf16_with_tabs_is_read()
    {
        var text = $"{Header.Replace(';', '\t')}\r\nterras\tHet café\tHet dorpshuis wil een terras.\tWat doe jij?\tSamen.\tverbinder\tfaciliteren\tA? | B?\tdorpshuis\r\n";

        var card = Assert.Single(DeckCsv.Read([.. Encoding.Unicode.Preamble, .. Encoding.Unicode.GetBytes(text)]).Cards);

        Assert.Equal(("terras", "Het café", "samen"), (card.Id, card.Title, card.Options[0].Id));
    }

    [Fact]
    public void A_quoted_cell_keeps_its_separators_doubled_quotes_and_line_breaks()
    {
        var csv = $"{Header}\r\nterras;Het terras;\"Regel een; met \"\"citaat\"\".\r\nRegel twee.\";Wat doe jij?;Samen.;verbinder;faciliteren;A? | B?;dorpshuis\r\n";

        var card = Assert.Single(DeckCsv.Read(csv).Cards);

        Assert.Equal("Regel een; met \"citaat\".\nRegel twee.", card.Situation);
    }

    [Fact]
    public void A_quote_that_is_never_closed_is_reported_at_its_cell()
    {
        var import = DeckCsv.Read($"{Header}\nterras;Het terras;\"Het dorpshuis wil;Wat doe jij?;Samen.;verbinder;faciliteren;A? | B?;dorpshuis\n");

        var problem = Assert.Single(import.Problems);
        Assert.Equal((2, 3), (problem.Line, problem.Column));
        Assert.StartsWith("In deze cel opent een aanhalingsteken", problem.MessageNl);
        Assert.Empty(import.Cards);
    }

    [Fact]
    public void Each_missing_required_column_is_reported_and_no_card_is_read()
    {
        var import = DeckCsv.Read("kaarttitel;situatie;actievraag;optie\nHet terras;Het dorpshuis wil een terras.;Wat doe jij?;Samen.\n");

        Assert.Empty(import.Cards);
        Assert.Equal(
            [(1, 0, "De kolom `functie` ontbreekt in de kopregel (de eerste rij); zonder die kolom kan geen kaart gelezen worden. Zet `functie` boven de kolom waar die tekst staat."),
             (1, 0, "De kolom `houding gemeente` ontbreekt in de kopregel (de eerste rij); zonder die kolom kan geen kaart gelezen worden. Zet `houding gemeente` boven de kolom waar die tekst staat.")],
            import.Problems.Select(p => (p.Line, p.Column, p.MessageNl)));
        Assert.All(import.Problems, p => Assert.Null(p.Path));
    }

    [Fact]
    public void An_unknown_function_is_reported_at_its_row_and_column_and_the_other_options_are_kept()
    {
        var csv = $"{Header}\nterras;Het terras;Het dorpshuis wil een terras.;Wat doe jij?;Samen.;verbinder;faciliteren;A? | B?;dorpshuis\n;;;;Zelf.;aanjagen;loslaten;;\n;;;;Niets.;aanjager;Stimuleren;;\n";

        var import = DeckCsv.Read(csv);

        var problem = Assert.Single(import.Problems);
        Assert.Equal((3, 6), (problem.Line, problem.Column));
        Assert.Equal("Onbekende functie `aanjagen`. Bedoel je `aanjager`? Kies uit: vertegenwoordiger, kennisdeler, verbinder, aanjager.", problem.MessageNl);
        Assert.Equal(["samen", "niets"], Assert.Single(import.Cards).Options.Select(o => o.Id));
    }

    [Fact]
    public void A_later_row_of_a_card_with_another_situation_is_reported_at_that_cell()
    {
        var csv = $"{Header}\nterras;Het terras;Het dorpshuis wil een terras.;Wat doe jij?;Samen.;verbinder;faciliteren;A? | B?;dorpshuis\nterras;;Het dorpshuis wil een plein.;;Zelf.;aanjager;loslaten;;\n";

        var import = DeckCsv.Read(csv);

        var problem = Assert.Single(import.Problems);
        Assert.Equal((3, 3), (problem.Line, problem.Column));
        Assert.StartsWith("Deze rij hoort bij de kaart die in rij 2 begint, maar bij `situatie` staat iets anders dan in rij 2.", problem.MessageNl);
        Assert.Equal("Het dorpshuis wil een terras.", Assert.Single(import.Cards).Situation);
    }

    [Fact]
    public void Cards_without_ids_get_distinct_ids_from_their_titles()
    {
        var csv = $"{Header}\n;Het café!;A.;Wat doe jij?;Ja.;verbinder;faciliteren;A? | B?;dorpshuis\n;Het Café;B.;Wat doe jij?;Ja.;verbinder;faciliteren;A? | B?;dorpshuis\n";

        Assert.Equal(["het-cafe", "het-cafe-2"], DeckCsv.Read(csv).Cards.Select(c => c.Id));
    }

    [Fact]
    public void A_misspelled_column_is_reported_with_a_suggestion_and_an_extra_column_is_left_out()
    {
        var header = Sample[..Sample.IndexOf('\r')];
        var misspelled = DeckCsv.Read(Sample.Replace("kaarttitel;situatie;", "kaarttitel;situtie;", StringComparison.Ordinal));
        var extra = DeckCsv.Read(Sample.Replace(header, header + ";opmerkingen", StringComparison.Ordinal));

        Assert.Equal(
            [(1, 0, "De kolom `situatie` ontbreekt in de kopregel (de eerste rij); zonder die kolom kan geen kaart gelezen worden. Zet `situatie` boven de kolom waar die tekst staat."),
             (1, 3, "Onbekende kolom `situtie`; deze kolom wordt niet gelezen. Bedoel je `situatie`? De kolommen heten: kaart-id, kaarttitel, situatie, bron, actievraag, optie-id, optie, functie, houding gemeente, gespreksvragen, wat er echt gebeurde, thema's, voorgesteld.")],
            misspelled.Problems.Select(p => (p.Line, p.Column, p.MessageNl)));
        Assert.Equal((1, 14), (Assert.Single(extra.Problems).Line, extra.Problems[0].Column));
        Assert.Equal(SampleCards, extra.Cards);
    }

    [Theory]
    [InlineData("houding gemeente")]
    [InlineData("Gemeente_stance")]
    [InlineData("houding")]
    [InlineData("stance")]
    public void The_stance_column_is_the_gemeentes_under_its_new_name_or_its_old_one(string header)
    {
        var csv = $"{Header.Replace("houding gemeente", header, StringComparison.Ordinal)}\nterras;Het terras;Het dorpshuis wil een terras.;Wat doe jij?;Samen.;verbinder;reguleren;A? | B?;dorpshuis\n";

        var import = DeckCsv.Read(csv);

        Assert.Empty(import.Problems);
        Assert.Equal(Stance.Reguleren, Assert.Single(Assert.Single(import.Cards).Options).Stance);
    }

    [Theory]
    [InlineData("samenwerken")]
    [InlineData("Nee zeggen")]
    [InlineData("Say no")]
    [InlineData("work together")]
    public void A_stance_of_the_old_vocabulary_is_refused_at_its_cell_with_the_five_steps(string written)
    {
        var csv = $"{Header.Replace("houding gemeente", "houding", StringComparison.Ordinal)}\nterras;Het terras;Het dorpshuis wil een terras.;Wat doe jij?;Samen.;verbinder;{written};A? | B?;dorpshuis\n;;;;Zelf.;aanjager;loslaten;;\n";

        var import = DeckCsv.Read(csv);

        var problem = Assert.Single(import.Problems);
        Assert.Equal((2, 7), (problem.Line, problem.Column));
        Assert.Equal(
            $"`{written}` bij `houding` is geen houding meer. De houding is nu die van de gemeente in deze optie: een trede op de participatieladder. Kies uit: reguleren, regisseren, stimuleren, faciliteren, loslaten. Wat dorpsbelangen in de optie doet, zegt de functie.",
            problem.MessageNl);
        Assert.Equal(["zelf"], Assert.Single(import.Cards).Options.Select(o => o.Id));
    }
}
