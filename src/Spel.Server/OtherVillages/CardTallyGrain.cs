using Spel.Scenarios.Play;
using Spel.Server.Sessions;

namespace Spel.Server.OtherVillages;

/// <summary>Keeps each contributing session's first votes apart, so a session can be left out of its own comparison.</summary>
public sealed class CardTallyGrain(
    [PersistentState("tally", StorageNames.Tallies)] IPersistentState<CardTallyState> state) : Grain, ICardTallyGrain
{
    public async Task Contribute(string sessionCode, IReadOnlyList<Answer> answers)
    {
        state.State.Sessions[sessionCode] = answers
            .Select(a => new SharedAnswer(a.Eigenaarschap, a.Regie, a.OptionId))
            .ToList();
        await state.WriteStateAsync();
    }

    public async Task Withdraw(string sessionCode)
    {
        if (state.State.Sessions.Remove(sessionCode))
        {
            await state.WriteStateAsync();
        }
    }

    public Task<OtherVillagesView?> Get(string excludingSession)
    {
        var others = state.State.Sessions
            .Where(s => s.Key != excludingSession && s.Value.Count > 0)
            .Select(s => s.Value)
            .ToList();
        if (others.Count < Limits.OtherVillagesMinimum)
        {
            return Task.FromResult<OtherVillagesView?>(null);
        }

        var answers = others.SelectMany(s => s).ToList();
        var view = new OtherVillagesView(
            others.Count,
            Outcomes.Distribution(null, answers.Select(a => new Position(a.Eigenaarschap, a.Regie))),
            answers.GroupBy(a => a.OptionId).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => new OptionCount(g.Key, g.Count())).ToList());
        return Task.FromResult<OtherVillagesView?>(view);
    }
}

[GenerateSerializer, Alias("spel.card-tally-state")]
public sealed class CardTallyState
{
    /// <summary>First votes per contributing session's join code.</summary>
    [Id(0)] public Dictionary<string, List<SharedAnswer>> Sessions { get; set; } = [];
}

/// <summary>A first vote as other villages see it: no seat, no name, no side.</summary>
[GenerateSerializer, Immutable, Alias("spel.shared-answer")]
public sealed record SharedAnswer(
    [property: Id(0)] Spel.Scenarios.Decks.Eigenaarschap Eigenaarschap,
    [property: Id(1)] Spel.Scenarios.Decks.Regie Regie,
    [property: Id(2)] string OptionId);
