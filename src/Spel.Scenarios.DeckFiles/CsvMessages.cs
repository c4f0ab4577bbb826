namespace Spel.Scenarios.Decks;

/// <summary>What the spreadsheet import says, Dutch beside English; the row and column are in the problem's place.</summary>
internal static class CsvMessages
{
    public static readonly Message Empty = new(
        "Het bestand is leeg: er staan geen kaarten in. Sla in de spreadsheet het blad met de kaarten op als CSV.",
        "The file is empty: it holds no cards.");

    public static readonly Message NoCards = new(
        "Onder de kopregel staan geen rijen met kaarten. Zet onder de kolomnamen één rij per antwoordoptie.",
        "There are no rows of cards below the header; give one row per option.");

    public static readonly Message UnclosedQuote = new(
        "In deze cel opent een aanhalingsteken (\") dat nergens gesloten wordt, zodat de rest van het bestand in deze ene cel zou staan. Zet aan het eind van de tekst ook een \", of sla het bestand opnieuw op vanuit de spreadsheet.",
        "A quote (\") opens in this cell and is never closed, so the rest of the file would be this one cell.");

    public static readonly Message NotUtf8 = new(
        "In deze cel staat een teken dat verkeerd is opgeslagen (�): het bestand is niet in UTF-8 bewaard. Sla het in Excel op als \"CSV UTF-8 (door komma's gescheiden)\" en lees het opnieuw in.",
        "This cell holds a character that was saved wrongly (�): the file is not UTF-8. Save it as \"CSV UTF-8\" and import it again.");

    public static Message UnknownColumn(string name, string? suggestion, IEnumerable<CsvColumn> columns) => new(
        $"Onbekende kolom `{DeckMessages.Shown(name)}`; deze kolom wordt niet gelezen."
        + (suggestion is null ? "" : $" Bedoel je `{suggestion}`?")
        + $" De kolommen heten: {string.Join(", ", columns.Select(c => c.Nl))}.",
        $"Unknown column `{DeckMessages.Shown(name)}`; it is not read."
        + (suggestion is null ? "" : $" Did you mean `{suggestion}`?")
        + $" The columns are: {string.Join(", ", columns.Select(c => c.En))}.");

    public static Message RepeatedColumn(string name) => new(
        $"De kolom `{DeckMessages.Shown(name)}` staat twee keer in de kopregel; alleen de eerste wordt gelezen. Haal er één weg.",
        $"The column `{DeckMessages.Shown(name)}` appears twice in the header; only the first is read.");

    public static Message MissingColumn(CsvColumn column) => new(
        $"De kolom `{column.Nl}` ontbreekt in de kopregel (de eerste rij); zonder die kolom kan geen kaart gelezen worden. Zet `{column.Nl}` boven de kolom waar die tekst staat.",
        $"The column `{column.En}` is missing from the header (the first row); no card can be read without it.");

    public static Message DifferentCardValue(string column, int valueRow, int cardRow) => new(
        $"Deze rij hoort bij de kaart die in rij {cardRow} begint, maar bij `{DeckMessages.Shown(column)}` staat iets anders dan in rij {valueRow}. Laat de kaartvelden leeg in de volgende rijen van een kaart; begint hier een nieuwe kaart, geef die dan een eigen kaart-id.",
        $"This row belongs to the card that starts in row {cardRow}, but its `{DeckMessages.Shown(column)}` differs from row {valueRow}; leave card fields empty on a card's later rows.");

    public static Message NoOptionText(string column) => new(
        $"In deze rij staat een antwoordoptie zonder tekst. Vul de kolom `{DeckMessages.Shown(column)}` in, of maak de rij helemaal leeg.",
        $"This row has an option without text; fill in `{DeckMessages.Shown(column)}` or empty the row.");

    public static Message NoWord(string column, IReadOnlyList<string> allowed) => new(
        $"De kolom `{DeckMessages.Shown(column)}` is leeg in deze rij. Kies uit: {string.Join(", ", allowed)}.",
        $"`{DeckMessages.Shown(column)}` is empty in this row. Allowed: {string.Join(", ", allowed)}.");

    public static Message NotYesNo(string column, string value) => new(
        $"Bij `{DeckMessages.Shown(column)}` hoort `ja` of `nee` (of niets), maar er staat `{DeckMessages.Shown(value)}`.",
        $"`{DeckMessages.Shown(column)}` must be `ja` or `nee` (or empty), found `{DeckMessages.Shown(value)}`.");
}
