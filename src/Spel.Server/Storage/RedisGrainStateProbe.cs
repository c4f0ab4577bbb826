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
    private readonly SemaphoreSlim _connecting = new(1, 1);
    private ConnectionMultiplexer? _connection;

    public static RedisKey Key(string serviceId, string stateName, GrainId grainId) => $"{serviceId}/state/{grainId.Type}/{grainId.Key}/{stateName}";

    public async Task<bool> HoldsStateAsync(string stateName, GrainId grainId, CancellationToken cancellationToken)
    {
        var database = (await ConnectAsync()).GetDatabase();
        return await database.HashStringLengthAsync(Key(cluster.Value.ServiceId, stateName, grainId), "data") > 0;
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }

        _connecting.Dispose();
    }

    /// <summary>Connects on first use; a failed attempt is not remembered, so the next look-up tries again.</summary>
    private async Task<ConnectionMultiplexer> ConnectAsync()
    {
        if (_connection is { } connected)
        {
            return connected;
        }

        await _connecting.WaitAsync();
        try
        {
            return _connection ??= await ConnectionMultiplexer.ConnectAsync(redis.Clone());
        }
        finally
        {
            _connecting.Release();
        }
    }
}
