using System.Text.RegularExpressions;
using Spel.Scenarios.Decks;

namespace Spel.Scenarios.Tests.Decks;

/// <summary>
/// Decks/Broken holds one deck file per mistake a trainer makes. Each file ends with the problems it must produce,
/// as comments: <c># line:column</c>, then <c>#   nl: ...</c> and <c>#   en: ...</c>. A new case is a new file.
/// </summary>
public partial class BrokenDeckCorpusTests
{
    private static readonly string Corpus = Path.Combine(AppContext.BaseDirectory, "Decks", "Broken");

    public static TheoryData<string> Files => new(Directory.EnumerateFiles(Corpus, "*.yaml").Select(Path.GetFileName).Order()!);

    [Theory]
    [MemberData(nameof(Files))]
    public void A_broken_deck_is_refused_with_exactly_the_problems_written_at_its_end(string file)
    {
        var path = Path.Combine(Corpus, file);
        var expected = Expected(path);

        var problems = Assert.Throws<DeckFormatException>(() => DeckReader.ReadFile(path)).Problems;

        Assert.NotEmpty(expected);
        Assert.Equal(expected, problems.Select(p => new Expectation(p.Line, p.Column, p.MessageNl, p.MessageEn)));
        Assert.All(problems, p => Assert.Equal(file, p.Source));
    }

    [Fact]
    public void The_corpus_shows_at_least_fifteen_different_mistakes()
    {
        var firstMessages = Directory.EnumerateFiles(Corpus, "*.yaml").Select(path => Expected(path)[0].En).ToList();

        Assert.True(firstMessages.Distinct().Count() >= 15, $"Only {firstMessages.Distinct().Count()} different mistakes");
    }

    [Fact]
    public void A_folder_of_broken_decks_is_reported_file_by_file_and_loads_nothing()
    {
        var library = DeckLibrary.LoadFolder(Corpus);

        Assert.Empty(library.Decks);
        Assert.Equal(
            Directory.EnumerateFiles(Corpus, "*.yaml").Select(Path.GetFileName).Order(),
            library.Problems.Select(p => p.Source).Distinct());
    }

    private static IReadOnlyList<Expectation> Expected(string path)
    {
        var comments = string.Join("\n", File.ReadLines(path).SkipWhile(line => line != "# Verwacht / expected:"));
        return ExpectedProblem().Matches(comments)
            .Select(m => new Expectation(int.Parse(m.Groups["line"].Value), int.Parse(m.Groups["column"].Value), m.Groups["nl"].Value, m.Groups["en"].Value))
            .ToList();
    }

    [GeneratedRegex(@"^# (?<line>\d+):(?<column>\d+)\n#   nl: (?<nl>.*)\n#   en: (?<en>.*)$", RegexOptions.Multiline)]
    private static partial Regex ExpectedProblem();

    private sealed record Expectation(int Line, int Column, string Nl, string En);
}
