using Orleans.TestingHost;
using Spel.Server.Hosting;
using Spel.Server.Realtime;
using Spel.Server.Sessions;

namespace Spel.Server.Tests.Support;

/// <summary>
/// Two silos in this process with in-memory grain storage; each test opens its own session on them. Each silo's
/// "screens" record what it hears (<see cref="RecordingScreens"/>).
/// </summary>
public sealed class ClusterFixture : IAsyncLifetime
{
    public InProcessTestCluster Cluster { get; private set; } = null!;

    public IGrainFactory Grains => Cluster.Client;

    public async Task InitializeAsync()
    {
        var builder = new InProcessTestClusterBuilder(2);
        builder.ConfigureSilo((_, silo) =>
        {
            silo.Services.AddContractSerialization();
            silo.Services.AddSingleton(TimeProvider.System);
            silo.AddMemoryGrainStorage(StorageNames.Sessions);
            silo.AddMemoryGrainStorage(StorageNames.Tallies);
            silo.AddMemoryGrainStorage(StorageNames.Decks);
            silo.AddIncomingGrainCallFilter(GrainCalls.Instance);
            silo.AddClusterServers();
            silo.Services.AddSingleton<GameMetrics>();
            silo.Services.AddSingleton<RecordingScreens>();
            silo.Services.AddSingleton<ISessionScreens>(services => services.GetRequiredService<RecordingScreens>());
        });
        builder.ConfigureClient(client => client.Services.AddContractSerialization());
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    public async Task DisposeAsync() => await Cluster.DisposeAsync();
}

[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<ClusterFixture>
{
    public const string Name = "cluster";
}
