namespace Spel.Scenarios.Decks;

/// <summary>The part of a deck a message is about: "kaart `terras`" / "card `terras`", or "een kaart" when its id is not known.</summary>
internal sealed record Element(string NounNl, string NounEn, string? Id = null)
{
    public static readonly Element Deck = new("deck", "deck");
    public static readonly Element Role = new("rol", "role");
    public static readonly Element Card = new("kaart", "card");
    public static readonly Element Option = new("antwoordoptie", "option");

    public string Nl => Id is null ? $"een {NounNl}" : $"{NounNl} `{Id}`";

    public string En => Id is null ? $"{("aeiou".Contains(NounEn[0]) ? "an" : "a")} {NounEn}" : $"{NounEn} `{Id}`";

    public Element Named(string id) => this with { Id = id };
}

/// <summary>Every problem text, Dutch beside English, so the two stay in step.</summary>
internal static class DeckMessages
{
    public static Message FileTooLarge(long bytes, int maxBytes) => new(
        $"Het bestand is te groot ({bytes / 1024} KB); een deck mag hoogstens {maxBytes / 1024} KB zijn.",
        $"The file is too large ({bytes / 1024} KB); a deck may be at most {maxBytes / 1024} KB.");

    public static Message FileUnreadable(string reason) => new(
        $"Het bestand kan niet gelezen worden: {reason}",
        $"The file cannot be read: {reason}");

    public static readonly Message Empty = new(
        "Het bestand is leeg. Een deck begint met velden zoals `id:` en `title:`.",
        "The file is empty. A deck starts with fields such as `id:` and `title:`.");

    public static Message NotYaml(string detail) => new(
        $"Hier loopt de YAML vast. Kijk op deze plek (en de regel ervoor) naar inspringing, dubbele punten en aanhalingstekens. Technisch: {detail}",
        $"This is not valid YAML: {detail}");

    public static readonly Message MoreThanOneDocument = new(
        "Hier begint een tweede document (`---`). Zet elk deck in een eigen bestand.",
        "A second document starts here (`---`); put each deck in its own file.");

    public static Message TagRefused(string tag) => new(
        $"Tags zoals `{tag}` zijn niet toegestaan in een deck. Haal de tag weg en schrijf gewone tekst.",
        $"Tags such as `{tag}` are not allowed in a deck.");

    public static Message AnchorRefused(string name) => new(
        $"Ankers (`&{name}`) zijn niet toegestaan in een deck. Schrijf de tekst gewoon uit.",
        $"Anchors (`&{name}`) are not allowed in a deck.");

    public static Message AliasRefused(string name) => new(
        $"Verwijzingen (`*{name}`) zijn niet toegestaan in een deck. Schrijf de tekst gewoon uit.",
        $"Aliases (`*{name}`) are not allowed in a deck.");

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
        $"Het veld `{field}` staat twee keer in {element.Nl}.",
        $"The field `{field}` appears twice in {element.En}.");

    public static Message UnknownField(string field, Element element, string? suggestion) => new(
        $"Onbekend veld `{field}` in {element.Nl}." + (suggestion is null ? "" : $" Bedoel je `{suggestion}`?"),
        $"Unknown field `{field}` in {element.En}." + (suggestion is null ? "" : $" Did you mean `{suggestion}`?"));

    public static Message MissingField(string field, Element element) => new(
        $"Het veld `{field}` ontbreekt in {element.Nl}.",
        $"The field `{field}` is missing in {element.En}.");

    public static Message EmptyText(string field, Element element) => new(
        $"Het veld `{field}` in {element.Nl} is leeg.",
        $"The field `{field}` in {element.En} is empty.");

    public static Message ExpectedText(string field, Element element, Node found) => new(
        $"Bij `{field}` in {element.Nl} hoort tekst, maar er staat {found.Describe().Nl}.",
        $"`{field}` in {element.En} must be text, found {found.Describe().En}.");

    public static Message ExpectedList(string field, Element element, Node found) => new(
        $"Bij `{field}` in {element.Nl} hoort een lijst (regels die met `- ` beginnen), maar er staat {found.Describe().Nl}.",
        $"`{field}` in {element.En} must be a list, found {found.Describe().En}.");

    public static Message InvalidId(string id) => new(
        $"`{id}` is geen geldige id: gebruik kleine letters, cijfers en streepjes, zoals `dorpshuis-terras` (hoogstens {DeckLimits.Id} tekens).",
        $"`{id}` is not a valid id: use lower-case letters, digits and hyphens, like `dorpshuis-terras` (at most {DeckLimits.Id} characters).");

    public static Message TextTooLong(string field, Element element, int length, int max) => new(
        $"De tekst bij `{field}` in {element.Nl} is {length} tekens lang; op een tablet past hoogstens {max}. Maak de tekst {length - max} {(length - max == 1 ? "teken" : "tekens")} korter.",
        $"`{field}` in {element.En} is {length} characters long; at most {max} fit a tablet.");

    public static Message ContactDetails(string field, Element element, string found) => new(
        $"Bij `{field}` in {element.Nl} lijkt een telefoonnummer of e-mailadres te staan (`{found}`). Een deck gaat van hand tot hand: zet er geen contactgegevens en geen namen van echte personen in.",
        $"`{field}` in {element.En} seems to hold a phone number or e-mail address (`{found}`); a deck must not carry anyone's contact details.");

    public static Message RepeatedValue(string value, string field, Element element) => new(
        $"`{value}` staat twee keer bij `{field}` in {element.Nl}.",
        $"`{value}` appears twice in `{field}` of {element.En}.");

    public static Message StandardQuestionsMissing(string cardId, IReadOnlyList<string> missing)
    {
        var standard = DeckTokens.Questions.TokensIn(CardQuestions.Standard);
        var optional = DeckTokens.Questions.TokensIn(CardQuestions.Prediction);
        return new(
            $"Kaart `{cardId}` laat {Listed(missing, "en")} weg bij `questions`. Deze versie van het spel stelt op elke kaart {Listed(standard, "en")}; alleen {Listed(optional, "en")} kun je erbij kiezen.",
            $"Card `{cardId}` leaves {Listed(missing, "and")} out of `questions`; this version asks {Listed(standard, "and")} on every card, only {Listed(optional, "and")} is optional.");
    }

    public static Message InvalidLanguage(string language) => new(
        $"`{language}` is geen taalcode. Gebruik bijvoorbeeld `nl` of `en`.",
        $"`{language}` is not a BCP 47 language tag such as `nl` or `en`.");

    public static Message UnknownToken(Message noun, string value, string? suggestion, IReadOnlyList<string> allowed) => new(
        $"Onbekende {noun.Nl} `{value}`." + (suggestion is null ? "" : $" Bedoel je `{suggestion}`?") + $" Kies uit: {string.Join(", ", allowed)}.",
        $"Unknown {noun.En} `{value}`." + (suggestion is null ? "" : $" Did you mean `{suggestion}`?") + $" Allowed: {string.Join(", ", allowed)}.");

    public static readonly Message NoCards = new(
        "Het deck heeft geen kaarten; er is minstens één kaart nodig.",
        "The deck has no cards; it needs at least one.");

    public static Message NoRolesOnSide(string side) => new(
        $"Het deck heeft geen rol aan de kant `{side}`; er zijn rollen aan beide kanten nodig.",
        $"The deck has no role on the side `{side}`; it needs roles on both sides.");

    public static Message DuplicateId(Element kind, string id, int firstLine) => new(
        $"Er is al {kind.Nl} met id `{id}` (regel {firstLine}); elke id moet uniek zijn.",
        $"There is already {kind.En} with id `{id}` (line {firstLine}); every id must be unique.");

    public static Message OptionCount(string cardId, int count, int min, int max) => new(
        $"Kaart `{cardId}` heeft {count} {(count == 1 ? "antwoordoptie" : "antwoordopties")}; geef er {min} tot {max}.",
        $"Card `{cardId}` has {count} {(count == 1 ? "option" : "options")}; give {min} to {max}.");

    public static Message TooFewPrompts(string cardId, int count, int min) => new(
        $"Kaart `{cardId}` heeft {count} {(count == 1 ? "gespreksvraag" : "gespreksvragen")}; geef er minstens {min}.",
        $"Card `{cardId}` has {count} {(count == 1 ? "prompt" : "prompts")}; give at least {min}.");

    public static Message NoThemes(string cardId) => new(
        $"Kaart `{cardId}` heeft geen thema's; geef er minstens één.",
        $"Card `{cardId}` has no themes; give at least one.");

    public static Message DuplicateDeckId(string id, string otherSource) => new(
        $"Er is al een deck met id `{id}` (in {otherSource}); dit bestand wordt niet geladen.",
        $"A deck with id `{id}` already exists (in {otherSource}); this file is not loaded.");

    // "`a`", "`a` en `b`", "`a`, `b` en `c`".
    private static string Listed(IReadOnlyList<string> words, string and) =>
        words.Count == 1
            ? $"`{words[0]}`"
            : string.Join(", ", words.SkipLast(1).Select(w => $"`{w}`")) + $" {and} `{words[^1]}`";
}
