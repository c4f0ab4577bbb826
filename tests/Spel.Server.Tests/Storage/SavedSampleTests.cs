using System.Text;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Orleans.Storage;
using Spel.Scenarios.Decks;
using Spel.Scenarios.Play;
using Spel.Server.Sessions;
using Spel.Server.Storage;
using Spel.Server.Tests.Support;
using StackExchange.Redis;

namespace Spel.Server.Tests.Storage;

/// <summary>Workshops saved by earlier servers (<see cref="SavedSample"/>) are still there for this one.</summary>
public sealed class SavedSampleTests
{
    [Theory]
    [MemberData(nameof(SavedSample.All), MemberType = typeof(SavedSample))]
    public async Task A_saved_sample_reads_back_as_the_workshop_it_was(string name)
    {
        var sample = SavedSample.Named(name);
        await using var server = sample.StartServer();
        try
        {
            var read = await ReadAsync(server, sample);

            Assert.True(read.RecordExists);
            var session = Assert.IsType<SessionState>(read.State);
            Assert.Equal(SavedSample.DeckTitle, session.Deck?.Title);
            Assert.Equal(Phase.Kiezen, session.Phase);
            var anna = Assert.Single(session.Seats);
            Assert.Equal("Anna", anna.Name);
            Assert.Equal(Side.Dorpsbelangen, anna.Side);
            Assert.Equal(SavedSample.AnnasAnswer, session.AnswersTo(SavedSample.CardId)[anna.Id]);
        }
        finally
        {
            server.DeleteData();
        }
    }

    [Theory]
    [MemberData(nameof(SavedSample.All), MemberType = typeof(SavedSample))]
    public async Task A_saved_sample_plays_on_after_a_restart_and_keeps_what_it_played(string name)
    {
        var sample = SavedSample.Named(name);
        var first = sample.StartServer();
        try
        {
            await using var tablet = first.Connect();
            await tablet.StartAsync();
            var resumed = (await tablet.InvokeAsync<Reply<ParticipantView>>(GameHubContract.Resume, sample.Code, sample.AnnasSeatToken)).Value!;
            var host = (await tablet.InvokeAsync<Reply<FacilitatorView>>(GameHubContract.WatchAsHost, sample.Code, sample.HostKey)).Value!;
            Assert.Equal(Phase.Kiezen, resumed.Round.Phase);
            Assert.Equal("Anna", resumed.Me.Name);
            Assert.Equal(SavedSample.AnnasAnswer, resumed.MyAnswer);
            Assert.Equal(HostCommand.Reveal, host.NextCommand);

            var revealed = await tablet.InvokeAsync<Reply<FacilitatorView>>(GameHubContract.Command, sample.Code, sample.HostKey, HostCommand.Reveal);
            Assert.Equal(Phase.Onthulling, revealed.Value!.Round.Phase);
            Assert.True(SavedSample.IsVersion1(sample.ReadRow(first.DataFolder).Payload), "The reveal was not saved in version 1.");
        }
        finally
        {
            await first.DisposeAsync();
        }

        await using var second = SavedSample.ServerOn(first.DataFolder);
        try
        {
            await using var reloaded = second.Connect();
            await reloaded.StartAsync();
            var resumed = (await reloaded.InvokeAsync<Reply<ParticipantView>>(GameHubContract.Resume, sample.Code, sample.AnnasSeatToken)).Value!;

            Assert.Equal(Phase.Onthulling, resumed.Round.Phase);
            Assert.Equal(SavedSample.AnnasAnswer, resumed.MyAnswer);
        }
        finally
        {
            second.DeleteData();
        }
    }

    [Fact]
    public async Task A_state_saved_by_the_old_default_is_saved_in_version_1_on_its_next_write_and_reads_back_equal()
    {
        var sample = SavedSample.OrleansDefault;
        await using var server = sample.StartServer();
        try
        {
            var old = await ReadAsync(server, sample);
            await Storage(server).WriteStateAsync("session", GrainId.Create("session", sample.Code), old);
            var again = await ReadAsync(server, sample);

            Assert.True(SavedSample.IsVersion1(sample.ReadRow(server.DataFolder).Payload));
            Assert.Equal(old.ETag, again.ETag);
            // Compared through the old serializer, which writes every public property, so nothing the new format leaves out goes unseen.
            var oldDefault = ActivatorUtilities.CreateInstance<JsonGrainStorageSerializer>(server.Services);
            Assert.Equal(oldDefault.Serialize(old.State).ToString(), oldDefault.Serialize(again.State).ToString());
        }
        finally
        {
            server.DeleteData();
        }
    }

    [Fact]
    public async Task A_state_saved_in_a_later_version_is_refused_by_its_version_and_left_as_saved()
    {
        var sample = SavedSample.Version1;
        await using var server = sample.StartServer();
        try
        {
            var later = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(sample.CommittedPayload()).Replace("\"version\":1,", "\"version\":2,"));
            sample.WritePayload(server.DataFolder, later);
            var saved = sample.ReadRow(server.DataFolder);

            var refused = await Assert.ThrowsAsync<InvalidDataException>(() => ReadAsync(server, sample));
            await using var tablet = server.Connect();
            await tablet.StartAsync();
            await Assert.ThrowsAsync<HubException>(() => tablet.InvokeAsync<Reply<SeatTicket>>(
                GameHubContract.Join, sample.Code, new JoinRequest("Bert", Side.Gemeente, "wethouder")));

            Assert.Contains("spel.grain-state version 2", refused.Message);
            Assert.Contains("reads version 1 only", refused.Message);
            var after = sample.ReadRow(server.DataFolder);
            Assert.Equal(saved.Etag, after.Etag);
            Assert.Equal(later, after.Payload);
        }
        finally
        {
            server.DeleteData();
        }
    }

    [Fact]
    public async Task A_session_saved_in_Redis_by_the_old_default_plays_on_and_is_saved_in_version_1()
    {
        await TestRedis.EnsureReachableAsync();
        var sample = SavedSample.OrleansDefault;
        var clusterId = "spel-test-" + Guid.NewGuid().ToString("n");
        var key = RedisGrainStateProbe.Key(clusterId, "session", GrainId.Create("session", sample.Code));
        await using var redis = await ConnectionMultiplexer.ConnectAsync(TestRedis.Address);
        var database = redis.GetDatabase();
        await database.HashSetAsync(key, [new("etag", "saved-by-the-old-default"), new("data", sample.CommittedPayload())]);
        await using var server = new SpelServerFactory(SpelServerFactory.FreshDataFolder(), new Dictionary<string, string>
        {
            ["Spel:Cluster"] = "Redis",
            ["Spel:Redis"] = TestRedis.Address,
            ["Spel:ClusterId"] = clusterId,
        });
        try
        {
            await using var tablet = server.Connect();
            await tablet.StartAsync();
            var resumed = (await tablet.InvokeAsync<Reply<ParticipantView>>(GameHubContract.Resume, sample.Code, sample.AnnasSeatToken)).Value!;
            var revealed = await tablet.InvokeAsync<Reply<FacilitatorView>>(GameHubContract.Command, sample.Code, sample.HostKey, HostCommand.Reveal);

            Assert.Equal("Anna", resumed.Me.Name);
            Assert.Equal(SavedSample.AnnasAnswer, resumed.MyAnswer);
            Assert.Equal(Phase.Onthulling, revealed.Value!.Round.Phase);
            Assert.True(SavedSample.IsVersion1((byte[])(await database.HashGetAsync(key, "data"))!), "The reveal was not saved in version 1.");
        }
        finally
        {
            await database.KeyDeleteAsync(key);
            server.DeleteData();
        }
    }

    private static IGrainStorage Storage(SpelServerFactory server)
    {
        _ = server.Server;
        return server.Services.GetRequiredKeyedService<IGrainStorage>(StorageNames.Sessions);
    }

    private static async Task<GrainState<SessionState>> ReadAsync(SpelServerFactory server, SavedSample sample)
    {
        var state = new GrainState<SessionState>(new SessionState());
        await Storage(server).ReadStateAsync("session", GrainId.Create("session", sample.Code), state);
        return state;
    }
}
