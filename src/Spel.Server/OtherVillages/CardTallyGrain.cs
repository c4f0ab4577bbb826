using Spel.Scenarios.Play;
using Spel.Server.Sessions;

namespace Spel.Server.OtherVillages;

/// <summary>Keeps each contributing session's first votes apart, so a session can be left out of its own comparison.</summary>
public sealed class CardTallyGrain(
    [PersistentState("tally", StorageNames.Tallies)] IPersistentState<CardTallyState> state) : Grain, ICardTallyGrain
{
    public async Task Contribute(string sessionCode, string tallyId, IReadOnlyList<Answer> answers)
    {
        state.State.Sessions[sessionCode] = answers
            .Select(a => new SharedAnswer(a.Eigenaarschap, a.Regie, a.OptionId))
            .ToList();
        state.State.TallyIds[sessionCode] = tallyId;

        // The session's own file may have been imported before it shared (or shared again): it counts once, as itself.
        state.State.Imported.Remove(tallyId);
        await state.WriteStateAsync();
    }

    public async Task Withdraw(string sessionCode)
    {
        if (state.State.Sessions.Remove(sessionCode) | state.State.TallyIds.Remove(sessionCode))
        {
            await state.WriteStateAsync();
        }
    }

    public async Task<IReadOnlyList<string>> Import(IReadOnlyDictionary<string, List<SharedAnswer>> sessions)
    {
        var own = state.State.TallyIds.Values.ToHashSet(StringComparer.Ordinal);
        var added = sessions
            .Where(s => s.Value.Count > 0 && !own.Contains(s.Key) && !state.State.Imported.ContainsKey(s.Key))
            .Select(s => s.Key)
            .ToList();
        foreach (var id in added)
        {
            state.State.Imported[id] = sessions[id];
        }

        if (added.Count > 0)
        {
            await state.WriteStateAsync();
        }

        return added;
    }

    public Task<OtherVillagesView?> Get(string excludingSession)
    {
        var others = state.State.Sessions
            .Where(s => s.Key != excludingSession)
            .Select(s => s.Value)
            .Concat(state.State.Imported.Values)
            .Where(answers => answers.Count > 0)
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

    /// <summary>
    /// The anonymous tally id (the one its files carry) per contributing session's join code, so a file holding this
    /// server's own session adds nothing. Empty in state saved before tally files: such a session is known by code only.
    /// </summary>
    [Id(1)] public Dictionary<string, string> TallyIds { get; set; } = [];

    /// <summary>First votes per tally id of the sessions read from tally files (imported, or a deck's starting tally).</summary>
    [Id(2)] public Dictionary<string, List<SharedAnswer>> Imported { get; set; } = [];
}

/// <summary>A first vote as other villages see it: no seat, no name, no side.</summary>
[GenerateSerializer, Immutable, Alias("spel.shared-answer")]
public sealed record SharedAnswer(
    [property: Id(0)] Spel.Scenarios.Decks.Eigenaarschap Eigenaarschap,
    [property: Id(1)] Spel.Scenarios.Decks.Regie Regie,
    [property: Id(2)] string OptionId);
