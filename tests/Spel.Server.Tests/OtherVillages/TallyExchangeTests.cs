using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Orleans.Storage;
using Spel.Scenarios.Decks;
using Spel.Scenarios.Play;
using Spel.Server.OtherVillages;
using Spel.Server.Tests.Debrief;
using Spel.Server.Tests.Support;

namespace Spel.Server.Tests.OtherVillages;

/// <summary>The console's tally file over HTTP: the download names nobody, an upload counts each session once, a bad one changes nothing.</summary>
public sealed class TallyExchangeTests(DebriefServer server) : IClassFixture<DebriefServer>
{
    [Fact]
    public async Task The_export_holds_each_shared_cards_first_votes_under_an_anonymous_id_and_no_name_role_code_or_text()
    {
        var play = await ScriptedSession.PlayAsync(server.Grains, settings: s => s with { ShareWithOtherVillages = true });

        using var response = await ExportAsync(play.Code, play.HostKey);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var text = Encoding.UTF8.GetString(bytes);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"tally-{TestDecks.WithCards(2).Id}.json", response.Content.Headers.ContentDisposition?.FileName);
        foreach (var secret in new[] { "Henk", "Anna", "Piet", play.Code, play.HostKey, play.RecoveryCode, "wethouder", "bestuurslid", "initiatiefnemer",
                     ScriptedSession.NextStep, ScriptedSession.Who, ScriptedSession.Bouwsteen, "Vergunning" })
        {
            Assert.DoesNotContain(secret, text, StringComparison.OrdinalIgnoreCase);
        }

        var session = TallyFile.Read(bytes).Sessions.Single();
        Assert.Matches("^[0-9a-f]{32}$", session.Id);
        Assert.Equal([3, 2], session.Cards.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => c.Value.Count));
        Assert.Contains(new SharedAnswer(Eigenaarschap.Gemeente, Regie.VolledigGemeente, "regels"), session.Cards[TestDecks.WithCards(2).Cards[0].Id]);
    }

    [Fact]
    public async Task A_session_that_does_not_share_has_no_tally_to_export_and_a_wrong_key_gets_nothing()
    {
        var play = await ScriptedSession.PlayAsync(server.Grains);

        using var notShared = await ExportAsync(play.Code, play.HostKey);
        using var wrongKey = await ExportAsync(play.Code, "geen-sleutel");

        Assert.Equal(ErrorCode.TallyNotShared, await CodeOf(notShared));
        Assert.Equal((HttpStatusCode.Forbidden, ErrorCode.WrongHostKey), (wrongKey.StatusCode, await CodeOf(wrongKey)));
    }

    [Fact]
    public async Task An_imported_file_counts_each_of_its_sessions_once_however_often_it_comes()
    {
        var deck = $"deck-{Guid.NewGuid():n}";
        var play = await Play.OpenAsync(server.Grains, TestDecks.WithCards(1));
        var file = ThreeSessions(deck);

        var first = await ImportAsync(play, file);
        var again = await ImportAsync(play, file);

        Assert.Equal(new TallyImported(3, 3), first);
        Assert.Equal(new TallyImported(3, 0), again);
        var others = await server.Grains.GetGrain<ICardTallyGrain>(CardTally.Key(deck, "kaart")).Get(excludingSession: play.Code);
        Assert.Equal((3, 3), (others!.Sessions, others.Answers.Count));
    }

    [Theory]
    [InlineData("bad-part")]
    [InlineData("newer")]
    [InlineData("oversized")]
    public async Task A_refused_file_changes_no_tally(string which)
    {
        var deck = $"deck-{Guid.NewGuid():n}";
        var play = await Play.OpenAsync(server.Grains, TestDecks.WithCards(1));
        await ImportAsync(play, ThreeSessions(deck));
        var fresh = ThreeSessions(deck, firstId: 'd');
        var lastCount = fresh.LastIndexOf("\"count\": 1", StringComparison.Ordinal);
        var goodThenBad = fresh[..lastCount] + "\"count\": 0" + fresh[(lastCount + "\"count\": 1".Length)..];
        var (body, expected) = which switch
        {
            "bad-part" => (goodThenBad, (HttpStatusCode.BadRequest, ErrorCode.TallyUnreadable)),
            "newer" => (fresh.Replace("\"version\": 1", "\"version\": 2", StringComparison.Ordinal), (HttpStatusCode.BadRequest, ErrorCode.TallyNewerVersion)),
            _ => (fresh + new string(' ', TallyFiles.MaxBytes), (HttpStatusCode.RequestEntityTooLarge, ErrorCode.TallyTooLarge)),
        };

        using var refused = await PostAsync(play, body);

        Assert.Equal(expected, (refused.StatusCode, await CodeOf(refused)));
        var others = await server.Grains.GetGrain<ICardTallyGrain>(CardTally.Key(deck, "kaart")).Get(excludingSession: play.Code);
        Assert.Equal(3, others!.Sessions);
    }

    [Fact]
    public async Task Only_the_main_console_imports()
    {
        var play = await Play.OpenAsync(server.Grains, TestDecks.WithCards(1));
        var notulist = (await play.Session.GrantConsole(play.HostKey, ConsoleRole.Notulist)).Value!;

        using var request = new HttpRequestMessage(HttpMethod.Post, TallyFiles.Path(play.Code)) { Content = new StringContent(ThreeSessions("een-deck")) };
        request.Headers.Add(TallyFiles.HostKeyHeader, notulist.Secret);
        using var refused = await server.SendAsync(request);

        Assert.Equal((HttpStatusCode.Forbidden, ErrorCode.MainConsoleOnly), (refused.StatusCode, await CodeOf(refused)));
    }

    /// <summary>
    /// <c>card-tally-state-v3.json</c> is a tally as servers before tally files saved it (format version 3, only the
    /// votes per join code), written in that shape: it reads with no tally ids and no imports, and its session counts.
    /// </summary>
    [Fact]
    public void A_tally_saved_before_tally_files_reads_with_its_votes_and_nothing_imported()
    {
        var format = server.Services.GetRequiredService<IGrainStorageSerializer>();
        var saved = File.ReadAllBytes(Path.Combine(Path.GetDirectoryName(TallyFileTests.SamplePath)!, "card-tally-state-v3.json"));

        var state = format.Deserialize<CardTallyState>(new BinaryData(saved))!;

        Assert.Equal([new SharedAnswer(Eigenaarschap.GemeenschapMetBijdrage, Regie.VooralGemeenschap, "een-project"), new SharedAnswer(Eigenaarschap.Gemeente, Regie.Gedeeld, "terras-apart")],
            state.Sessions["KQRW7XM"]);
        Assert.Empty(state.TallyIds);
        Assert.Empty(state.Imported);
    }

    /// <summary>Three sessions' one vote on <c>kaart</c> of <paramref name="deck"/>; ids from <paramref name="firstId"/> on.</summary>
    private static string ThreeSessions(string deck, char firstId = 'a') =>
        $$"""{ "format": "spel.tally", "version": 1, "sessions": [ {{string.Join(", ", Enumerable.Range(0, 3).Select(i =>
            $$"""{ "id": "{{new string((char)(firstId + i), 32)}}", "deck": "{{deck}}", "cards": [ { "card": "kaart", "votes": [ { "eigenaarschap": 1, "regie": 1, "option": "a", "count": 1 } ] } ] }"""))}} ] }""";

    private async Task<HttpResponseMessage> ExportAsync(string code, string hostKey)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, TallyFiles.Path(code));
        request.Headers.Add(TallyFiles.HostKeyHeader, hostKey);
        return await server.SendAsync(request);
    }

    private async Task<HttpResponseMessage> PostAsync(Play play, string body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, TallyFiles.Path(play.Code)) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add(TallyFiles.HostKeyHeader, play.HostKey);
        return await server.SendAsync(request);
    }

    private async Task<TallyImported> ImportAsync(Play play, string body)
    {
        using var response = await PostAsync(play, body);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<TallyImported>())!;
    }

    private static async Task<ErrorCode> CodeOf(HttpResponseMessage response)
    {
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return Enum.Parse<ErrorCode>(problem.RootElement.GetProperty("code").GetString()!);
    }
}
