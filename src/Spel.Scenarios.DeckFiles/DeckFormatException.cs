using System.Text;

namespace Spel.Scenarios.Decks;

/// <summary>Thrown when a deck file is not a valid deck; carries every problem found, not only the first.</summary>
public sealed class DeckFormatException : Exception
{
    public DeckFormatException(IReadOnlyList<DeckProblem> problems)
        : base(Summarize(problems))
    {
        Problems = problems;
    }

    public IReadOnlyList<DeckProblem> Problems { get; }

    private static string Summarize(IReadOnlyList<DeckProblem> problems)
    {
        var sources = problems.Select(p => p.Source).Distinct().ToList();
        var summary = new StringBuilder()
            .Append(sources.Count == 1 ? $"Deck '{sources[0]}'" : "The deck")
            .Append($" is not valid ({problems.Count} {(problems.Count == 1 ? "problem" : "problems")}):");
        foreach (var problem in problems)
        {
            summary.AppendLine().Append("  ")
                .Append(problem.IsAboutWholeFile ? "whole file" : $"line {problem.Line}, column {problem.Column}")
                .Append(": ").Append(problem.MessageEn);
        }

        return summary.ToString();
    }
}
