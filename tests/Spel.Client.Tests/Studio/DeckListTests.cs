using System.Net;
using Bunit;
using Bunit.TestDoubles;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection;
using Spel.Client.Pages.Studio;
using Spel.Scenarios.Studio;

namespace Spel.Client.Tests.Studio;

public sealed class DeckListTests : StudioContext
{
    public DeckListTests()
    {
        Server.Entries.AddRange(
        [
            new StudioDeckEntry("regie", "Wie heeft de regie?", "nl", 18, StudioDeckKind.Shipped, 0, null, "content/decks/regie.yaml", []),
            new StudioDeckEntry("mijn-deck", "Mijn deck", "nl", 4, StudioDeckKind.Own, 3, new DateTimeOffset(2026, 12, 1, 21, 10, 0, TimeSpan.Zero), null, []),
            new StudioDeckEntry("kapot", "kapot", "nl", 0, StudioDeckKind.Broken, 0, null, "kapot.yaml",
                [new StudioProblem(null, 7, 3, "Gebruik spaties, geen tab.", "Use spaces, not a tab.")]),
        ]);
    }

    [Fact]
    public void A_wrong_key_says_so_and_is_not_kept()
    {
        var page = Render<DeckList>();

        page.Find("[data-testid=trainer-key]").Input("geraden");
        page.Find("[data-testid=key-form]").Submit();

        Assert.Equal("Deze trainerssleutel klopt niet. Vraag de sleutel aan wie de server beheert.", page.Find("[data-testid=key-error]").TextContent);
        Assert.False(Storage.Items.ContainsKey(TrainerKeyGate.StorageKey));
        Assert.Empty(page.FindAll("[data-testid=own-decks]"));
    }

    [Fact]
    public void The_right_key_opens_the_list_and_is_kept_until_the_trainer_forgets_it()
    {
        var page = Render<DeckList>();

        page.Find("[data-testid=trainer-key]").Input(FakeStudioServer.RightKey);
        page.Find("[data-testid=key-form]").Submit();

        page.WaitForElement("[data-testid=own-mijn-deck]");
        Assert.Equal(FakeStudioServer.RightKey, Storage.Items[TrainerKeyGate.StorageKey]);
        Assert.All(Server.Requests, r => Assert.Equal(FakeStudioServer.RightKey, r.Key));

        page.Find("[data-testid=forget-key]").Click();

        Assert.False(Storage.Items.ContainsKey(TrainerKeyGate.StorageKey));
        Assert.NotNull(page.Find("[data-testid=trainer-key]"));
    }

    [Fact]
    public void A_server_without_a_trainer_key_says_the_studio_is_off()
    {
        Server.StudioOff = true;
        KeyKept();

        var page = Render<DeckList>();

        Assert.Equal("De deckstudio staat uit op deze server: er is geen trainerssleutel ingesteld.", page.WaitForElement("[data-testid=studio-off]").TextContent);
    }

    [Fact]
    public void Shipped_own_and_broken_decks_each_show_what_a_trainer_can_do_with_them()
    {
        KeyKept();

        var page = Render<DeckList>();

        var shipped = page.WaitForElement("[data-testid=shipped-regie]");
        Assert.Contains("Wie heeft de regie?", shipped.TextContent);
        Assert.Equal("Dupliceren", shipped.QuerySelector("[data-testid=duplicate-regie]")!.TextContent);
        Assert.Null(shipped.QuerySelector("[data-testid=open-regie]"));

        var own = page.Find("[data-testid=own-mijn-deck]");
        Assert.Equal("decks/mijn-deck", own.QuerySelector("[data-testid=open-mijn-deck]")!.GetAttribute("href"));
        Assert.Contains("Laatst opgeslagen: 1 december 2026", own.TextContent);
        Assert.NotNull(own.QuerySelector("[data-testid=download-mijn-deck]"));

        var broken = page.Find("[data-testid=broken-kapot]");
        Assert.Contains("Regel 7, kolom 3: Gebruik spaties, geen tab.", broken.TextContent.Replace("⚠ ", "", StringComparison.Ordinal));
    }

    [Fact]
    public void A_new_deck_gets_an_id_from_its_title_and_is_saved_as_a_first_version()
    {
        KeyKept();
        var page = Render<DeckList>();

        page.WaitForElement("#new-title").Input("Wie beslist in Ëlst?");
        Assert.Equal("wie-beslist-in-elst", page.Find("#new-id").GetAttribute("value"));
        page.Find("[data-testid=new-deck]").Submit();

        var put = Server.Requests.Single(r => r.Method == HttpMethod.Put);
        Assert.Equal((StudioApi.Deck("wie-beslist-in-elst"), "0"), (put.Path, put.IfMatch));
        Assert.Equal("Wie beslist in Ëlst?", Server.Saved.Single().Title);
        Assert.EndsWith("/decks/wie-beslist-in-elst", Services.GetRequiredService<NavigationManager>().Uri, StringComparison.Ordinal);
    }

    [Fact]
    public void A_new_deck_under_an_id_that_exists_says_so_and_opens_nothing()
    {
        KeyKept();
        Server.SaveReply = (_, _) => FakeStudioServer.Problem(Spel.Scenarios.Play.ErrorCode.DeckChanged, HttpStatusCode.Conflict);
        var page = Render<DeckList>();

        page.WaitForElement("#new-title").Input("Mijn deck");
        page.Find("[data-testid=new-deck]").Submit();

        Assert.Equal("Er is al een deck met deze id. Kies een andere id.", page.Find("[data-testid=new-error]").TextContent);
        Assert.DoesNotContain("/decks/mijn-deck", Services.GetRequiredService<NavigationManager>().Uri, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicating_a_shipped_deck_opens_the_editable_copy()
    {
        KeyKept();
        var page = Render<DeckList>();

        page.WaitForElement("[data-testid=duplicate-regie]").Click();

        Assert.Contains(StudioApi.Duplicate("regie"), Server.Paths(HttpMethod.Post));
        Assert.EndsWith("/decks/regie-kopie", Services.GetRequiredService<NavigationManager>().Uri, StringComparison.Ordinal);
    }

    [Fact]
    public void An_upload_that_cannot_be_read_lists_every_problem_at_its_line_and_opens_nothing()
    {
        KeyKept();
        Server.UploadReply = _ => FakeStudioServer.Json(new StudioCheck(
        [
            new StudioProblem(null, 3, 1, "Gebruik spaties, geen tab.", "Use spaces, not a tab."),
            new StudioProblem(null, 9, 14, "Zet de tekst tussen rechte aanhalingstekens.", "Put the text in straight quotes."),
        ]), HttpStatusCode.UnprocessableEntity);
        var page = Render<DeckList>();
        var start = Services.GetRequiredService<NavigationManager>().Uri;

        page.WaitForElement("[data-testid=own-decks]");
        page.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText("id: kapot\n\ttitle: x\n", "kapot.yaml"));

        var problems = page.WaitForElement("[data-testid=upload-problems]");
        Assert.Contains("kapot.yaml kon niet worden gelezen. Er is niets opgeslagen.", problems.TextContent);
        Assert.Equal(
            ["Regel 3, kolom 1: Gebruik spaties, geen tab.", "Regel 9, kolom 14: Zet de tekst tussen rechte aanhalingstekens."],
            problems.QuerySelectorAll("li").Select(li => li.TextContent.Replace("⚠ ", "", StringComparison.Ordinal)));
        Assert.Equal("id: kapot\n\ttitle: x\n", Server.Requests.Single(r => r.Path == StudioApi.Upload).Body);
        Assert.Equal(start, Services.GetRequiredService<NavigationManager>().Uri);
    }
}
