using Spel.Client.Localization;
using Spel.Scenarios.Studio;

namespace Spel.Client.Pages.Studio;

/// <summary>
/// The validator's latest word on the draft, by the field each problem is about (<see cref="StudioProblem.Path"/>),
/// so a field shows its own problems and the rest go in the list at the top.
/// </summary>
public sealed class StudioProblems(IReadOnlyList<StudioProblem> all)
{
    public static StudioProblems None { get; } = new([]);

    public IReadOnlyList<StudioProblem> All { get; } = all;

    public IEnumerable<StudioProblem> At(string path) => All.Where(p => p.Path == path);

    /// <summary>Problems about card <paramref name="index"/> or any field in it.</summary>
    public int InCard(int index) => All.Count(p => p.Path is { } path && StudioPaths.IsInCard(path, index));

    /// <summary>Problems no field on screen shows: about the deck as a whole, an id, or a card that is not open.</summary>
    public IEnumerable<StudioProblem> Elsewhere(IReadOnlySet<string> shown) =>
        All.Where(p => p.Path is not { } path || !shown.Contains(path));

    /// <summary>The problem in the language of the page.</summary>
    public static string Text(StudioProblem problem) => Language.Current == Language.English ? problem.MessageEn : problem.MessageNl;
}

/// <summary>
/// The names <see cref="StudioProblem.Path"/> gives the editor's fields: the deck model's JSON names, indexes from 0
/// (<c>cards[2].options[0].text</c>).
/// </summary>
public static class StudioPaths
{
    public const string Id = "id";
    public const string Title = "title";
    public const string Language = "language";
    public const string Description = "description";
    public const string Audience = "audience";
    public const string Roles = "roles";
    public const string Cards = "cards";

    public static string Role(int index, string field) => $"roles[{index}].{field}";

    public static string Card(int index) => $"cards[{index}]";

    public static string Card(int index, string field) => $"{Card(index)}.{field}";

    public static string Option(int card, int option, string field) => $"{Card(card)}.options[{option}].{field}";

    public static string Item(int card, string list, int index) => $"{Card(card)}.{list}[{index}]";

    public static bool IsInCard(string path, int index) =>
        path == Card(index) || path.StartsWith(Card(index) + ".", StringComparison.Ordinal);
}
