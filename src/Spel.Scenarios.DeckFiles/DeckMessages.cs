namespace Spel.Scenarios.Decks;

/// <summary>The part of a deck a message is about: "kaart `terras`" / "card `terras`", or "een kaart" when its id is not known.</summary>
internal sealed record Element(string NounNl, string NounEn, string? Id = null, bool InList = true)
{
    public static readonly Element Deck = new("deck", "deck", InList: false);
    public static readonly Element Role = new("rol", "role");
    public static readonly Element Card = new("kaart", "card");
    public static readonly Element Option = new("antwoordoptie", "option");

    public string Nl => Id is null ? $"een {NounNl}" : $"{NounNl} `{DeckMessages.Shown(Id)}`";

    public string En => Id is null ? $"{("aeiou".Contains(NounEn[0]) ? "an" : "a")} {NounEn}" : $"{NounEn} `{DeckMessages.Shown(Id)}`";

    public Element Named(string id) => this with { Id = id };
}

/// <summary>Every problem text, Dutch beside English, so the two stay in step.</summary>
internal static class DeckMessages
{
    // Long enough for any valid id; a message quotes at most this much of what the file says, so a 200,000-letter
    // field name or value gives a message that still fits a line.
    private const int ShownLength = DeckLimits.Id;

    public static Message FileTooLarge(long bytes, int maxBytes) => new(
        $"Het bestand is te groot ({KiloBytes(bytes)} KB); een deck mag hoogstens {maxBytes / 1024} KB zijn. Een deck met twintig kaarten is ongeveer 35 KB: staat er iets anders in dan het deck?",
        $"The file is too large ({KiloBytes(bytes)} KB); a deck may be at most {maxBytes / 1024} KB.");

    public static Message FileUnreadable(string reason) => new(
        $"Het bestand kan niet gelezen worden: {reason}",
        $"The file cannot be read: {reason}");

    public static readonly Message Empty = new(
        "Het bestand is leeg: er staat geen deck in. Een deck begint met velden zoals `id:` en `title:`.",
        "The file is empty: it holds no deck. A deck starts with fields such as `id:` and `title:`.");

    public static readonly Message OnlyBlankLines = new(
        "In het bestand staan alleen spaties en lege regels: er staat geen deck in. Een deck begint met velden zoals `id:` en `title:`.",
        "The file holds only spaces and blank lines, no deck. A deck starts with fields such as `id:` and `title:`.");

    public static readonly Message OnlyComments = new(
        "In het bestand staan alleen opmerkingen (regels die met `#` beginnen): er staat geen deck in. Een deck begint met velden zoals `id:` en `title:`, zonder `#` ervoor.",
        "The file holds only comments (lines starting with `#`), no deck. A deck starts with fields such as `id:` and `title:`, without a `#`.");

    public static readonly Message NoDeck = new(
        "In het bestand staat geen deck, alleen YAML-tekens zonder inhoud. Een deck begint met velden zoals `id:` en `title:`.",
        "The file holds no deck, only YAML markers without content. A deck starts with fields such as `id:` and `title:`.");

    public static Message NotUtf8(byte wrong, string likely) => new(
        $"Het bestand is niet in UTF-8 opgeslagen; sla het op als UTF-8. Hier staat het eerste teken dat UTF-8 niet kent (byte 0x{wrong:X2}, in Windows-1252 `{likely}`). In Kladblok: Bestand, Opslaan als, Codering: UTF-8.",
        $"The file is not saved as UTF-8; save it as UTF-8. Here is the first byte that is not UTF-8 (0x{wrong:X2}, `{likely}` in Windows-1252).");

    public static readonly Message BrokenUtf16 = new(
        "Het bestand begint als UTF-16, maar hier klopt dat niet meer (het is afgebroken of beschadigd). Sla het op als UTF-8.",
        "The file starts as UTF-16 but is not valid UTF-16 here (cut off or damaged); save it as UTF-8.");

    public static Message ControlCharacter(char found) => new(
        $"Hier staat een onzichtbaar stuurteken (U+{(int)found:X4}) dat niet in een tekstbestand hoort. Is dit wel een deck in platte tekst? Sla het op als UTF-8 tekst.",
        $"Here is a control character (U+{(int)found:X4}) that does not belong in a text file; is this a plain-text deck? Save it as UTF-8 text.");

    public static readonly Message TabIndent = new(
        "Deze regel springt in met een tab; gebruik spaties, geen tab. Vervang de tab door spaties, net zo ver als de regels die erbij horen.",
        "This line is indented with a tab; use spaces, not tabs.");

    public static Message NotYaml(string detail) => new(
        $"Hier loopt de YAML vast. Kijk op deze plek en de regel erboven: springt elke regel even ver in als de regels die erbij horen, staat na elke veldnaam een dubbele punt met een spatie, en staat een tekst met `: ` of `#` tussen rechte aanhalingstekens (\"...\")? Technisch: {detail}",
        $"This is not valid YAML: {detail}");

    public static Message ColonInText(string? example) => new(
        "In deze tekst staat een dubbele punt met een spatie erachter; daardoor leest het spel hier een nieuw veld. Zet de tekst tussen rechte aanhalingstekens" + Like(example, "zo"),
        "A colon and a space inside this text read as a new field; put the text in straight double quotes" + Like(example, "like this"));

    public static Message CurlyQuotes(char quote, string? example) => new(
        $"De tekst begint met een gekruld aanhalingsteken (`{quote}`), zoals Word dat maakt; YAML kent alleen rechte. Zet de tekst tussen rechte aanhalingstekens" + Like(example, "zo"),
        $"The text starts with a curly quote (`{quote}`), as word processors type them; YAML only knows straight quotes" + Like(example, "like this"));

    public static Message UnclosedQuote(char quote) => new(
        $"Hier opent een aanhalingsteken (`{quote}`) dat niet gesloten wordt. Zet aan het eind van de tekst, op dezelfde regel, ook een `{quote}`.",
        $"This quote (`{quote}`) is never closed; end the text with `{quote}` too, on the same line.");

    public static Message TextAfterQuote(char quote, string? example) => new(
        $"Bij dit aanhalingsteken (`{quote}`) houdt de tekst voor YAML op, maar erna staat nog meer. Staan er aanhalingstekens in de tekst zelf? Zet de hele tekst dan tussen de andere soort aanhalingstekens" + Like(example, "zo"),
        $"The text ends at this quote (`{quote}`) but more follows; when the text holds quotes itself, put it in the other kind" + Like(example, "like this"));

    public static Message StartsWithSign(char sign, string? example) => new(
        $"Een tekst mag in YAML niet zomaar met `{sign}` beginnen. Zet de tekst tussen rechte aanhalingstekens" + Like(example, "zo"),
        $"A text cannot start with `{sign}` in YAML; put it in straight double quotes" + Like(example, "like this"));

    public static Message DashAfterField(string field, string? example) => new(
        $"Na `{Shown(field)}:` staat op dezelfde regel een `- `. Hoort hier een lijst, zet dan elk onderdeel op een eigen regel eronder, iets verder ingesprongen, met `- ` ervoor. Is het tekst, zet die dan tussen rechte aanhalingstekens" + Like(example, "zo"),
        $"A `- ` follows `{Shown(field)}:` on the same line; put list items on their own lines below, or quote the text" + Like(example, "like this"));

    public static Message NotAlignedUnder(string field, string above, int spaces, int written) => new(
        $"`{Shown(field)}` staat niet recht onder `{Shown(above)}` erboven, terwijl ze bij elkaar horen. Zet het er recht onder: {spaces} spaties vooraan, niet {written}.",
        $"`{Shown(field)}` is not aligned with `{Shown(above)}` above it; indent it {spaces} spaces, not {written}.");

    public static Message MissingDash(string? list, string? example) => new(
        $"Hier begint een nieuw onderdeel van de lijst{(list is null ? "" : $" `{Shown(list)}`")}, maar `- ` ontbreekt vooraan. Zet `- ` ervoor, het streepje recht onder de streepjes erboven" + Like(example, "zo"),
        $"A new item of the list{(list is null ? "" : $" `{Shown(list)}`")} starts here without `- `; put a dash in front, under the dashes above" + Like(example, "like this"));

    public static Message MissingColon(string? example) => new(
        "Na de veldnaam hoort een dubbele punt met een spatie" + Like(example, "zo"),
        "A field name needs a colon and a space after it" + Like(example, "like this"));

    public static Message SpaceAfterColon(string? example) => new(
        "Zet een spatie na de dubbele punt" + Like(example, "zo"),
        "Put a space after the colon" + Like(example, "like this"));

    // ": `title: \"Het terras\"`." or just "." when the example would be too long to read in a message.
    private static string Like(string? example, string word) => example is null ? "." : $", {word}: `{example}`.";

    public static readonly Message MoreThanOneDocument = new(
        "Hier begint een tweede document (`---`). Zet elk deck in een eigen bestand.",
        "A second document starts here (`---`); put each deck in its own file.");

    public static Message TagRefused(string tag) => new(
        $"Tags zoals `{Shown(tag)}` zijn niet toegestaan in een deck. Haal de tag weg en schrijf gewone tekst.",
        $"Tags such as `{Shown(tag)}` are not allowed in a deck.");

    public static Message AnchorRefused(string name) => new(
        $"Ankers (`&{Shown(name)}`) zijn niet toegestaan in een deck. Schrijf de tekst gewoon uit.",
        $"Anchors (`&{Shown(name)}`) are not allowed in a deck.");

    public static Message AliasRefused(string name) => new(
        $"Verwijzingen (`*{Shown(name)}`) zijn niet toegestaan in een deck. Schrijf de tekst gewoon uit.",
        $"Aliases (`*{Shown(name)}`) are not allowed in a deck.");

    public static Message TooDeep(int maxDepth) => new(
        $"De YAML is hier dieper genest dan {maxDepth} niveaus; zo ziet een deck er niet uit.",
        $"The YAML is nested deeper than {maxDepth} levels here; that is not a deck.");

    public static Message TooManyProblems(int max) => new(
        $"Er zijn meer dan {max} problemen; los eerst deze op.",
        $"There are more than {max} problems; fix these first.");

    public static Message ExpectedFields(Element element, Node found) => new(
        $"Hier hoort {element.Nl} met velden zoals `id:`, maar er staat {found.Describe().Nl}.",
        $"Expected {element.En} with fields such as `id:`, found {found.Describe().En}.");

    public static readonly Message FieldNameNotText = new(
        "Een veldnaam moet gewone tekst zijn, zoals `title`.",
        "A field name must be plain text, such as `title`.");

    public static Message DuplicateField(string field, Element element) => new(
        $"Het veld `{Shown(field)}` staat twee keer in {element.Nl}. Houd er één: haal de andere weg of voeg de twee samen."
        + (element.InList ? $" Begint hier een nieuwe {element.NounNl}, zet dan `- ` voor de eerste regel ervan, recht onder de `- ` erboven." : ""),
        $"The field `{Shown(field)}` appears twice in {element.En}."
        + (element.InList ? $" If a new {element.NounEn} starts here, put `- ` before its first line." : ""));

    public static Message UnknownField(string field, Element element, string? suggestion) => new(
        $"Onbekend veld `{Shown(field)}` in {element.Nl}." + (suggestion is null ? "" : $" Bedoel je `{suggestion}`?"),
        $"Unknown field `{Shown(field)}` in {element.En}." + (suggestion is null ? "" : $" Did you mean `{suggestion}`?"));

    public static Message MissingField(string field, Element element) => new(
        $"Het veld `{field}` ontbreekt in {element.Nl}.",
        $"The field `{field}` is missing in {element.En}.");

    public static Message EmptyText(string field, Element element) => new(
        $"Het veld `{field}` in {element.Nl} is leeg.",
        $"The field `{field}` in {element.En} is empty.");

    public static Message ExpectedText(string field, Element element, Node found) => new(
        $"Bij `{field}` in {element.Nl} hoort tekst, maar er staat {found.Describe().Nl}. "
        + (found is MappingNode
            ? "Staat er een dubbele punt met een spatie in de tekst? Zet de tekst dan tussen rechte aanhalingstekens (\"...\")."
            : $"Zet de tekst direct achter `{field}: `, op dezelfde regel en zonder `- `."),
        $"`{field}` in {element.En} must be text, found {found.Describe().En}.");

    public static Message ExpectedYesNo(string field, Element element, Node found) => new(
        $"Bij `{field}` in {element.Nl} hoort `true` of `false`, maar er staat {Found(found).Nl}.",
        $"`{field}` in {element.En} must be `true` or `false`, found {Found(found).En}.");

    /// <summary>What was written where a word was expected: the word itself when it is text.</summary>
    private static Message Found(Node found) =>
        found is ScalarNode scalar ? new($"`{scalar.Value.Trim()}`", $"`{scalar.Value.Trim()}`") : found.Describe();

    public static Message ExpectedList(string field, Element element, Node found) => new(
        $"Bij `{field}` in {element.Nl} hoort een lijst (regels die met `- ` beginnen), maar er staat {found.Describe().Nl}. "
        + found switch
        {
            MappingNode => "Zet `- ` voor de eerste regel van elk onderdeel, zoals `- id: ...`, de streepjes recht onder elkaar.",
            ScalarNode { IsNull: false } text when text.Value.Trim() is { Length: > 0 and <= ShownLength - 2 } =>
                $"Zet elk onderdeel op een eigen regel eronder, iets verder ingesprongen, met `- ` ervoor, zoals `- {text.Value.Trim()}`.",
            _ => "Zet elk onderdeel op een eigen regel eronder, iets verder ingesprongen, met `- ` ervoor.",
        },
        $"`{field}` in {element.En} must be a list, found {found.Describe().En}.");

    public static Message InvalidId(string id) => new(
        $"`{Shown(id)}` is geen geldige id: gebruik kleine letters, cijfers en streepjes, zoals `dorpshuis-terras` (hoogstens {DeckLimits.Id} tekens).",
        $"`{Shown(id)}` is not a valid id: use lower-case letters, digits and hyphens, like `dorpshuis-terras` (at most {DeckLimits.Id} characters).");

    public static Message TextTooLong(string field, Element element, int length, int max) => new(
        $"De tekst bij `{field}` in {element.Nl} is {length} tekens lang; op een tablet past hoogstens {max}. Maak de tekst {length - max} {(length - max == 1 ? "teken" : "tekens")} korter.",
        $"`{field}` in {element.En} is {length} characters long; at most {max} fit a tablet.");

    public static Message ContactDetails(string field, Element element, string found) => new(
        $"Bij `{field}` in {element.Nl} lijkt een telefoonnummer of e-mailadres te staan (`{Shown(found)}`). Een deck gaat van hand tot hand: zet er geen contactgegevens en geen namen van echte personen in.",
        $"`{field}` in {element.En} seems to hold a phone number or e-mail address (`{Shown(found)}`); a deck must not carry anyone's contact details.");

    public static Message RepeatedValue(string value, string field, Element element) => new(
        $"`{Shown(value)}` staat twee keer bij `{field}` in {element.Nl}.",
        $"`{Shown(value)}` appears twice in `{field}` of {element.En}.");

    public static Message StandardQuestionsMissing(string cardId, IReadOnlyList<string> missing)
    {
        var standard = DeckTokens.Questions.TokensIn(CardQuestions.Standard);
        var optional = DeckTokens.Questions.TokensIn(CardQuestions.Prediction);
        return new(
            $"{CardNl(cardId)} laat {Listed(missing, "en")} weg bij `questions`. Deze versie van het spel stelt op elke kaart {Listed(standard, "en")}; alleen {Listed(optional, "en")} kun je erbij kiezen.",
            $"{CardEn(cardId)} leaves {Listed(missing, "and")} out of `questions`; this version asks {Listed(standard, "and")} on every card, only {Listed(optional, "and")} is optional.");
    }

    public static Message InvalidLanguage(string language) => new(
        $"`{Shown(language)}` is geen taalcode. Gebruik bijvoorbeeld `nl` of `en`.",
        $"`{Shown(language)}` is not a BCP 47 language tag such as `nl` or `en`.");

    public static Message UnknownToken(Message noun, string value, string? suggestion, IReadOnlyList<string> allowed) => new(
        $"Onbekende {noun.Nl} `{Shown(value)}`." + (suggestion is null ? "" : $" Bedoel je `{suggestion}`?") + $" Kies uit: {string.Join(", ", allowed)}.",
        $"Unknown {noun.En} `{Shown(value)}`." + (suggestion is null ? "" : $" Did you mean `{suggestion}`?") + $" Allowed: {string.Join(", ", allowed)}.");

    /// <summary>
    /// A stance of the old vocabulary (before issue 13), in the field or column <paramref name="field"/>: what a stance
    /// means now, and the five steps to choose from.
    /// </summary>
    public static Message RetiredStance(string value, string field) => new(
        $"`{Shown(value)}` bij `{Shown(field)}` is geen houding meer. De houding is nu die van de gemeente in deze optie: een trede op de participatieladder. Kies uit: {string.Join(", ", DeckTokens.Stances.All)}. Wat dorpsbelangen in de optie doet, zegt de functie.",
        $"`{Shown(value)}` in `{Shown(field)}` is no longer a stance. The stance is now the municipality's in this option: a step on the participation ladder. Allowed: {string.Join(", ", DeckTokens.Stances.All)}. What the village association does in it is its function.");

    public static Message BothFields(string old, string current, Element element) => new(
        $"{Capital(element.Nl)} heeft zowel `{old}` als `{current}`. `{old}` is de oude naam van `{current}`; houd alleen `{current}` en haal `{old}` weg.",
        $"{Capital(element.En)} has both `{old}` and `{current}`; `{old}` is the old name of `{current}`, keep only `{current}`.");

    public static readonly Message NoCards = new(
        "Het deck heeft geen kaarten; er is minstens één kaart nodig.",
        "The deck has no cards; it needs at least one.");

    public static Message NoRolesOnSide(string side) => new(
        $"Het deck heeft geen rol aan de kant `{side}`; er zijn rollen aan beide kanten nodig.",
        $"The deck has no role on the side `{side}`; it needs roles on both sides.");

    public static Message DuplicateId(Element kind, string id, int firstNumber, int firstLine) => new(
        $"Er is al {kind.Nl} met id `{Shown(id)}` (nummer {firstNumber}, regel {firstLine}); elke id moet uniek zijn. Geef deze een andere id.",
        $"There is already {kind.En} with id `{Shown(id)}` (number {firstNumber}, line {firstLine}); every id must be unique.");

    public static Message OptionCount(string cardId, int count, int min, int max) => new(
        $"{CardNl(cardId)} heeft {count} {(count == 1 ? "antwoordoptie" : "antwoordopties")}; geef er {min} tot {max}.",
        $"{CardEn(cardId)} has {count} {(count == 1 ? "option" : "options")}; give {min} to {max}.");

    public static Message TooFewPrompts(string cardId, int count, int min) => new(
        $"{CardNl(cardId)} heeft {count} {(count == 1 ? "gespreksvraag" : "gespreksvragen")}; geef er minstens {min}.",
        $"{CardEn(cardId)} has {count} {(count == 1 ? "prompt" : "prompts")}; give at least {min}.");

    public static Message NoThemes(string cardId) => new(
        $"{CardNl(cardId)} heeft geen thema's; geef er minstens één.",
        $"{CardEn(cardId)} has no themes; give at least one.");

    public static Message DuplicateDeckId(string id, IReadOnlyList<string> sources) => new(
        $"De deck-id `{id}` staat in {Listed(sources, "én")}. Geef elk deck een eigen `id`; tot dan biedt de server {(sources.Count == 2 ? "geen van beide" : "geen van deze decks")} aan.",
        $"The deck id `{id}` is used by {Listed(sources, "and")}; give each deck its own `id`. Until then the server offers {(sources.Count == 2 ? "neither" : "none of them")}.");

    // A card of the editor may not have an id yet; "Kaart ``" would read as a typo.
    private static string CardNl(string id) => id.Length == 0 ? "Een kaart zonder id" : $"Kaart `{Shown(id)}`";

    private static string CardEn(string id) => id.Length == 0 ? "A card without an id" : $"Card `{Shown(id)}`";

    private static string Capital(string text) => char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>What the file says, cut short with an ellipsis when it is too long to quote in a message.</summary>
    public static string Shown(string text) => text.Length <= ShownLength ? text : text[..ShownLength] + "…";

    // Rounded up, so a file one byte over the limit does not read "512 KB; at most 512 KB".
    private static long KiloBytes(long bytes) => (bytes + 1023) / 1024;

    // "`a`", "`a` en `b`", "`a`, `b` en `c`".
    private static string Listed(IReadOnlyList<string> words, string and) =>
        words.Count == 1
            ? $"`{words[0]}`"
            : string.Join(", ", words.SkipLast(1).Select(w => $"`{w}`")) + $" {and} `{words[^1]}`";
}
