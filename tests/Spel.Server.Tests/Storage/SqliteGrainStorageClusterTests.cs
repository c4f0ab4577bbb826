using Orleans.TestingHost;
using Spel.Server.Hosting;
using Spel.Server.Storage;

namespace Spel.Server.Tests.Storage;

public sealed class SqliteGrainStorageClusterTests : IDisposable
{
    private readonly StorageFile _file = new();

    [Fact]
    public async Task Grain_state_survives_a_cluster_restart_on_the_same_file()
    {
        await using (var first = await StartClusterAsync())
        {
            var tally = first.Client.GetGrain<ITallyGrain>("team-a");
            await tally.Add(3);
            Assert.Equal(7, await tally.Add(4));
            await first.StopAllSilosAsync();
        }

        await using var second = await StartClusterAsync();

        Assert.Equal(7, await second.Client.GetGrain<ITallyGrain>("team-a").Points());
    }

    public void Dispose() => _file.Dispose();

    /// <summary>Two silos on one file, as two servers in one process would share it.</summary>
    private async Task<InProcessTestCluster> StartClusterAsync()
    {
        var builder = new InProcessTestClusterBuilder(2);
        builder.ConfigureSilo((_, silo) =>
        {
            silo.Services.AddContractSerialization();
            silo.AddSqliteGrainStorage(StorageFile.StoreName, options => options.DatabasePath = _file.DatabasePath);
        });
        builder.ConfigureClient(client => client.Services.AddContractSerialization());
        var cluster = builder.Build();
        await cluster.DeployAsync();
        return cluster;
    }
}
