namespace Spel.Server.Tests.Storage;

/// <summary>A small state to store: who holds the tally and how many points it has.</summary>
[GenerateSerializer, Alias("spel-tests.storage.tally")]
public sealed record Tally
{
    [Id(0)] public string Holder { get; init; } = "";

    [Id(1)] public int Points { get; init; }
}

[Alias("spel-tests.storage.tally-grain")]
public interface ITallyGrain : IGrainWithStringKey
{
    [Alias("add")]
    Task<int> Add(int points);

    [Alias("points")]
    Task<int> Points();
}

public sealed class TallyGrain([PersistentState("tally", StorageFile.StoreName)] IPersistentState<Tally> tally) : Grain, ITallyGrain
{
    public async Task<int> Add(int points)
    {
        tally.State = tally.State with { Points = tally.State.Points + points };
        await tally.WriteStateAsync();
        return tally.State.Points;
    }

    public Task<int> Points() => Task.FromResult(tally.State.Points);
}
