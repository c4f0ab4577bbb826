using Microsoft.Extensions.Time.Testing;
using Spel.Server.Sessions;
using Spel.Server.Storage;
using Spel.Server.Tests.Support;

namespace Spel.Server.Tests.Sessions;

/// <summary>A hall's calls to a session that exists cost one storage read a minute; guesses are never remembered.</summary>
[Collection(ClusterCollection.Name)]
public sealed class SessionDirectoryTests(ClusterFixture fixture)
{
    private readonly CountingProbe _probe = new("BESTAAT");
    private readonly FakeTimeProvider _time = new(DateTimeOffset.UtcNow);

    [Fact]
    public async Task A_session_that_exists_is_read_from_storage_once_a_minute()
    {
        var directory = new SessionDirectory(fixture.Grains, _probe, _time);

        for (var call = 0; call < 40; call++)
        {
            Assert.True(await directory.ExistsAsync("BESTAAT"));
        }

        _time.Advance(SessionDirectory.RememberExisting);
        Assert.True(await directory.ExistsAsync("BESTAAT"));

        Assert.Equal(2, _probe.Reads);
    }

    [Fact]
    public async Task A_code_that_names_nothing_is_asked_every_time_and_a_forgotten_one_again()
    {
        var directory = new SessionDirectory(fixture.Grains, _probe, _time);

        Assert.False(await directory.ExistsAsync("GERADEN"));
        Assert.False(await directory.ExistsAsync("GERADEN"));
        Assert.True(await directory.ExistsAsync("BESTAAT"));
        directory.Forget("BESTAAT");
        Assert.True(await directory.ExistsAsync("BESTAAT"));

        Assert.Equal(4, _probe.Reads);
    }

    private sealed class CountingProbe(string existing) : IGrainStateProbe
    {
        public int Reads { get; private set; }

        public Task<bool> HoldsStateAsync(string stateName, GrainId grainId, CancellationToken cancellationToken)
        {
            Reads++;
            return Task.FromResult(grainId.Key.ToString() == existing);
        }
    }
}
