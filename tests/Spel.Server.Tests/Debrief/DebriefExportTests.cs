using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Spel.Scenarios.Decks;
using Spel.Scenarios.Play;
using Spel.Server.Debrief;
using Spel.Server.Tests.Support;

namespace Spel.Server.Tests.Debrief;

public sealed class DebriefExportTests(DebriefServer server) : IClassFixture<DebriefServer>
{
    private static readonly string[] Formats = [DebriefDownloads.Markdown, DebriefDownloads.Csv, DebriefDownloads.Json];

    [Fact]
    public async Task The_csv_has_one_row_per_seat_card_and_question_and_parses_back()
    {
        var play = await ScriptedSession.PlayAsync(server.Grains);

        using var response = await server.DownloadAsync(play.Code, DebriefDownloads.Csv, play.HostKey);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var rows = Rfc4180.Parse(Encoding.UTF8.GetString(bytes[3..]), ';');

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        Assert.Equal(DebriefCsv.Columns, rows[0]);
        Assert.All(rows, row => Assert.Equal(DebriefCsv.Columns.Count, row.Count));

        // Card 1: Henk and Anna answer, predict and re-vote with a course of action (8 rows each), Piet answers and
        // predicts (5). Card 2: Henk and Anna again (8 each). Slotvraag: Henk and Anna, four functions each.
        var data = rows.Skip(1).ToList();
        Assert.Equal(8 + 8 + 5 + 8 + 8 + 4 + 4, data.Count);
        Assert.Equal(21, data.Count(r => r[0] == "1"));
        Assert.Equal(16, data.Count(r => r[0] == "2"));
        Assert.Equal(8, data.Count(r => r[8].StartsWith("slotvraag_", StringComparison.Ordinal)));
        Assert.Contains(["1", "kaart-1", "Kaart 1", "1", "Henk", "persoon", "gemeente", "Wethouder", "herstemming_regie", "4", "Vooral bij de gemeente"], data);
        Assert.Contains(["1", "kaart-1", "Kaart 1", "2", "Anna", "persoon", "dorpsbelangen", "Bestuurslid dorpsbelangen", "voorspelling_eigenaarschap", "4", "Gemeente is eigenaar"], data);
        Assert.Contains(["2", "kaart-2", "Kaart 2", "1", "Henk", "persoon", "gemeente", "Wethouder", "actie", "samen", "Samen een plan maken"], data);
        Assert.Contains(["2", "kaart-2", "Kaart 2", "1", "Henk", "persoon", "gemeente", "Wethouder", "herstemming_actie", "loslaten", "Het dorp laten begaan"], data);
        Assert.Contains(["", "", "", "2", "Anna", "persoon", "dorpsbelangen", "Bestuurslid dorpsbelangen", "slotvraag_verbinder", "4", "Verbinder"], data);
        Assert.DoesNotContain(data, r => r[3] == "3" && (r[0] == "2" || r[8].StartsWith("herstemming_", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_name_with_quotes_and_separators_is_quoted_and_one_a_spreadsheet_would_run_as_a_formula_is_defused()
    {
        var play = await ScriptedSession.PlayAsync(server.Grains);

        using var response = await server.DownloadAsync(play.Code, DebriefDownloads.Csv, play.HostKey);
        var text = Encoding.UTF8.GetString((await response.Content.ReadAsByteArrayAsync())[3..]);
        var rows = Rfc4180.Parse(text, ';');

        Assert.Contains(";\"'=Piet \"\"de Boer\"\"; zzp\";", text);
        var piet = rows.Where(r => r[3] == "3").ToList();
        Assert.Equal(5, piet.Count);
        Assert.All(piet, r => Assert.Equal("'" + ScriptedSession.PietsName, r[4]));
    }

    [Theory]
    [InlineData("gewoon", "gewoon")]
    [InlineData("a;b", "\"a;b\"")]
    [InlineData("zei \"ja\"", "\"zei \"\"ja\"\"\"")]
    [InlineData("twee\nregels", "\"twee\nregels\"")]
    [InlineData("=SOM(A1)", "'=SOM(A1)")]
    [InlineData("-1+1", "'-1+1")]
    [InlineData("@cmd", "'@cmd")]
    public void A_csv_field_is_quoted_by_RFC_4180_and_never_a_formula(string value, string field)
    {
        Assert.Equal(field, DebriefCsv.Field(value));
    }

    [Theory]
    [InlineData("<script>alert(1)</script>", @"\<script\>alert(1)\</script\>")]
    [InlineData("[klik](https://example.org)", @"\[klik\](https://example.org)")]
    [InlineData("a | b", @"a \| b")]
    [InlineData("regel\r\nregel", "regel regel")]
    [InlineData("*vet* en _schuin_", @"\*vet\* en \_schuin\_")]
    public void Markdown_text_from_users_stays_text(string value, string escaped)
    {
        Assert.Equal(escaped, DebriefMarkdown.Text(value));
    }

    [Fact]
    public async Task In_an_anonymous_session_the_csv_names_nobody_and_keeps_hidden_sides_hidden()
    {
        var play = await ScriptedSession.PlayAsync(server.Grains, anonymous: true);

        using var response = await server.DownloadAsync(play.Code, DebriefDownloads.Csv, play.HostKey);
        var text = Encoding.UTF8.GetString((await response.Content.ReadAsByteArrayAsync())[3..]);
        var data = Rfc4180.Parse(text, ';').Skip(1).ToList();

        Assert.DoesNotContain("Henk", text);
        Assert.DoesNotContain("Anna", text);
        Assert.DoesNotContain("Piet", text);
        Assert.Equal(["Deelnemer 1", "Deelnemer 2", "Deelnemer 3"], data.Select(r => r[4]).Distinct());

        // One gemeente seat: the split is hidden, so no side, no role and no predictions (they would show the side).
        Assert.All(data, r => Assert.Equal(("", ""), (r[6], r[7])));
        Assert.DoesNotContain(data, r => r[8].StartsWith("voorspelling_", StringComparison.Ordinal));
        // Henk and Anna: eigenaarschap, regie, actie and the second vote's three per card; Piet three on card 1.
        Assert.Equal(6 + 6 + 3 + 6 + 6 + 4 + 4, data.Count);
    }

    [Fact]
    public async Task The_json_parses_back_to_the_same_debrief_with_its_schema_version()
    {
        var play = await ScriptedSession.PlayAsync(server.Grains);
        var expected = await ScriptedSession.DebriefAsync(play);

        using var response = await server.DownloadAsync(play.Code, DebriefDownloads.Json, play.HostKey);
        var json = await response.Content.ReadAsStringAsync();
        var export = JsonSerializer.Deserialize<DebriefExport>(json, DebriefJson.Options)!;

        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(DebriefExport.CurrentSchemaVersion, export.SchemaVersion);
        using (var document = JsonDocument.Parse(json))
        {
            Assert.Equal(2, document.RootElement.GetProperty("schemaVersion").GetInt32());
            Assert.Equal("Person", document.RootElement.GetProperty("debrief").GetProperty("settings").GetProperty("seatKind").GetString());
        }

        var debrief = export.Debrief;
        Assert.Equal((expected.Code, expected.DeckTitle, expected.CreatedAt, expected.SeatCount), (debrief.Code, debrief.DeckTitle, debrief.CreatedAt, debrief.SeatCount));
        Assert.Equal(expected.Cards.Select(c => c.Reveal.Outcome.Number), debrief.Cards.Select(c => c.Reveal.Outcome.Number));
        Assert.Equal(expected.Cards.SelectMany(c => c.Reveal.Answers), debrief.Cards.SelectMany(c => c.Reveal.Answers));
        Assert.Equal(expected.Agreements.Select(a => a.Agreement), debrief.Agreements.Select(a => a.Agreement));
        Assert.Equal(expected.Seats, debrief.Seats);
        Assert.Equal(expected.KnowEachOther, debrief.KnowEachOther);
        Assert.Equal(expected.Profile.Sides, debrief.Profile.Sides);

        // Everything else as well: written again, the parsed debrief gives the same text.
        Assert.Equal(JsonSerializer.Serialize(expected, DebriefJson.Options), JsonSerializer.Serialize(debrief, DebriefJson.Options));
    }

    [Fact]
    public async Task The_markdown_holds_every_recorded_agreement_with_table_characters_escaped()
    {
        var play = await ScriptedSession.PlayAsync(server.Grains);
        var debrief = await ScriptedSession.DebriefAsync(play);

        using var response = await server.DownloadAsync(play.Code, DebriefDownloads.Markdown, play.HostKey);
        var markdown = await response.Content.ReadAsStringAsync();

        Assert.Equal("text/markdown", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(2, debrief.Agreements.Count);
        foreach (var text in debrief.Agreements.SelectMany(a => new[] { a.Agreement.NextStep, a.Agreement.Who, a.Agreement.Text }).OfType<string>())
        {
            Assert.Contains(DebriefMarkdown.Text(text), markdown);
        }

        Assert.Contains(@"Vergunning \| samen aanvragen", markdown);
        Assert.Contains("Eerst bellen, want de raad vergadert pas in juni", markdown);
        Assert.Contains(ScriptedSession.Bouwsteen, markdown);

        // Each line of the afsprakenkaart keeps its seven cells: an escaped '|' does not split one.
        var rows = markdown.Split('\n').Where(line => Regex.IsMatch(line, @"^\| Kaart \d")).ToList();
        Assert.Equal(2, rows.Count);
        Assert.All(rows, row => Assert.Equal(8, Regex.Matches(row, @"(?<!\\)\|").Count));
    }

    [Fact]
    public async Task The_markdown_shows_the_cards_the_profile_and_how_well_the_sides_know_each_other()
    {
        var markdown = await MarkdownOfTheScriptedSessionAsync();

        Assert.StartsWith("# Nabespreking: Testspel", markdown);
        Assert.Contains("### Kaart 1: Kaart 1", markdown);
        Assert.Contains("### Kaart 2: Kaart 2", markdown);
        Assert.True(markdown.IndexOf("### Kaart 1", StringComparison.Ordinal) < markdown.IndexOf("### Kaart 2", StringComparison.Ordinal), "The most divided card comes first.");
        Assert.Contains("## Profielen: functies en houding", markdown);
        Assert.Contains("| Verbinder |", markdown);
        Assert.Contains("## Hoe goed kennen we elkaar", markdown);
        Assert.Contains("- Gemeente: ", markdown);
        Assert.Contains("## Afsprakenkaart", markdown);
    }

    [Fact]
    public async Task The_markdown_shows_both_profiles_per_side_and_each_cards_course_of_action_now_and_wanted()
    {
        var markdown = await MarkdownOfTheScriptedSessionAsync();

        // Henk chose "regels" then "samen" on card 1, "samen" then "loslaten" on card 2: vertegenwoordiger and verbinder
        // now (5.0 each), verbinder and aanjager wanted; the slotvraag (2, 3, 3, 2) stays its own column.
        Assert.Contains("| Functie | Gemeente: Hoe handelen we nu | Gemeente: Waar willen we naartoe | Gemeente: Slotvraag |", markdown);
        Assert.Contains("| Vertegenwoordiger | 5,0 | 0,0 | 2,0 |", markdown);
        Assert.Contains("### Houding van de gemeente (participatieladder)", markdown);
        // The gemeente's stances in Henk's choices: "regels" (reguleren) and "samen" (faciliteren) now, "samen" and
        // "loslaten" wanted; in dorpsbelangen's, Anna's "loslaten" and "samen" and Piet's "samen" now, "loslaten" twice wanted.
        Assert.Contains("| Reguleren | 5,0 | 0,0 | 0,0 | 0,0 |", markdown);
        Assert.Contains("| Faciliteren | 5,0 | 5,0 | 6,7 | 0,0 |", markdown);
        Assert.Contains("| Loslaten | 0,0 | 5,0 | 3,3 | 10,0 |", markdown);
        Assert.Contains("**Gekozen actie: nu → gewenst**", markdown);
        // Card 1: Henk from "regels" to "samen", Anna stays on "loslaten"; card 2: both from "samen" to "loslaten".
        Assert.Contains("| Eerst de regels op tafel | 1 | 0 |", markdown);
        Assert.Contains("| Samen een plan maken | 2 | 0 |", markdown);
        Assert.Contains("keuzes bij de herstemming: 2", markdown);
    }

    [Fact]
    public async Task The_markdown_names_the_venue_and_the_facilitator_under_its_title_when_they_were_given()
    {
        var given = await ScriptedSession.PlayAsync(server.Grains, settings: s => s with { Venue = "Dorpshuis *De Linde*", Facilitator = "Anna de Vries" });
        var none = await ScriptedSession.PlayAsync(server.Grains);

        using var withCover = await server.DownloadAsync(given.Code, DebriefDownloads.Markdown, given.HostKey);
        using var without = await server.DownloadAsync(none.Code, DebriefDownloads.Markdown, none.HostKey);
        var markdown = await withCover.Content.ReadAsStringAsync();

        Assert.Contains(@"- Dorp of locatie: Dorpshuis \*De Linde\*", markdown);
        Assert.Contains("- Begeleider: Anna de Vries", markdown);
        Assert.True(markdown.IndexOf("- Begeleider", StringComparison.Ordinal) < markdown.IndexOf("## ", StringComparison.Ordinal), "The cover lines come before the first section.");
        var plain = await without.Content.ReadAsStringAsync();
        Assert.DoesNotContain("Dorp of locatie", plain);
        Assert.DoesNotContain("- Begeleider:", plain);
    }

    /// <summary>Plays the scripted session to its debrief and downloads its Markdown with the host key.</summary>
    private async Task<string> MarkdownOfTheScriptedSessionAsync()
    {
        var play = await ScriptedSession.PlayAsync(server.Grains);
        using var response = await server.DownloadAsync(play.Code, DebriefDownloads.Markdown, play.HostKey);
        return await response.Content.ReadAsStringAsync();
    }

    public static TheoryData<string> AllFormats() => [.. Formats];

    [Theory]
    [MemberData(nameof(AllFormats))]
    public async Task An_export_without_the_host_key_is_refused_and_holds_no_data(string format)
    {
        var play = await ScriptedSession.PlayAsync(server.Grains);

        using var response = await server.DownloadAsync(play.Code, format, hostKey: null);

        await AssertRefused(response, HttpStatusCode.Forbidden, ErrorCode.WrongHostKey);
    }

    [Theory]
    [MemberData(nameof(AllFormats))]
    public async Task An_export_with_a_wrong_host_key_is_refused_and_holds_no_data(string format)
    {
        var play = await ScriptedSession.PlayAsync(server.Grains);

        using var response = await server.DownloadAsync(play.Code, format, "AAAAAAAAAAAAAAAAAAAAAA");

        await AssertRefused(response, HttpStatusCode.Forbidden, ErrorCode.WrongHostKey);
    }

    [Fact]
    public async Task An_export_before_the_debrief_is_refused_as_a_conflict()
    {
        var play = await Play.OpenAsync(server.Grains, TestDecks.WithCards(1));
        await play.JoinAsync("Henk", TestDecks.Wethouder);

        using var response = await server.DownloadAsync(play.Code, DebriefDownloads.Csv, play.HostKey);

        await AssertRefused(response, HttpStatusCode.Conflict, ErrorCode.WrongPhase);
    }

    [Fact]
    public async Task An_export_of_a_session_that_does_not_exist_is_not_found()
    {
        using var response = await server.DownloadAsync(JoinCode.NewCode(), DebriefDownloads.Json, "AAAAAAAAAAAAAAAAAAAAAA");

        await AssertRefused(response, HttpStatusCode.NotFound, ErrorCode.SessionNotFound);
    }

    private static async Task AssertRefused(HttpResponseMessage response, HttpStatusCode status, ErrorCode code)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(body);
        Assert.Equal(code.ToString(), problem.RootElement.GetProperty("code").GetString());
        Assert.DoesNotContain("Henk", body);
        Assert.DoesNotContain("Kaart 1", body);
        Assert.DoesNotContain(ScriptedSession.Bouwsteen, body);
    }
}
