using System.Text;

namespace Spel.Scenarios.Tests.Decks;

/// <summary>
/// The broken decks of the corpus that cannot live in Decks/Broken as readable files: empty, huge, binary or in
/// another encoding. Each is made from <see cref="TestDecks.Valid"/> (its line numbers apply) and lists exactly the
/// problems it must produce, as the files in Decks/Broken do at their end.
/// </summary>
internal static class GeneratedBrokenDecks
{
    private const string StartsWithFields = "Een deck begint met velden zoals `id:` en `title:`.";
    private const string StartsWithFieldsEn = "A deck starts with fields such as `id:` and `title:`.";
    private const string NotUtf8 = "Het bestand is niet in UTF-8 opgeslagen; sla het op als UTF-8. Hier staat het eerste teken dat UTF-8 niet kent";
    private const string NotUtf8En = "The file is not saved as UTF-8; save it as UTF-8. Here is the first byte that is not UTF-8";
    private const string TooLarge = "een deck mag hoogstens 512 KB zijn. Een deck met twintig kaarten is ongeveer 35 KB: staat er iets anders in dan het deck?";
    private const string ContactDetails = "Een deck gaat van hand tot hand: zet er geen contactgegevens en geen namen van echte personen in.";

    public static readonly IReadOnlyList<BrokenDeck> All =
    [
        new("leeg.yaml", [],
            new Expected(0, 0, $"Het bestand is leeg: er staat geen deck in. {StartsWithFields}", $"The file is empty: it holds no deck. {StartsWithFieldsEn}")),
        new("alleen-spaties.yaml", Utf8("  \n\n \t \n"),
            new Expected(0, 0, $"In het bestand staan alleen spaties en lege regels: er staat geen deck in. {StartsWithFields}", $"The file holds only spaces and blank lines, no deck. {StartsWithFieldsEn}")),
        new("alleen-yaml-tekens.yaml", Utf8("...\n"),
            new Expected(0, 0, $"In het bestand staat geen deck, alleen YAML-tekens zonder inhoud. {StartsWithFields}", $"The file holds no deck, only YAML markers without content. {StartsWithFieldsEn}")),
        new("te-groot.yaml", Utf8(TestDecks.Valid + "# " + new string('x', 600_000) + "\n"),
            new Expected(0, 0, $"Het bestand is te groot (587 KB); {TooLarge}", "The file is too large (587 KB); a deck may be at most 512 KB.")),
        new("een-byte-te-groot.yaml", Utf8(TestDecks.Valid + "#" + new string('x', (512 * 1024) - TestDecks.Valid.Length - 1) + "\n"),
            new Expected(0, 0, $"Het bestand is te groot (513 KB); {TooLarge}", "The file is too large (513 KB); a deck may be at most 512 KB.")),
        new("titel-van-200000-tekens.yaml", Utf8(WithTitle(new string('a', 200_000))),
            TitleTooLong(200_000)),
        new("titel-van-235-kb.yaml", Utf8(WithTitle(new string('a', 165_000) + new string('é', 35_000))),
            TitleTooLong(200_000)),
        new("titel-van-200000-tekens-met-spaties.yaml", Utf8(WithTitle(string.Concat(Enumerable.Repeat("woord ", 33_333)) + "woord")),
            TitleTooLong(200_003)),
        new("e-mailadres-van-200000-tekens.yaml", Utf8(WithTitle(new string('a', 200_000) + "@voorbeeld.nl")),
            TitleTooLong(200_013),
            new Expected(2, 8, $"Bij `title` in deck `proef` lijkt een telefoonnummer of e-mailadres te staan (`{new string('a', 60)}…`). {ContactDetails}", $"`title` in deck `proef` seems to hold a phone number or e-mail address (`{new string('a', 60)}…`); a deck must not carry anyone's contact details.")),
        new("telefoonnummer-van-200000-cijfers.yaml", Utf8(WithTitle("0" + new string('6', 199_999))),
            TitleTooLong(200_000),
            new Expected(2, 8, $"Bij `title` in deck `proef` lijkt een telefoonnummer of e-mailadres te staan (`0{new string('6', 59)}…`). {ContactDetails}", $"`title` in deck `proef` seems to hold a phone number or e-mail address (`0{new string('6', 59)}…`); a deck must not carry anyone's contact details.")),
        new("een-regel-van-500-kb.yaml", Utf8(new string('x', 500_000)),
            new Expected(1, 1, "Hier hoort een deck met velden zoals `id:`, maar er staat tekst.", "Expected a deck with fields such as `id:`, found text.")),
        new("situatie-van-500-kb-op-een-regel.yaml", Utf8(TestDecks.Replace("situation: Het dorpshuis wil een nieuw terras.", "situation: " + new string('b', 500_000))),
            new Expected(16, 16, "De tekst bij `situation` in kaart `terras` is 500000 tekens lang; op een tablet past hoogstens 700. Maak de tekst 499300 tekens korter.", "`situation` in card `terras` is 500000 characters long; at most 700 fit a tablet.")),
        new("veldnaam-van-1000-tekens.yaml", Utf8(TestDecks.Replace("title: Proefdeck\n", $"title: Proefdeck\n{new string('t', 1000)}: x\n")),
            new Expected(3, 1, $"Onbekend veld `{new string('t', 60)}…` in deck `proef`.", $"Unknown field `{new string('t', 60)}…` in deck `proef`.")),
        new("veldnaam-van-2000-tekens.yaml", Utf8(TestDecks.Replace("title: Proefdeck\n", $"title: Proefdeck\n{new string('t', 2000)}: x\n")),
            new Expected(3, 1, "Hier loopt de YAML vast. Kijk op deze plek en de regel erboven: springt elke regel even ver in als de regels die erbij horen, staat na elke veldnaam een dubbele punt met een spatie, en staat een tekst met `: ` of `#` tussen rechte aanhalingstekens (\"...\")? Technisch: While parsing a block mapping, did not find expected key.", "This is not valid YAML: While parsing a block mapping, did not find expected key.")),
        new("id-van-200000-tekens.yaml", Utf8(TestDecks.Replace("id: proef", "id: " + new string('p', 200_000))),
            new Expected(1, 5, $"`{new string('p', 60)}…` is geen geldige id: gebruik kleine letters, cijfers en streepjes, zoals `dorpshuis-terras` (hoogstens 60 tekens).", $"`{new string('p', 60)}…` is not a valid id: use lower-case letters, digits and hyphens, like `dorpshuis-terras` (at most 60 characters).")),
        new("kant-van-200000-tekens.yaml", Utf8(TestDecks.Replace("side: gemeente", "side: " + new string('g', 200_000))),
            new Expected(9, 11, $"Onbekende kant `{new string('g', 60)}…`. Kies uit: gemeente, dorpsbelangen.", $"Unknown side `{new string('g', 60)}…`. Allowed: gemeente, dorpsbelangen.")),
        new("diep-geneste-blokken.yaml", Utf8(string.Concat(Enumerable.Range(0, 300).Select(i => new string(' ', 2 * i) + $"k{i}:\n")) + new string(' ', 600) + "x: y\n"),
            new Expected(17, 33, "De YAML is hier dieper genest dan 16 niveaus; zo ziet een deck er niet uit.", "The YAML is nested deeper than 16 levels here; that is not a deck.")),
        new("2000-kaarten.yaml", Utf8(ThousandsOfCards(2000)),
            new Expected(2013, 29, "Onbekend veld `situatie` in kaart `laatste`. Bedoel je `situation`?", "Unknown field `situatie` in card `laatste`. Did you mean `situation`?")),
        new("50000-velden.yaml", Utf8(TestDecks.Valid + string.Concat(Enumerable.Range(0, 50_000).Select(i => $"k{i}: v\n"))),
            [
                .. Enumerable.Range(0, 100).Select(i => new Expected(32 + i, 1, $"Onbekend veld `k{i}` in deck `proef`.", $"Unknown field `k{i}` in deck `proef`.")),
                new Expected(0, 0, "Er zijn meer dan 100 problemen; los eerst deze op.", "There are more than 100 problems; fix these first."),
            ]),
        new("png-afbeelding.yaml", [0x89, .. "PNG\r\n"u8, 0x1A, (byte)'\n', 0, 0, 0, 13, .. "IHDR"u8],
            new Expected(1, 1, $"{NotUtf8} (byte 0x89, in Windows-1252 `‰`). In Kladblok: Bestand, Opslaan als, Codering: UTF-8.", $"{NotUtf8En} (0x89, `‰` in Windows-1252).")),
        new("word-document.yaml", [.. "PK"u8, 3, 4, 20, 0, 6, 0],
            ControlCharacter(1, 3, "0003")),
        new("willekeurige-bytes.yaml", RandomBytes(4000),
            new Expected(1, 6, $"{NotUtf8} (byte 0x84, in Windows-1252 `„`). In Kladblok: Bestand, Opslaan als, Codering: UTF-8.", $"{NotUtf8En} (0x84, `„` in Windows-1252).")),
        new("nul-teken.yaml", Utf8(TestDecks.Replace("title: Proefdeck", "title: Proef\0deck")),
            ControlCharacter(2, 13, "0000")),
        new("belteken.yaml", Utf8(TestDecks.Replace("situation: Het dorpshuis", "situation: Het \adorpshuis")),
            ControlCharacter(16, 20, "0007")),
        new("latin-1.yaml", Encoding.Latin1.GetBytes(TestDecks.Replace("title: Proefdeck", "title: Café-deck")),
            new Expected(2, 11, $"{NotUtf8} (byte 0xE9, in Windows-1252 `é`). In Kladblok: Bestand, Opslaan als, Codering: UTF-8.", $"{NotUtf8En} (0xE9, `é` in Windows-1252).")),
        new("windows-1252.yaml", [.. Utf8("id: proef\ntitle: Het "), 0x91, .. Utf8("proef"), 0x92, .. Utf8("deck\n")],
            new Expected(2, 12, $"{NotUtf8} (byte 0x91, in Windows-1252 `‘`). In Kladblok: Bestand, Opslaan als, Codering: UTF-8.", $"{NotUtf8En} (0x91, `‘` in Windows-1252).")),
        new("latin-1-met-crlf.yaml", Encoding.Latin1.GetBytes(TestDecks.Replace("description: Een klein", "description: Eén klein").ReplaceLineEndings("\r\n")),
            new Expected(4, 15, $"{NotUtf8} (byte 0xE9, in Windows-1252 `é`). In Kladblok: Bestand, Opslaan als, Codering: UTF-8.", $"{NotUtf8En} (0xE9, `é` in Windows-1252).")),
        new("utf-16-zonder-bom.yaml", Encoding.Unicode.GetBytes(TestDecks.Valid),
            ControlCharacter(1, 2, "0000")),
        new("utf-16-afgebroken.yaml", [.. Encoding.Unicode.Preamble, .. Encoding.Unicode.GetBytes(TestDecks.Valid), (byte)'x'],
            new Expected(32, 1, "Het bestand begint als UTF-16, maar hier klopt dat niet meer (het is afgebroken of beschadigd). Sla het op als UTF-8.", "The file starts as UTF-16 but is not valid UTF-16 here (cut off or damaged); save it as UTF-8.")),
    ];

    private static Expected TitleTooLong(int length) => new(
        2,
        8,
        $"De tekst bij `title` in deck `proef` is {length} tekens lang; op een tablet past hoogstens 80. Maak de tekst {length - 80} tekens korter.",
        $"`title` in deck `proef` is {length} characters long; at most 80 fit a tablet.");

    private static Expected ControlCharacter(int line, int column, string code) => new(
        line,
        column,
        $"Hier staat een onzichtbaar stuurteken (U+{code}) dat niet in een tekstbestand hoort. Is dit wel een deck in platte tekst? Sla het op als UTF-8 tekst.",
        $"Here is a control character (U+{code}) that does not belong in a text file; is this a plain-text deck? Save it as UTF-8 text.");

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static string WithTitle(string title) => TestDecks.Replace("title: Proefdeck", "title: " + title);

    /// <summary>The valid deck with <paramref name="count"/> short cards written on one line each; the last one misspells `situation`.</summary>
    private static string ThousandsOfCards(int count)
    {
        const string card = "{id: kaart-N, title: T, situation: S, action_question: V, options: [{id: a, text: A, function: verbinder, gemeente_stance: loslaten}, {id: b, text: B, function: aanjager, gemeente_stance: loslaten}], prompts: [P, Q], themes: [t]}";
        var cards = Enumerable.Range(1, count - 1).Select(i => "  - " + card.Replace("kaart-N", $"kaart-{i}") + "\n");
        var last = "  - " + card.Replace("kaart-N", "laatste").Replace("situation:", "situatie:") + "\n";
        return TestDecks.Valid[..TestDecks.Valid.IndexOf("cards:\n", StringComparison.Ordinal)] + "cards:\n" + string.Concat(cards) + last;
    }

    private static byte[] RandomBytes(int count)
    {
        var bytes = new byte[count];
        new Random(8).NextBytes(bytes);
        return bytes;
    }
}

/// <summary>A generated broken deck: the file's name and bytes, and exactly the problems reading it must give.</summary>
internal sealed record BrokenDeck(string File, byte[] Bytes, params Expected[] Problems);

/// <summary>One problem as a trainer and a log see it.</summary>
internal sealed record Expected(int Line, int Column, string Nl, string En, string? Path = null);
