using Microsoft.Extensions.Options;
using Orleans.Configuration;
using StackExchange.Redis;

namespace Spel.Server.Storage;

/// <summary>
/// The probe for Orleans' Redis grain storage. It reads the key that storage writes by default,
/// <c>{ServiceId}/state/{grain type}/{grain key}/{state name}</c>, a hash whose <c>data</c> field is empty once cleared.
/// </summary>
public sealed class RedisGrainStateProbe(IOptions<ClusterOptions> cluster, ConfigurationOptions redis) : IGrainStateProbe, IAsyncDisposable
{
    private readonly Lazy<Task<ConnectionMultiplexer>> _connection = new(() => ConnectionMultiplexer.ConnectAsync(redis.Clone()));

    public static RedisKey Key(string serviceId, string stateName, GrainId grainId) => $"{serviceId}/state/{grainId.Type}/{grainId.Key}/{stateName}";

    public async Task<bool> HoldsStateAsync(string stateName, GrainId grainId, CancellationToken cancellationToken)
    {
        var database = (await _connection.Value).GetDatabase();
        return await database.HashStringLengthAsync(Key(cluster.Value.ServiceId, stateName, grainId), "data") > 0;
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection.IsValueCreated)
        {
            await (await _connection.Value).DisposeAsync();
        }
    }
}
