using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Spel.Scenarios.Decks;
using Spel.Scenarios.Play;
using Spel.Server.Hosting;
using Spel.Server.OtherVillages;
using Spel.Server.Sessions;
using Spel.Server.Tests.Support;

namespace Spel.Server.Tests.OtherVillages;

/// <summary>Sessions from tally files join the card tallies: each once, never this server's own twice, and a deck's starting tally over restarts too.</summary>
[Collection(ClusterCollection.Name)]
public sealed class TallyMergeTests(ClusterFixture fixture)
{
    [Fact]
    public async Task A_file_holding_this_servers_own_sharing_session_adds_nothing_and_imported_sessions_count_towards_the_three()
    {
        var deck = TestDecks.WithCards(1) with { Id = $"deck-{Guid.NewGuid():n}" };
        var own = await ShareOneCardAsync(deck);
        var ownFile = TallyFile.Encode([(await own.Session.GetTally(own.HostKey)).Value!]);
        var tally = fixture.Grains.GetGrain<ICardTallyGrain>(CardTally.Key(deck.Id, deck.Cards[0].Id));
        var twoOthers = new[] { '1', '2' }
            .Select(id => new SessionTally(new string(id, 32), deck.Id, new() { [deck.Cards[0].Id] = [new(Eigenaarschap.Gemeenschap, Regie.Gedeeld, "samen")] }))
            .ToList();

        var addedOthers = await TallyMerge.IntoAsync(fixture.Grains, twoOthers);
        var addedOwn = await TallyMerge.IntoAsync(fixture.Grains, TallyFile.Read(ownFile).Sessions);

        Assert.Equal((2, 0), (addedOthers, addedOwn));
        var seenByANewcomer = await tally.Get(excludingSession: "NIEMAND");
        Assert.Equal((3, 3), (seenByANewcomer!.Sessions, seenByANewcomer.Answers.Count));
        Assert.Null(await tally.Get(excludingSession: own.Code));
    }

    [Fact]
    public async Task A_sessions_own_file_imported_before_it_shared_is_replaced_by_the_session_itself()
    {
        var deck = TestDecks.WithCards(1) with { Id = $"deck-{Guid.NewGuid():n}" };
        var play = await Play.OpenAsync(fixture.Grains, deck, s => s with { ShareWithOtherVillages = true });
        var tallyId = (await play.Session.GetTally(play.HostKey)).Value!.Id;
        var tally = fixture.Grains.GetGrain<ICardTallyGrain>(CardTally.Key(deck.Id, deck.Cards[0].Id));
        await tally.Import(new Dictionary<string, List<SharedAnswer>> { [tallyId] = [new(Eigenaarschap.Gemeente, Regie.Gedeeld, "samen")] });
        await tally.Import(new Dictionary<string, List<SharedAnswer>>
        {
            [new string('1', 32)] = [new(Eigenaarschap.Gemeente, Regie.Gedeeld, "samen")],
            [new string('2', 32)] = [new(Eigenaarschap.Gemeente, Regie.Gedeeld, "samen")],
        });

        await ShareOneCardAsync(deck, play);

        var seen = await tally.Get(excludingSession: "NIEMAND");
        Assert.Equal(3, seen!.Sessions);
        Assert.Equal([0, 0, 0, 3], seen.Answers.Eigenaarschap);
    }

    [Fact]
    public async Task A_decks_starting_tally_is_merged_once_over_restarts_and_a_broken_one_beside_it_is_left_out()
    {
        var deck = $"deck-{Guid.NewGuid():n}";
        var folder = Directory.CreateTempSubdirectory("spel-tallies-").FullName;
        try
        {
            await File.WriteAllTextAsync(Path.Combine(folder, deck + StartingTallies.Suffix), Sessions(deck, 'a', 'b', 'c'));
            await File.WriteAllTextAsync(Path.Combine(folder, "kapot" + StartingTallies.Suffix), "{ niet af");
            await File.WriteAllTextAsync(Path.Combine(folder, "later" + StartingTallies.Suffix), Sessions(deck, 'd').Replace("\"version\": 1", "\"version\": 9", StringComparison.Ordinal));

            var atFirstStart = await Starting().MergeAsync([folder]);
            var atRestart = await Starting().MergeAsync([folder]);

            Assert.Equal((3, 0), (atFirstStart, atRestart));
            var seen = await fixture.Grains.GetGrain<ICardTallyGrain>(CardTally.Key(deck, "kaart")).Get(excludingSession: "NIEMAND");
            Assert.Equal(3, seen!.Sessions);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private StartingTallies Starting() =>
        new(fixture.Grains, Options.Create(new SpelOptions()), NullLogger<StartingTallies>.Instance);

    private static string Sessions(string deck, params char[] ids) =>
        $$"""{ "format": "spel.tally", "version": 1, "sessions": [ {{string.Join(", ", ids.Select(id =>
            $$"""{ "id": "{{new string(id, 32)}}", "deck": "{{deck}}", "cards": [ { "card": "kaart", "votes": [ { "eigenaarschap": 2, "regie": 2, "option": "a", "count": 4 } ] } ] }"""))}} ] }""";

    /// <summary>Plays the deck's first card with one gemeente answer past its afspraak, and waits until the tally has it.</summary>
    private async Task<Play> ShareOneCardAsync(Deck deck, Play? opened = null)
    {
        var play = opened ?? await Play.OpenAsync(fixture.Grains, deck, s => s with { ShareWithOtherVillages = true });
        var anna = await play.JoinAsync("Anna", TestDecks.Bestuurslid);
        await play.StartChoosingAsync();
        await play.AnswerAsync(anna, Eigenaarschap.Gemeente, Regie.Gedeeld, "samen");
        await play.AdvanceToAsync(Phase.Slotvraag);
        await GrainCalls.Instance.FinishedAsync(nameof(ICardTallyGrain.Contribute), CardTally.Key(deck.Id, deck.Cards[0].Id), play.Code);
        return play;
    }
}
