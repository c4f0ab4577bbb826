using Microsoft.Data.Sqlite;
using Orleans.Storage;
using Spel.Server.Storage;

namespace Spel.Server.Tests.Storage;

public sealed class SqliteGrainStorageTests : IDisposable
{
    private const string StateName = "tally";

    private static readonly GrainId TeamA = GrainId.Create("tally", "team-a");

    private readonly StorageFile _file = new();

    [Fact]
    public async Task Saved_state_is_read_back_by_a_new_storage_on_the_same_file()
    {
        var saved = Saving(new Tally { Holder = "Dorpsbelangen", Points = 7 });
        await using (var first = await _file.OpenAsync())
        {
            await first.Storage.WriteStateAsync(StateName, TeamA, saved);
        }

        await using var second = await _file.OpenAsync();
        var read = await ReadAsync(second.Storage);

        Assert.True(read.RecordExists);
        Assert.Equal(saved.ETag, read.ETag);
        Assert.Equal(saved.State, read.State);
    }

    [Fact]
    public async Task Each_write_gets_a_new_etag()
    {
        await using var open = await _file.OpenAsync();
        var state = Saving(new Tally { Points = 1 });
        await open.Storage.WriteStateAsync(StateName, TeamA, state);
        var firstEtag = state.ETag;

        state.State = new Tally { Points = 2 };
        await open.Storage.WriteStateAsync(StateName, TeamA, state);

        Assert.NotNull(firstEtag);
        Assert.NotEqual(firstEtag, state.ETag);
        Assert.Equal(state.ETag, (await ReadAsync(open.Storage)).ETag);
    }

    [Fact]
    public async Task Stale_write_is_refused_and_keeps_the_saved_state()
    {
        await using var open = await _file.OpenAsync();
        var fresh = Saving(new Tally { Holder = "first", Points = 1 });
        await open.Storage.WriteStateAsync(StateName, TeamA, fresh);
        var stale = new GrainState<Tally>(new Tally { Holder = "stale", Points = 99 }, fresh.ETag);
        fresh.State = new Tally { Holder = "second", Points = 2 };
        await open.Storage.WriteStateAsync(StateName, TeamA, fresh);

        var refused = await Assert.ThrowsAsync<InconsistentStateException>(
            () => open.Storage.WriteStateAsync(StateName, TeamA, stale));

        Assert.Equal(fresh.ETag, refused.StoredEtag);
        Assert.Equal(stale.ETag, refused.CurrentEtag);
        await AssertSavedAsync(open.Storage, fresh);
    }

    [Fact]
    public async Task Write_without_etag_over_a_saved_state_is_refused()
    {
        await using var open = await _file.OpenAsync();
        var saved = Saving(new Tally { Holder = "first", Points = 1 });
        await open.Storage.WriteStateAsync(StateName, TeamA, saved);

        var refused = await Assert.ThrowsAsync<InconsistentStateException>(
            () => open.Storage.WriteStateAsync(StateName, TeamA, Saving(new Tally { Holder = "blind", Points = 5 })));

        Assert.Equal(saved.ETag, refused.StoredEtag);
        await AssertSavedAsync(open.Storage, saved);
    }

    [Fact]
    public async Task Write_with_an_etag_when_nothing_is_saved_is_refused()
    {
        await using var open = await _file.OpenAsync();

        await Assert.ThrowsAsync<InconsistentStateException>(
            () => open.Storage.WriteStateAsync(StateName, TeamA, new GrainState<Tally>(new Tally { Points = 3 }, "invented")));

        Assert.False((await ReadAsync(open.Storage)).RecordExists);
    }

    [Fact]
    public async Task Of_concurrent_writes_from_two_storages_with_the_same_etag_exactly_one_wins()
    {
        await using var first = await _file.OpenAsync();
        await using var second = await _file.OpenAsync();
        var saved = Saving(new Tally { Points = 0 });
        await first.Storage.WriteStateAsync(StateName, TeamA, saved);

        var writes = Enumerable.Range(1, 8)
            .Select(points => new GrainState<Tally>(new Tally { Points = points }, saved.ETag))
            .Select(async (state, index) =>
            {
                var storage = index % 2 == 0 ? first.Storage : second.Storage;
                try
                {
                    await storage.WriteStateAsync(StateName, TeamA, state);
                    return state;
                }
                catch (InconsistentStateException)
                {
                    return null;
                }
            });
        var winners = (await Task.WhenAll(writes)).OfType<GrainState<Tally>>().ToList();

        var winner = Assert.Single(winners);
        await AssertSavedAsync(second.Storage, winner);
    }

    [Fact]
    public async Task Cleared_state_reads_as_missing_with_the_default_state()
    {
        var state = Saving(new Tally { Holder = "gone", Points = 4 });
        await using (var first = await _file.OpenAsync())
        {
            await first.Storage.WriteStateAsync(StateName, TeamA, state);
            await first.Storage.ClearStateAsync(StateName, TeamA, state);
        }

        Assert.False(state.RecordExists);
        Assert.Null(state.ETag);
        await using var second = await _file.OpenAsync();
        var read = await ReadAsync(second.Storage);
        Assert.False(read.RecordExists);
        Assert.Null(read.ETag);
        Assert.Equal(new Tally(), read.State);
    }

    [Fact]
    public async Task Stale_clear_is_refused_and_keeps_the_saved_state()
    {
        await using var open = await _file.OpenAsync();
        var fresh = Saving(new Tally { Holder = "first", Points = 1 });
        await open.Storage.WriteStateAsync(StateName, TeamA, fresh);
        var stale = new GrainState<Tally>(fresh.State, fresh.ETag);
        fresh.State = new Tally { Holder = "second", Points = 2 };
        await open.Storage.WriteStateAsync(StateName, TeamA, fresh);

        await Assert.ThrowsAsync<InconsistentStateException>(
            () => open.Storage.ClearStateAsync(StateName, TeamA, stale));

        await AssertSavedAsync(open.Storage, fresh);
    }

    [Fact]
    public async Task States_of_other_grains_and_state_names_are_kept_apart()
    {
        await using var open = await _file.OpenAsync();
        var teamA = Saving(new Tally { Holder = "a", Points = 1 });
        var teamB = Saving(new Tally { Holder = "b", Points = 2 });
        var otherName = Saving(new Tally { Holder = "a, other", Points = 3 });

        await open.Storage.WriteStateAsync(StateName, TeamA, teamA);
        await open.Storage.WriteStateAsync(StateName, GrainId.Create("tally", "team-b"), teamB);
        await open.Storage.WriteStateAsync("other", TeamA, otherName);

        await AssertSavedAsync(open.Storage, teamA);
    }

    [Fact]
    public async Task Writes_of_many_grains_at_once_are_all_saved_and_a_stale_one_among_them_fails_alone()
    {
        await using var open = await _file.OpenAsync();
        var states = Enumerable.Range(0, 50).Select(i => (Grain: GrainId.Create("tally", $"team-{i}"), State: Saving(new Tally { Points = i }))).ToList();
        var stale = new GrainState<Tally>(new Tally { Holder = "stale" }, "invented");

        var writes = states.Select(s => open.Storage.WriteStateAsync(StateName, s.Grain, s.State)).ToList();
        var refused = Assert.ThrowsAsync<InconsistentStateException>(() => open.Storage.WriteStateAsync(StateName, GrainId.Create("tally", "team-stale"), stale));
        await Task.WhenAll(writes);
        await refused;

        foreach (var (grain, state) in states)
        {
            var read = new GrainState<Tally>(new Tally());
            await open.Storage.ReadStateAsync(StateName, grain, read);
            Assert.Equal((state.ETag, state.State), (read.ETag, read.State));
        }
    }

    [Fact]
    public async Task A_grain_unchanged_for_its_lifetime_goes_with_all_its_states_and_one_changed_since_keeps_them_all()
    {
        await using var open = await _file.OpenAsync();
        var storage = (SqliteGrainStorage)open.Storage;
        await open.Storage.WriteStateAsync("session", TeamA, Saving(new Tally { Holder = "sessie" }));
        await open.Storage.WriteStateAsync("deck", TeamA, Saving(new Tally { Holder = "deck, written at its start" }));
        var now = DateTimeOffset.UtcNow;
        var cutoff = now.AddDays(-30);

        Age(TeamA, "deck", now.AddDays(-40));
        var sweptWhileTheSessionChanged = await storage.DeleteUnchangedSinceAsync("tally", cutoff, CancellationToken.None);
        var deckKept = new GrainState<Tally>(new Tally());
        await open.Storage.ReadStateAsync("deck", TeamA, deckKept);
        Age(TeamA, "session", now.AddDays(-31));
        var sweptOnceAllAged = await storage.DeleteUnchangedSinceAsync("tally", cutoff, CancellationToken.None);

        Assert.Equal((0, true), (sweptWhileTheSessionChanged, deckKept.RecordExists));
        Assert.Equal(1, sweptOnceAllAged);
        Assert.False(await storage.HoldsStateAsync("session", TeamA, CancellationToken.None));
        Assert.False(await storage.HoldsStateAsync("deck", TeamA, CancellationToken.None));
    }

    public void Dispose() => _file.Dispose();

    /// <summary>Makes a state look last written at <paramref name="when"/>, as if the file had been in use that long.</summary>
    private void Age(GrainId grain, string stateName, DateTimeOffset when)
    {
        using var connection = new SqliteConnection($"Data Source={_file.DatabasePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "UPDATE grain_state SET updated_utc = $when WHERE grain_id = $id AND state_name = $state;";
        command.Parameters.AddWithValue("$when", when.ToUniversalTime().ToString("O"));
        command.Parameters.AddWithValue("$id", grain.Key.ToString());
        command.Parameters.AddWithValue("$state", stateName);
        Assert.Equal(1, command.ExecuteNonQuery());
    }

    private static GrainState<Tally> Saving(Tally tally) => new(tally);

    private static async Task<GrainState<Tally>> ReadAsync(IGrainStorage storage)
    {
        var read = new GrainState<Tally>(new Tally());
        await storage.ReadStateAsync(StateName, TeamA, read);
        return read;
    }

    private static async Task AssertSavedAsync(IGrainStorage storage, GrainState<Tally> expected)
    {
        var read = await ReadAsync(storage);
        Assert.True(read.RecordExists);
        Assert.Equal(expected.ETag, read.ETag);
        Assert.Equal(expected.State, read.State);
    }
}
