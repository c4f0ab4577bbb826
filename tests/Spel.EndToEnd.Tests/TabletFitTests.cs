using Microsoft.Playwright;
using Spel.EndToEnd.Tests.Screens;
using Spel.EndToEnd.Tests.Support;
using Xunit.Abstractions;

namespace Spel.EndToEnd.Tests;

/// <summary>
/// Issue 11: no tablet screen scrolls, on a phone or a tablet, in Dutch or English, with the longest cards of every
/// shipped deck and a name of the longest length without a space. One tablet per language goes through every step
/// of a round (wisselperspectief and herstemming on, so every question is asked) and is measured at each size.
/// </summary>
public sealed class TabletFitTests(LongestCardsFixture fixture, ITestOutputHelper output) : IClassFixture<LongestCardsFixture>
{
    private static readonly ViewportSize[] Sizes = [Browsers.SmallTablet, Browsers.Tablet, Browsers.Phone];

    /// <summary>With "nl" or "en" after it, the longest name a seat may have (40 characters), without a space to break it at.</summary>
    private const string LongName = "Dorpshuisvrijwilligerscoördinatieteams";

    public static TheoryData<string> ShippedDecks() => new(Directory.GetFiles(Path.Combine(Repository.Root, "content", "decks"), "*.yaml")
        .Select(Path.GetFileNameWithoutExtension)
        .OfType<string>()
        .Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(ShippedDecks))]
    public Task No_tablet_screen_scrolls_with_the_longest_cards_of_a_deck(string deckId) => Scenario.PlayAsync(fixture.Server, output, $"fit-{deckId}", async browsers =>
    {
        var overflows = new List<string>();
        var console = await FacilitatorConsole.CreateSessionAsync(browsers, deckId, async page =>
        {
            foreach (var setting in new[] { "setting-herstemming", "setting-wisselperspectief", "setting-tables" })
            {
                await page.GetByTestId(setting).CheckAsync();
            }
        });
        var tablets = new List<(Tablet Tablet, string Language)>();
        foreach (var (language, side) in new[] { ("nl", "Dorpsbelangen"), ("en", "Gemeente") })
        {
            var seat = new Participant(LongName + language, side, RoleId: null, Eigenaarschap: 2, Regie: 3, OptionIndex: 3);
            Assert.Equal(40, seat.Name.Length);
            tablets.Add((await Tablet.JoinAsync(browsers, console.Code, seat, Browsers.Phone, language), language));
        }

        async Task FitsAsync(IPage page, string language, string screen)
        {
            foreach (var size in Sizes)
            {
                await page.SetViewportSizeAsync(size.Width, size.Height);
                var box = await page.EvaluateAsync<int[]>(
                    "() => { const s = document.scrollingElement; return [s.scrollWidth, s.scrollHeight, innerWidth, innerHeight]; }");
                if (box[0] > box[2] || box[1] > box[3])
                {
                    var name = $"fit-{deckId}-{language}-{size.Width}x{size.Height}-{screen}";
                    await page.ScreenshotAsync(new() { Path = Path.Combine(Repository.Artifacts("e2e"), name + ".png"), FullPage = true });
                    overflows.Add($"{name}: the page is {box[0]}x{box[1]} in a window of {box[2]}x{box[3]}");
                }
            }
        }

        async Task EveryTabletFitsAsync(string screen)
        {
            foreach (var (tablet, language) in tablets)
            {
                await FitsAsync(tablet.Page, language, screen);
            }
        }

        await EveryTabletFitsAsync("lobby");
        var cards = fixture.Decks[deckId];
        await console.NextAsync("Situatie");
        foreach (var card in cards)
        {
            await EveryTabletFitsAsync($"{card}-situatie");
            await console.NextAsync("Kiezen");
            foreach (var (tablet, language) in tablets)
            {
                await tablet.FillAnswerAsync(predict: true, async step =>
                {
                    await FitsAsync(tablet.Page, language, $"{card}-{step}");
                    if (step == "eigenaarschap")
                    {
                        await tablet.ReadSituationAsync(() => FitsAsync(tablet.Page, language, $"{card}-situation-again"));
                    }
                });
                await tablet.ByTestId("answer-submit").ClickAsync();
                await tablet.ExpectAnswerSavedAsync();
                await FitsAsync(tablet.Page, language, $"{card}-saved");
            }

            await console.NextAsync("Onthulling");
            await EveryTabletFitsAsync($"{card}-onthulling");
            await console.NextAsync("Gesprek");
            await EveryTabletFitsAsync($"{card}-gesprek");
            await console.NextAsync("Herstemming");
            foreach (var (tablet, language) in tablets)
            {
                await tablet.RevoteAsync(eigenaarschap: 3, regie: 2, step => FitsAsync(tablet.Page, language, $"{card}-{step}"));
                await FitsAsync(tablet.Page, language, $"{card}-revote-saved");
            }

            await console.NextAsync("Afspraak");
            await EveryTabletFitsAsync($"{card}-afspraak");
            await console.NextAsync(card == cards[^1] ? "Slotvraag" : "Situatie");
        }

        await EveryTabletFitsAsync("slotvraag");

        // The join form of a session of persons, with the longest name and each side's roles on show.
        var persons = await FacilitatorConsole.CreateSessionAsync(browsers, deckId);
        foreach (var language in new[] { "nl", "en" })
        {
            var join = await Tablet.OpenJoinFormAsync(browsers, persons.Code, $"join-{language}", Browsers.Phone, language);
            await join.GetByTestId("name-input").FillAsync(LongName + language);
            foreach (var side in new[] { "Gemeente", "Dorpsbelangen" })
            {
                await join.GetByTestId($"side-{side}").ClickAsync();
                await FitsAsync(join, language, $"join-{side}");
            }
        }

        Assert.True(overflows.Count == 0, string.Join(Environment.NewLine, overflows));
    });
}
