using Microsoft.AspNetCore.SignalR.Client;
using Orleans.Storage;
using Spel.Scenarios.Decks;
using Spel.Scenarios.Play;
using Spel.Server.Sessions;
using Spel.Server.Tests.Support;

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

    private static async Task<GrainState<SessionState>> ReadAsync(SpelServerFactory server, SavedSample sample)
    {
        _ = server.Server;
        var storage = server.Services.GetRequiredKeyedService<IGrainStorage>(StorageNames.Sessions);
        var state = new GrainState<SessionState>(new SessionState());
        await storage.ReadStateAsync("session", GrainId.Create("session", sample.Code), state);
        return state;
    }
}
