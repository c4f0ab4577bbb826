using System.Net.Http.Json;
using System.Text;
using Microsoft.Data.Sqlite;
using Spel.Scenarios.Decks;
using Spel.Scenarios.Play;
using Spel.Scenarios.Studio;
using Spel.Server.Studio;
using Spel.Server.Tests.Support;
using static Spel.Server.Tests.Studio.StudioServer;

namespace Spel.Server.Tests.Studio;

/// <summary>
/// A committed spel.db that a real server saved (docs/storage.md, "Trainer decks"): the own deck "eigen-voorbeeld",
/// version 1 (two cards, 2026-12-01 20:00 UTC) and version 2 (one card, retitled, ten minutes later), in
/// <see cref="OwnDeckState"/> format 1. A sample is never regenerated to make a test pass. Its option `samen` says
/// `stance: samenwerken`, which was a stance before issue 13 and is no step of the participation ladder now.
/// </summary>
public sealed class OwnDeckSampleTests
{
    private const string DeckId = "eigen-voorbeeld";

    private static string Sample { get; } = Path.Combine(Repository.Root, "tests", "Spel.Server.Tests", "Studio", "Samples", "own-deck-v1.sqlite");

    [Fact]
    public void The_sample_holds_the_deck_as_deck_file_text_in_format_1()
    {
        // Immutable: a WAL file opened even read-only would get -wal and -shm files beside it in the repository.
        using var connection = new SqliteConnection($"Data Source=file:{Sample}?immutable=1;Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT payload FROM grain_state WHERE grain_id = $id AND state_name = $state";
        command.Parameters.AddWithValue("$id", DeckId);
        command.Parameters.AddWithValue("$state", OwnDeckGrain.StateName);

        var payload = Encoding.UTF8.GetString((byte[])command.ExecuteScalar()!);

        Assert.Contains("\"FormatVersion\":1", payload);
        Assert.Contains("id: eigen-voorbeeld\\ntitle: Eigen voorbeeld, tweede versie\\n", payload);
    }

    [Fact]
    public async Task A_server_on_the_sample_keeps_the_deck_with_both_versions_and_opens_it_asking_for_a_step_of_the_ladder()
    {
        await OnTheSampleAsync(async http =>
        {
            var versions = await Read<List<StudioVersion>>(await http.GetAsync(StudioApi.Versions(DeckId)));
            var opened = await Read<StudioDeck>(await http.GetAsync(StudioApi.Deck(DeckId)));

            Assert.Equal(
                [(2, Now.AddMinutes(10), "Eigen voorbeeld, tweede versie", 1), (1, Now, "Eigen voorbeeld", 2)],
                versions.Select(v => (v.Version, v.SavedAt, v.Title, v.Cards)));
            Assert.Equal((2, "Eigen voorbeeld, tweede versie", "kaart-1"), (opened.Version, opened.Deck.Title, opened.Deck.Cards.Single().Id));
            var problem = Assert.Single(opened.Problems);
            Assert.Equal(("cards[0].options[1].gemeente_stance", 34, 17), (problem.Path, problem.Line, problem.Column));
            Assert.StartsWith("`samenwerken` bij `stance` is geen houding meer. De houding is nu die van de gemeente in deze optie", problem.MessageNl);
            Assert.Equal(Stance.Samenwerken, opened.Deck.Cards.Single().FindOption("samen")!.Stance);
        });
    }

    // The sample's newest version was playable when it was saved; this server's validator refuses its old stance, so
    // the index renews its problems when it wakes, and the start page no longer offers a deck no session could start on.
    [Fact]
    public async Task A_deck_saved_as_playable_with_an_old_stance_is_listed_with_its_problem_and_not_offered_to_facilitators()
    {
        await OnTheSampleAsync(async http =>
        {
            var listed = (await Read<List<StudioDeckEntry>>(await http.GetAsync(StudioApi.Decks))).Single(d => d.Id == DeckId);
            var offered = await http.GetFromJsonAsync<DeckSummary[]>("/api/decks");

            Assert.False(listed.IsPlayable);
            Assert.Equal("cards[0].options[1].gemeente_stance", Assert.Single(listed.Problems).Path);
            Assert.DoesNotContain(offered!, d => d.Id == DeckId);
            Assert.Contains(offered!, d => d.Id == "wie-heeft-de-regie");
        });
    }

    /// <summary>Runs <paramref name="test"/> against a server started on a copy of the sample, with the trainer key given.</summary>
    private static async Task OnTheSampleAsync(Func<HttpClient, Task> test)
    {
        var dataFolder = SpelServerFactory.FreshDataFolder();
        Directory.CreateDirectory(dataFolder);
        File.Copy(Sample, Path.Combine(dataFolder, "spel.db"));
        await using var server = new SpelServerFactory(dataFolder, new Dictionary<string, string> { ["Spel:TrainerKey"] = Key });
        try
        {
            var http = server.CreateClient();
            http.DefaultRequestHeaders.Add(StudioApi.KeyHeader, Key);
            await test(http);
        }
        finally
        {
            server.DeleteData();
        }
    }
}
