using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Spel.Scenarios.Decks;
using Spel.Scenarios.Play;
using Spel.Server.Decks;
using Spel.Server.Hosting;
using Spel.Server.Tests.Support;

namespace Spel.Server.Tests.Decks;

public sealed class DeckCatalogTests : IDisposable
{
    private readonly DeckFolder _folder = new();

    // The shipped decks stand apart; these tests are about what a folder adds.
    private readonly DirectoryInfo _noShipped = Directory.CreateTempSubdirectory("spel-shipped-");

    public void Dispose()
    {
        _folder.Dispose();
        _noShipped.Delete(recursive: true);
    }

    [Fact]
    public void A_broken_deck_is_not_offered_the_good_one_is_and_the_log_says_why()
    {
        var logger = new ListLogger<FileDecks>();

        var catalog = new FileDecks(_noShipped.FullName, _folder.Path, logger);

        Assert.Equal("test-deck", Assert.Single(catalog.Decks).Id);
        Assert.Null(catalog.Find("kapot"));
        Assert.Equal(
            [
                "Deck file b-kapot.yaml (24:5) is not offered: Unknown field `situatie` in card `kaart-1`. Did you mean `situation`?",
            ],
            logger.Entries.Where(e => e.Level == LogLevel.Error).Select(e => e.Message));
    }

    [Fact]
    public void The_start_page_hears_which_cards_a_deck_suggests()
    {
        var suggesting = TestDecks.WithCards(3) with { Id = "voorstel" };
        suggesting = suggesting with { Cards = suggesting.Cards.Select((card, i) => card with { Suggested = i != 1 }).ToList() };
        DeckWriter.WriteFile(suggesting, Path.Combine(_folder.Path, "c-voorstel.yaml"));

        var catalog = new FileDecks(_noShipped.FullName, _folder.Path, new ListLogger<FileDecks>());

        var summary = catalog.Decks.Single(d => d.Id == "voorstel");
        Assert.Equal([true, false, true], summary.Cards.Select(c => c.Suggested));
        Assert.All(catalog.Decks.Single(d => d.Id == "test-deck").Cards, c => Assert.False(c.Suggested));
    }

    [Fact]
    public void A_deck_id_in_two_files_is_offered_from_neither_the_log_names_both_and_the_other_decks_stay()
    {
        File.Copy(Path.Combine(_folder.Path, DeckFolder.GoodFile), Path.Combine(_folder.Path, "c-kopie.yaml"));
        DeckWriter.WriteFile(TestDecks.WithCards(1) with { Id = "ander" }, Path.Combine(_folder.Path, "d-ander.yaml"));
        var logger = new ListLogger<FileDecks>();

        var catalog = new FileDecks(_noShipped.FullName, _folder.Path, logger);

        Assert.Equal("ander", Assert.Single(catalog.Decks).Id);
        Assert.Null(catalog.Find("test-deck"));
        const string both = "The deck id `test-deck` is used by `a-goed.yaml` and `c-kopie.yaml`; give each deck its own `id`. Until then the server offers neither.";
        Assert.Equal(
            [
                $"Deck file a-goed.yaml (1:5) is not offered: {both}",
                "Deck file b-kapot.yaml (24:5) is not offered: Unknown field `situatie` in card `kaart-1`. Did you mean `situation`?",
                $"Deck file c-kopie.yaml (1:5) is not offered: {both}",
            ],
            logger.Entries.Where(e => e.Level == LogLevel.Error).Select(e => e.Message));
    }

    [Fact]
    public void A_folder_deck_with_a_shipped_decks_id_takes_its_place_and_the_log_says_so()
    {
        var shipped = new DeckFolder();
        try
        {
            File.Delete(Path.Combine(shipped.Path, DeckFolder.BrokenFile));
            DeckWriter.WriteFile(TestDecks.WithCards(1) with { Id = "ander" }, Path.Combine(shipped.Path, "c-ander.yaml"));
            DeckWriter.WriteFile(TestDecks.WithCards(3) with { Id = "ander" }, Path.Combine(_folder.Path, "c-ander-langer.yaml"));
            var logger = new ListLogger<FileDecks>();

            var catalog = new FileDecks(shipped.Path, _folder.Path, logger);

            Assert.Equal(["test-deck", "ander"], catalog.Decks.Select(d => d.Id));
            Assert.Equal(3, catalog.Find("ander")!.Cards.Count);
            Assert.Equal(
                [$"Deck file c-ander-langer.yaml in {_folder.Path} takes the place of the shipped deck ander, whose id it has"],
                logger.Entries.Where(e => e.Level == LogLevel.Warning).Select(e => e.Message));
        }
        finally
        {
            shipped.Dispose();
        }
    }

    [Fact]
    public void A_problem_with_the_whole_file_is_logged_as_such()
    {
        File.WriteAllText(Path.Combine(_folder.Path, "c-leeg.yaml"), "# nog niets\n");
        var logger = new ListLogger<FileDecks>();

        _ = new FileDecks(_noShipped.FullName, _folder.Path, logger);

        Assert.Contains(
            "Deck file c-leeg.yaml (whole file) is not offered: The file holds only comments (lines starting with `#`), no deck. A deck starts with fields such as `id:` and `title:`, without a `#`.",
            logger.Entries.Where(e => e.Level == LogLevel.Error).Select(e => e.Message));
    }

    [Fact]
    public async Task The_running_server_adds_the_folders_good_deck_to_the_shipped_ones_and_opens_sessions_only_on_those()
    {
        await using var server = new SpelServerFactory(
            Path.Combine(Path.GetTempPath(), "spel-tests", Guid.NewGuid().ToString("n")),
            new Dictionary<string, string> { ["Spel:DecksFolder"] = _folder.Path });
        try
        {
            var http = server.CreateClient();

            var decks = await http.GetFromJsonAsync<List<DeckSummary>>("/api/decks");
            var onGood = await http.PostAsJsonAsync("/api/sessions", new CreateSessionRequest("test-deck"));
            var onBroken = await http.PostAsJsonAsync("/api/sessions", new CreateSessionRequest("kapot"));

            Assert.Contains(decks!, d => d.Id == "wie-heeft-de-regie");
            Assert.DoesNotContain(decks!, d => d.Id == "kapot");
            var summary = Assert.Single(decks!, d => d.Id == "test-deck");
            Assert.Equal(
                ("test-deck", "Testspel", "Een kleine stapel om mee te testen.", "nl", 2),
                (summary.Id, summary.Title, summary.Description, summary.Language, summary.CardCount));
            Assert.Equal(["kaart-1", "kaart-2"], summary.Cards.Select(c => c.Id));
            Assert.Equal(HttpStatusCode.Created, onGood.StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, onBroken.StatusCode);
        }
        finally
        {
            server.DeleteData();
        }
    }
}
