using Spel.Scenarios.Decks;
using Spel.Scenarios.Studio;

namespace Spel.Server.Studio;

/// <summary>The one place a validator's problem becomes what the studio keeps and what it sends.</summary>
public static class StudioProblems
{
    public static OwnDeckProblem Kept(DeckProblem problem) =>
        new(problem.Path, problem.Line, problem.Column, problem.MessageNl, problem.MessageEn);

    public static StudioProblem Wire(OwnDeckProblem problem) =>
        new(problem.Path, problem.Line, problem.Column, problem.MessageNl, problem.MessageEn);

    public static IReadOnlyList<StudioProblem> Wire(IEnumerable<DeckProblem> problems) => problems.Select(p => Wire(Kept(p))).ToList();

    public static IReadOnlyList<StudioProblem> Wire(IEnumerable<OwnDeckProblem> problems) => problems.Select(Wire).ToList();
}
