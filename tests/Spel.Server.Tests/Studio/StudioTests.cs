using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Spel.Scenarios.Decks;
using Spel.Scenarios.Play;
using Spel.Scenarios.Studio;
using Spel.Server.Sessions;
using Spel.Server.Tests.Support;
using static Spel.Server.Tests.Studio.StudioServer;

namespace Spel.Server.Tests.Studio;

public sealed partial class StudioTests(StudioServer server) : IClassFixture<StudioServer>
{
    public static TheoryData<string, string> Endpoints => new()
    {
        { "GET", StudioApi.Key },
        { "GET", StudioApi.Decks },
        { "GET", StudioApi.Deck("wie-heeft-de-regie") },
        { "PUT", StudioApi.Deck("zonder-sleutel") },
        { "POST", StudioApi.Duplicate("wie-heeft-de-regie") },
        { "GET", StudioApi.Versions("wie-heeft-de-regie") },
        { "POST", StudioApi.Restore("zonder-sleutel", 1) },
        { "GET", StudioApi.Yaml("wie-heeft-de-regie") },
        { "POST", StudioApi.Check },
        { "POST", StudioApi.Upload },
        { "POST", StudioApi.ImportCsv },
    };

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Every_studio_endpoint_refuses_without_the_trainer_key_and_with_a_wrong_one(string method, string path)
    {
        var stranger = server.Factory.CreateClient();
        var body = Json(Deck("zonder-sleutel"));

        var without = await stranger.SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Content = body });
        var wrong = new HttpRequestMessage(new HttpMethod(method), path) { Content = Json(Deck("zonder-sleutel")) };
        wrong.Headers.Add(StudioApi.KeyHeader, Key + "x");
        var wrongAnswer = await stranger.SendAsync(wrong);

        Assert.Equal(HttpStatusCode.Unauthorized, without.StatusCode);
        Assert.Equal(nameof(ErrorCode.WrongTrainerKey), await CodeOf(without));
        Assert.Equal(HttpStatusCode.Unauthorized, wrongAnswer.StatusCode);
        Assert.Equal(nameof(ErrorCode.WrongTrainerKey), await CodeOf(wrongAnswer));
        var list = await Read<List<StudioDeckEntry>>(await server.Trainer().GetAsync(StudioApi.Decks));
        Assert.DoesNotContain(list, d => d.Id.StartsWith("zonder-sleutel", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_right_key_is_accepted()
    {
        var answer = await server.Trainer().GetAsync(StudioApi.Key);

        Assert.Equal(HttpStatusCode.NoContent, answer.StatusCode);
    }

    [Fact]
    public async Task Saving_keeps_every_version_a_stale_version_is_refused_and_restore_saves_an_old_one_as_the_newest()
    {
        var http = server.Trainer();
        var first = Deck("eigen-versies");
        var second = first with { Title = "Tweede versie" };

        var created = await Put(http, first, "0");
        server.Time.Advance(TimeSpan.FromMinutes(5));
        var edited = await Put(http, second, "1");
        var stale = await Put(http, first with { Title = "Van een oude kopie" }, "1");
        var versions = await Read<List<StudioVersion>>(await http.GetAsync(StudioApi.Versions(first.Id)));
        using var restore = new HttpRequestMessage(HttpMethod.Post, StudioApi.Restore(first.Id, 1));
        restore.Headers.IfMatch.Add(new EntityTagHeaderValue("\"2\""));
        var restored = await http.SendAsync(restore);
        var opened = await http.GetAsync(StudioApi.Deck(first.Id));

        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        Assert.Equal("\"1\"", created.Headers.ETag?.Tag);
        var saved = await Read<StudioSaved>(edited);
        Assert.Equal((first.Id, 2, Now.AddMinutes(5)), (saved.Id, saved.Version, saved.SavedAt));
        Assert.Empty(saved.Problems);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(nameof(ErrorCode.DeckChanged), await CodeOf(stale));
        Assert.Equal([(2, "Tweede versie", Now.AddMinutes(5)), (1, "Testspel", Now)], versions.Select(v => (v.Version, v.Title, v.SavedAt)));
        Assert.Equal(3, (await Read<StudioSaved>(restored)).Version);
        Assert.Equal("\"3\"", opened.Headers.ETag?.Tag);
        var deck = await Read<StudioDeck>(opened);
        Assert.Equal((first, StudioDeckKind.Own, 3), (deck.Deck, deck.Kind, deck.Version));
    }

    [Fact]
    public async Task The_last_fifty_versions_are_kept()
    {
        var http = server.Trainer();
        var deck = Deck("eigen-vijftig");
        for (var version = 1; version <= Server.Studio.OwnDecks.KeptVersions + 1; version++)
        {
            Assert.Equal(HttpStatusCode.OK, (await Put(http, deck with { Title = $"Versie {version}" }, (version - 1).ToString())).StatusCode);
        }

        var versions = await Read<List<StudioVersion>>(await http.GetAsync(StudioApi.Versions(deck.Id)));

        Assert.Equal(Enumerable.Range(2, 50).Reverse(), versions.Select(v => v.Version));
        Assert.Equal("Versie 51", versions[0].Title);
    }

    [Fact]
    public async Task A_new_deck_may_not_take_an_id_that_is_in_use_and_a_shipped_deck_is_read_only()
    {
        var http = server.Trainer();
        await Put(http, Deck("eigen-bezet"), "0");

        var ownTaken = await Put(http, Deck("eigen-bezet") with { Title = "Een ander" }, "0");
        var shippedTaken = await Put(http, Deck("wie-heeft-de-regie"), "0");
        var shippedEdited = await Put(http, Deck("wie-heeft-de-regie"), "1");
        var noIfMatch = await http.PutAsync(StudioApi.Deck("eigen-zonder-if-match"), Json(Deck("eigen-zonder-if-match")));
        await Put(http, Deck("eigen-andere-id"), "0");
        var otherId = await http.SendAsync(MismatchedPut());

        Assert.Equal((HttpStatusCode.Conflict, nameof(ErrorCode.DeckIdTaken)), (ownTaken.StatusCode, await CodeOf(ownTaken)));
        Assert.Equal((HttpStatusCode.Conflict, nameof(ErrorCode.DeckIdTaken)), (shippedTaken.StatusCode, await CodeOf(shippedTaken)));
        Assert.Equal((HttpStatusCode.Forbidden, nameof(ErrorCode.DeckReadOnly)), (shippedEdited.StatusCode, await CodeOf(shippedEdited)));
        Assert.Equal(HttpStatusCode.PreconditionRequired, noIfMatch.StatusCode);
        Assert.Equal((HttpStatusCode.BadRequest, nameof(ErrorCode.DeckUnreadable)), (otherId.StatusCode, await CodeOf(otherId)));
        Assert.Equal("Testspel", (await Read<StudioDeck>(await http.GetAsync(StudioApi.Deck("eigen-bezet")))).Deck.Title);
    }

    private static HttpRequestMessage MismatchedPut()
    {
        var request = new HttpRequestMessage(HttpMethod.Put, StudioApi.Deck("eigen-andere-id")) { Content = Json(Deck("iets-anders")) };
        request.Headers.IfMatch.Add(new EntityTagHeaderValue("\"1\""));
        return request;
    }

    [Fact]
    public async Task A_saved_deck_is_offered_on_the_start_page_at_once_and_a_session_opens_on_it()
    {
        var http = server.Trainer();
        var deck = Deck("eigen-meteen") with { Title = "Meteen te spelen" };

        await Put(http, deck, "0");
        var decks = await server.Factory.CreateClient().GetFromJsonAsync<List<DeckSummary>>("/api/decks");
        var session = await server.Factory.CreateClient().PostAsJsonAsync(SessionApi.Sessions, new CreateSessionRequest(deck.Id));

        var summary = Assert.Single(decks!, d => d.Id == deck.Id);
        Assert.Equal(("Meteen te spelen", 2), (summary.Title, summary.CardCount));
        Assert.Contains(decks!, d => d.Id == "wie-heeft-de-regie");
        Assert.Equal(HttpStatusCode.Created, session.StatusCode);
    }

    [Fact]
    public async Task A_draft_that_is_not_playable_is_saved_with_its_problems_and_not_offered_to_facilitators()
    {
        var http = server.Trainer();
        var draft = Deck("eigen-concept") with { Title = "" };

        var saved = await Read<StudioSaved>(await Put(http, draft, "0"));
        var opened = await Read<StudioDeck>(await http.GetAsync(StudioApi.Deck(draft.Id)));
        var list = await Read<List<StudioDeckEntry>>(await http.GetAsync(StudioApi.Decks));
        var decks = await server.Factory.CreateClient().GetFromJsonAsync<List<DeckSummary>>("/api/decks");
        var session = await server.Factory.CreateClient().PostAsJsonAsync(SessionApi.Sessions, new CreateSessionRequest(draft.Id));

        Assert.NotEmpty(saved.Problems);
        Assert.All(saved.Problems, p => Assert.True(p.Line > 0 && p.MessageNl.Length > 0 && p.MessageEn.Length > 0));
        Assert.Equal(draft, opened.Deck);
        Assert.Equal(saved.Problems, opened.Problems);
        var entry = Assert.Single(list, d => d.Id == draft.Id);
        Assert.Equal((StudioDeckKind.Own, false), (entry.Kind, entry.IsPlayable));
        Assert.DoesNotContain(decks!, d => d.Id == draft.Id);
        Assert.Equal(HttpStatusCode.NotFound, session.StatusCode);
    }

    [Fact]
    public async Task A_new_version_does_not_change_a_session_that_is_running_on_the_deck()
    {
        var http = server.Trainer();
        var deck = Deck("eigen-lopend");
        await Put(http, deck, "0");
        var session = await server.Factory.CreateSessionAsync(deck.Id);
        var grain = server.Factory.Services.GetRequiredService<IGrainFactory>().GetGrain<ISessionGrain>(session.Code);
        await grain.Join(new JoinRequest("Anna", TestDecks.Bestuurslid.Side, TestDecks.Bestuurslid.Id));
        await grain.Join(new JoinRequest("Bert", TestDecks.Wethouder.Side, TestDecks.Wethouder.Id));
        Assert.True((await grain.Command(session.HostKey, HostCommand.Start)).IsOk);

        var changed = deck with { Title = "Veranderd", Cards = deck.Cards.Select(c => c with { Situation = "Een heel andere situatie." }).ToList() };
        Assert.Equal(HttpStatusCode.OK, (await Put(http, changed, "1")).StatusCode);
        var round = (await grain.GetFacilitatorView(session.HostKey)).Value!.Round;

        Assert.Equal("Testspel", round.DeckTitle);
        Assert.Equal(deck.Cards[0].Situation, round.Card!.Situation);
    }

    [Fact]
    public async Task Duplicating_makes_an_editable_copy_under_a_free_id_titled_as_a_copy_in_the_decks_language()
    {
        var http = server.Trainer();

        var first = await http.PostAsync(StudioApi.Duplicate("wie-heeft-de-regie"), null);
        var second = await http.PostAsync(StudioApi.Duplicate("wie-heeft-de-regie"), null);
        var english = await http.PostAsync(StudioApi.Duplicate("who-holds-control"), null);
        var copy = await Read<StudioDeck>(await http.GetAsync(StudioApi.Deck("wie-heeft-de-regie-kopie")));
        var englishCopy = await Read<StudioDeck>(await http.GetAsync(StudioApi.Deck("who-holds-control-kopie")));
        var shipped = await Read<StudioDeck>(await http.GetAsync(StudioApi.Deck("wie-heeft-de-regie")));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(StudioApi.Deck("wie-heeft-de-regie-kopie"), first.Headers.Location?.OriginalString);
        var firstSaved = await Read<StudioSaved>(first);
        Assert.Equal(("wie-heeft-de-regie-kopie", 1), (firstSaved.Id, firstSaved.Version));
        Assert.Equal("wie-heeft-de-regie-kopie-2", (await Read<StudioSaved>(second)).Id);
        Assert.Equal(HttpStatusCode.Created, english.StatusCode);
        Assert.Equal($"{shipped.Deck.Title} (kopie)", copy.Deck.Title);
        Assert.EndsWith(" (copy)", englishCopy.Deck.Title);
        Assert.Equal(shipped.Deck.Cards, copy.Deck.Cards);
        Assert.Equal((StudioDeckKind.Shipped, StudioDeckKind.Own), (shipped.Kind, copy.Kind));
    }

    [Theory]
    [InlineData("wie-heeft-de-regie")]
    [InlineData("eigen-download")]
    public async Task A_download_is_a_yaml_attachment_that_reads_back_to_an_equal_deck(string id)
    {
        var http = server.Trainer();
        if (id == "eigen-download")
        {
            await Put(http, Deck(id), "0");
        }

        var download = await http.GetAsync(StudioApi.Yaml(id));
        var opened = await Read<StudioDeck>(await http.GetAsync(StudioApi.Deck(id)));

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("text/yaml", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal($"{id}.yaml", download.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.Equal(opened.Deck, DeckReader.Parse(await download.Content.ReadAsStringAsync(), $"{id}.yaml"));
    }

    [Fact]
    public async Task Check_lists_what_the_validator_says_and_saves_nothing()
    {
        var http = server.Trainer();
        var deck = Deck("eigen-alleen-controleren");
        var tooLong = deck with { Cards = deck.Cards.Select(c => c with { Situation = new string('a', DeckLimits.Situation + 1) }).ToList() };

        var good = await Read<StudioCheck>(await http.PostAsync(StudioApi.Check, Json(deck)));
        var bad = await Read<StudioCheck>(await http.PostAsync(StudioApi.Check, Json(tooLong)));

        Assert.True(good.IsPlayable);
        Assert.Equal(
            DeckCheck.Of(tooLong, "eigen-alleen-controleren.yaml").Select(p => (p.Line, p.Column, p.MessageNl, p.MessageEn)),
            bad.Problems.Select(p => (p.Line, p.Column, p.MessageNl, p.MessageEn)));
        Assert.Equal(2, bad.Problems.Count);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync(StudioApi.Deck(deck.Id))).StatusCode);
    }

    public static TheoryData<string> BrokenDecks => new(Directory.EnumerateFiles(Corpus, "*.yaml").Select(Path.GetFileName).Order()!);

    private static string Corpus { get; } = Path.Combine(Repository.Root, "tests", "Spel.Scenarios.DeckFiles.Tests", "Decks", "Broken");

    [Theory]
    [MemberData(nameof(BrokenDecks))]
    public async Task An_uploaded_broken_deck_gets_every_problem_at_its_line_and_column_and_nothing_is_saved(string file)
    {
        var text = await File.ReadAllTextAsync(Path.Combine(Corpus, file));
        var before = await Read<List<StudioDeckEntry>>(await server.Trainer().GetAsync(StudioApi.Decks));

        var answer = await server.Trainer().PostAsync(StudioApi.Upload, new StringContent(text, Encoding.UTF8, "text/yaml"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, answer.StatusCode);
        var check = await Read<StudioCheck>(answer);
        var expected = ExpectedPlace().Matches(text[text.IndexOf("# Verwacht / expected:", StringComparison.Ordinal)..])
            .Select(m => (int.Parse(m.Groups[1].Value), int.Parse(m.Groups[2].Value)));
        Assert.Equal(expected, check.Problems.Select(p => (p.Line, p.Column)));
        Assert.All(check.Problems, p => Assert.True(p.MessageNl.Length > 0 && p.MessageEn.Length > 0));
        var after = await Read<List<StudioDeckEntry>>(await server.Trainer().GetAsync(StudioApi.Decks));
        Assert.Equal(before.Count(d => d.Kind == StudioDeckKind.Own), after.Count(d => d.Kind == StudioDeckKind.Own));
    }

    [GeneratedRegex(@"^# (\d+):(\d+)$", RegexOptions.Multiline)]
    private static partial Regex ExpectedPlace();

    [Fact]
    public async Task An_uploaded_good_deck_is_saved_as_a_new_own_deck_and_with_if_match_as_its_next_version()
    {
        var http = server.Trainer();
        var deck = Deck("eigen-upload");

        var created = await http.PostAsync(StudioApi.Upload, new StringContent(DeckWriter.Write(deck), Encoding.UTF8, "text/yaml"));
        var again = await http.PostAsync(StudioApi.Upload, new StringContent(DeckWriter.Write(deck), Encoding.UTF8, "text/yaml"));
        using var next = new HttpRequestMessage(HttpMethod.Post, StudioApi.Upload) { Content = new StringContent(DeckWriter.Write(deck with { Title = "Nieuw" }), Encoding.UTF8, "text/yaml") };
        next.Headers.IfMatch.Add(new EntityTagHeaderValue("\"1\""));
        var versioned = await http.SendAsync(next);
        var shipped = await http.PostAsync(StudioApi.Upload, new StringContent(DeckWriter.Write(deck with { Id = "wie-heeft-de-regie" }), Encoding.UTF8, "text/yaml"));

        var uploaded = await Read<StudioUploaded>(created);
        Assert.Equal((deck, 1), (uploaded.Deck, uploaded.Saved.Version));
        Assert.Equal((HttpStatusCode.Conflict, nameof(ErrorCode.DeckIdTaken)), (again.StatusCode, await CodeOf(again)));
        Assert.Equal((2, "\"2\""), ((await Read<StudioUploaded>(versioned)).Saved.Version, versioned.Headers.ETag?.Tag));
        Assert.Equal((HttpStatusCode.Forbidden, nameof(ErrorCode.DeckReadOnly)), (shipped.StatusCode, await CodeOf(shipped)));
    }

    [Fact]
    public async Task A_spreadsheet_gives_its_cards_and_a_wrong_row_its_problem_and_nothing_is_saved()
    {
        var sample = await File.ReadAllBytesAsync(Path.Combine(Repository.Root, "docs", "samples", "kaarten.csv"));
        var broken = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(sample).Replace(";aanjager;", ";aanjaagster;", StringComparison.Ordinal));
        var before = await Read<List<StudioDeckEntry>>(await server.Trainer().GetAsync(StudioApi.Decks));

        var good = await Read<StudioCsvImport>(await server.Trainer().PostAsync(StudioApi.ImportCsv, new ByteArrayContent(sample)));
        var wrong = await Read<StudioCsvImport>(await server.Trainer().PostAsync(StudioApi.ImportCsv, new ByteArrayContent(broken)));

        Assert.Equal(["wensbus", "eerst-eten-dan-praten"], good.Cards.Select(c => c.Id));
        Assert.Empty(good.Problems);
        var problem = Assert.Single(wrong.Problems);
        Assert.Equal((3, 8), (problem.Line, problem.Column));
        Assert.Contains("aanjaagster", problem.MessageNl, StringComparison.Ordinal);
        var after = await Read<List<StudioDeckEntry>>(await server.Trainer().GetAsync(StudioApi.Decks));
        Assert.Equal(before.Count, after.Count);
    }

    [Fact]
    public async Task A_body_over_the_limit_is_refused_before_it_is_read_as_a_deck()
    {
        var huge = new StringContent(new string('a', (int)StudioApi.MaxRequestBytes + 1), Encoding.UTF8, "text/yaml");

        var answer = await server.Trainer().PostAsync(StudioApi.Upload, huge);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, answer.StatusCode);
    }

    [Fact]
    public async Task The_studio_list_shows_shipped_then_own_decks()
    {
        var http = server.Trainer();
        await Put(http, Deck("eigen-in-de-lijst"), "0");

        var list = await Read<List<StudioDeckEntry>>(await http.GetAsync(StudioApi.Decks));

        Assert.Equal(StudioDeckKind.Shipped, list[0].Kind);
        Assert.Contains(list, d => d.Id == "wie-heeft-de-regie" && d.Kind == StudioDeckKind.Shipped && d.IsPlayable);
        var own = Assert.Single(list, d => d.Id == "eigen-in-de-lijst");
        Assert.Equal((StudioDeckKind.Own, 1, 2, "nl", true), (own.Kind, own.Version, own.Cards, own.Language, own.IsPlayable));
        Assert.True(list.FindIndex(d => d.Kind == StudioDeckKind.Own) > list.FindLastIndex(d => d.Kind == StudioDeckKind.Shipped));
    }
}
