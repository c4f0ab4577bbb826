using Microsoft.Playwright;
using Spel.EndToEnd.Tests.Screens;
using Spel.EndToEnd.Tests.Support;
using Spel.Testing;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Spel.EndToEnd.Tests;

/// <summary>
/// The deck studio against the real server (issue 12): a trainer makes a deck of their own from a shipped one, and a
/// facilitator in another browser plays it at once, without a restart; a broken file is refused with its places.
/// </summary>
public sealed class DeckStudioTests(DeckStudioTests.StudioServer fixture, ITestOutputHelper output) : IClassFixture<DeckStudioTests.StudioServer>
{
    private const string TrainerKey = "de-sleutel-van-de-trainer-in-de-test";

    private const string CopyId = SpelServerFixture.DeckId + "-kopie";

    [Fact]
    public Task A_trainer_edits_a_copy_of_a_shipped_deck_and_a_facilitator_plays_it_without_a_restart() =>
        Scenario.PlayAsync(fixture.Server, output, "studio", async browsers =>
        {
            var trainer = await browsers.OpenAsync("trainer", "/decks", Browsers.Laptop);
            await trainer.GetByTestId("trainer-key").FillAsync(TrainerKey);
            await trainer.GetByTestId("key-submit").ClickAsync();

            await trainer.GetByTestId($"duplicate-{SpelServerFixture.DeckId}").ClickAsync();
            await Expect(trainer).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/decks/{CopyId}$"));
            const string title = "De wensbus van het dorp";
            await trainer.Locator("#card-title").FillAsync(title);
            await Expect(trainer.GetByTestId("preview-projector-Situatie").GetByTestId("card-title")).ToHaveTextAsync(title);
            await trainer.GetByTestId("save").ClickAsync();
            await Expect(trainer.GetByTestId("save-status")).ToContainTextAsync("Opgeslagen, versie 2");

            // Another browser, as a facilitator elsewhere in the province would be: the deck is there without a restart.
            var facilitator = await FacilitatorConsole.CreateSessionAsync(browsers, CopyId);
            await Tablet.JoinAsync(browsers, facilitator.Code, new Participant("Anouk", "Dorpsbelangen", "bestuurslid-dorpsbelangen", Eigenaarschap: 1, Regie: 2, OptionIndex: 0));
            await facilitator.NextAsync("Situatie");
            await Expect(facilitator.Page.Locator(".current-card strong")).ToHaveTextAsync(title);
        });

    [Fact]
    public Task A_trainer_uploads_a_broken_file_and_sees_each_problem_with_its_line_and_column() =>
        Scenario.PlayAsync(fixture.Server, output, "studio-upload", async browsers =>
        {
            var trainer = await browsers.OpenAsync("trainer", "/decks", Browsers.Laptop);
            await trainer.GetByTestId("trainer-key").FillAsync(TrainerKey);
            await trainer.GetByTestId("key-submit").ClickAsync();

            var broken = Path.Combine(Repository.Root, "tests", "Spel.Scenarios.DeckFiles.Tests", "Decks", "Broken", "01-veldnaam-in-het-nederlands.yaml");
            await trainer.GetByTestId("upload-file").SetInputFilesAsync(broken);

            var problems = trainer.GetByTestId("upload-problems");
            await Expect(problems).ToContainTextAsync("Regel 16, kolom 5");
            await Expect(problems).ToContainTextAsync("Bedoel je `title`?");
            await Expect(trainer.GetByTestId("own-decks")).Not.ToContainTextAsync("terras");
        });

    /// <summary>The short shipped deck of the other browser tests, on a server with a trainer key.</summary>
    public sealed class StudioServer : IAsyncLifetime
    {
        private ServerProcess? _server;

        public ServerProcess Server => _server ?? throw new InvalidOperationException("The server has not started.");

        public async Task InitializeAsync() => _server = await SpelServerFixture.StartAsync(
            decks => ShortDeck.Write(SpelServerFixture.DeckId, SpelServerFixture.CardCount, decks),
            new Dictionary<string, string> { ["Spel:TrainerKey"] = TrainerKey });

        public async Task DisposeAsync()
        {
            if (_server is not null)
            {
                await _server.DisposeAsync();
            }
        }
    }
}
