using Microsoft.Extensions.Time.Testing;
using Orleans.TestingHost;
using Spel.Server.Hosting;
using Spel.Server.Realtime;
using Spel.Server.Sessions;

namespace Spel.Server.Tests.Support;

/// <summary>One silo whose clock is a <see cref="FakeTimeProvider"/>, so that countdowns run only when a test moves it.</summary>
public sealed class FakeClockCluster : IAsyncLifetime
{
    public FakeTimeProvider Time { get; } = new(DateTimeOffset.UtcNow);

    public RecordingScreens Screens { get; } = new();

    public InProcessTestCluster Cluster { get; private set; } = null!;

    public IGrainFactory Grains => Cluster.Client;

    public async Task InitializeAsync()
    {
        var builder = new InProcessTestClusterBuilder(1);
        builder.ConfigureSilo((_, silo) =>
        {
            silo.Services.AddContractSerialization();
            silo.Services.AddSingleton<TimeProvider>(Time);
            silo.AddMemoryGrainStorage(StorageNames.Sessions);
            silo.AddMemoryGrainStorage(StorageNames.Tallies);
            silo.AddMemoryGrainStorage(StorageNames.Decks);
            silo.AddClusterServers();
            silo.Services.AddSingleton<GameMetrics>();
            silo.Services.AddSingleton<ISessionScreens>(Screens);
        });
        builder.ConfigureClient(client => client.Services.AddContractSerialization());
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    public async Task DisposeAsync() => await Cluster.DisposeAsync();
}
