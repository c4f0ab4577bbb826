using Microsoft.Playwright;
using Spel.EndToEnd.Tests.Support;

namespace Spel.EndToEnd.Tests;

/// <summary>
/// The deck studio's pages in Chromium against a scripted studio API (the page's requests to /api/studio are answered
/// in the browser), for what bUnit cannot see: the layout, axe, and Ctrl+S through the page's script. The studio
/// against the real server is the lead's end-to-end test of issue 12.
/// </summary>
public sealed class StudioPagesTests(SpelServerFixture fixture) : IClassFixture<SpelServerFixture>
{
    private const string Deck = """
        {"deck":{"id":"mijn-deck","title":"Mijn deck","language":"nl","description":"Over het dorpshuis.","audience":"Gemengde groepen",
        "roles":[{"id":"wethouder","name":"Wethouder","side":"Gemeente"},{"id":"bestuurslid","name":"Bestuurslid","side":"Dorpsbelangen"}],
        "cards":[{"id":"terras","title":"Het terras","situation":"Het dorpshuis wil een terras op het plein.","source":null,"actionQuestion":"Wat doe jij?",
        "options":[{"id":"optie-1","text":"Meedenken","function":"Verbinder","stance":"Faciliteren"},{"id":"optie-2","text":"Loslaten","function":"Aanjager","stance":"Loslaten"}],
        "prompts":["Van wie is het terras?","Wie heeft de regie?"],"whatHappened":null,"themes":["dorpshuis"],"questions":"Eigenaarschap, Regie, Action","suggested":true}]},
        "kind":"Own","version":3,"problems":[]}
        """;

    private const string Entries = """
        [{"id":"regie","title":"Wie heeft de regie?","language":"nl","cards":18,"kind":"Shipped","version":0,"savedAt":null,"source":"regie.yaml","problems":[]},
         {"id":"mijn-deck","title":"Mijn deck","language":"nl","cards":1,"kind":"Own","version":3,"savedAt":"2026-12-01T21:10:00+00:00","source":null,"problems":[]},
         {"id":"kapot","title":"kapot","language":"nl","cards":0,"kind":"Broken","version":0,"savedAt":null,"source":"kapot.yaml",
          "problems":[{"path":null,"line":7,"column":3,"messageNl":"Gebruik spaties, geen tab.","messageEn":"Use spaces, not a tab."}]}]
        """;

    private const string Check = """
        {"problems":[{"path":"cards[0].situation","line":5,"column":3,"messageNl":"Deze tekst lijkt een telefoonnummer te bevatten.","messageEn":"This text seems to hold a phone number."}]}
        """;

    private const string Conflict = """{"status":409,"code":"DeckChanged"}""";

    [Fact]
    public async Task The_list_and_the_editor_pass_the_layout_audit_and_ctrl_s_saves_with_its_outcome_shown()
    {
        await using var browsers = await Browsers.LaunchAsync(fixture.Server.BaseAddress);
        var page = await browsers.NewDeviceAsync("trainer", Browsers.Laptop);
        var puts = new List<string?>();
        await page.Context.AddInitScriptAsync("window.localStorage.setItem('spel.trainer-key', 'een-sleutel');");
        await page.RouteAsync("**/api/studio/**", async route =>
        {
            var path = new Uri(route.Request.Url).AbsolutePath;
            if (route.Request.Method == "PUT")
            {
                puts.Add(await route.Request.HeaderValueAsync("if-match"));
                await route.FulfillAsync(new RouteFulfillOptions { Status = 409, ContentType = "application/problem+json", Body = Conflict });
                return;
            }

            var body = path switch
            {
                "/api/studio/decks" => Entries,
                "/api/studio/decks/mijn-deck" => Deck,
                "/api/studio/check" => Check,
                _ => null,
            };
            await route.FulfillAsync(body is null
                ? new RouteFulfillOptions { Status = 204 }
                : new RouteFulfillOptions { Status = 200, ContentType = "application/json", Body = body });
        });
        var problems = new List<LayoutProblem>();

        await page.GotoAsync("decks");
        await page.Locator("[data-testid=broken-kapot]").WaitForAsync();
        await LayoutAudit.CheckAsync(page, "decks", "nl", "list", problems, mayScrollDown: true);

        await page.GotoAsync("decks/mijn-deck");
        await page.Locator("#card-situation").FillAsync("Bel 06-12345678.");
        await page.Locator("#card-situation-problems").WaitForAsync();
        await LayoutAudit.CheckAsync(page, "decks/mijn-deck", "nl", "editing", problems, mayScrollDown: true);

        await page.Keyboard.PressAsync("Control+s");
        await page.Locator("[data-testid=conflict]").WaitForAsync();
        Assert.Equal(["\"3\""], puts);
        Assert.Equal("Bel 06-12345678.", await page.Locator("#card-situation").InputValueAsync());
        Assert.True(problems.Count == 0, LayoutAudit.Describe(problems) + Environment.NewLine + browsers.Problems);
    }
}
