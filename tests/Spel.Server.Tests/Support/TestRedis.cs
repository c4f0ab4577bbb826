using StackExchange.Redis;

namespace Spel.Server.Tests.Support;

/// <summary>The Redis that cluster-mode tests share. `.ci/run` starts one on 127.0.0.1; locally, start one or set SPEL_TEST_REDIS.</summary>
public static class TestRedis
{
    public static string Address { get; } = Environment.GetEnvironmentVariable("SPEL_TEST_REDIS") ?? "127.0.0.1:6379";

    /// <summary>Fails the test (never skips it) when Redis does not answer.</summary>
    public static async Task EnsureReachableAsync()
    {
        await using var probe = await ConnectionMultiplexer.ConnectAsync(Address + ",connectTimeout=3000,abortConnect=false");
        Assert.True(probe.IsConnected, $"Redis is not reachable at {Address}: run `bash .ci/run`, or start redis-server.");
    }
}
