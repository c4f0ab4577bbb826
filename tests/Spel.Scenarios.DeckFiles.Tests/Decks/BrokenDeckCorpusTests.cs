using System.Text;
using System.Text.RegularExpressions;
using Spel.Scenarios.Decks;

namespace Spel.Scenarios.Tests.Decks;

/// <summary>
/// The corpus of broken decks. Decks/Broken holds one deck file per mistake a trainer makes. Each file ends with the
/// problems it must produce, as comments: <c># line:column</c> (<c># 0:0</c> for the whole file), then
/// <c>#   nl: ...</c> and <c>#   en: ...</c>, and <c>#   path: ...</c> when the problem is about a field (the path the
/// studio shows it at; no line when it is none). A new case is a new file. What cannot be a readable file (empty, huge,
/// binary, another encoding) is made by <see cref="GeneratedBrokenDecks"/>, with its problems beside it.
/// </summary>
public sealed partial class BrokenDeckCorpusTests : IDisposable
{
    private static readonly string Corpus = Path.Combine(AppContext.BaseDirectory, "Decks", "Broken");

    private readonly string _folder = Directory.CreateTempSubdirectory("broken-decks-").FullName;

    public static TheoryData<string> Files => new(CorpusFiles().Select(Path.GetFileName).Order()!);

    public static TheoryData<string> Generated => new(GeneratedBrokenDecks.All.Select(deck => deck.File));

    /// <summary>Ways a trainer's editor may save the same text: Windows line ends, a byte order mark, UTF-16.</summary>
    public static TheoryData<string, string> FilesSavedOtherwise
    {
        get
        {
            var cases = new TheoryData<string, string>();
            foreach (var file in CorpusFiles().Select(Path.GetFileName).Order())
            {
                foreach (var saving in SavedOtherwise.Keys)
                {
                    cases.Add(file!, saving);
                }
            }

            return cases;
        }
    }

    private static readonly Dictionary<string, Func<string, byte[]>> SavedOtherwise = new()
    {
        ["CRLF"] = text => Encoding.UTF8.GetBytes(text.ReplaceLineEndings("\r\n")),
        ["UTF-8 with BOM"] = text => [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(text)],
        ["UTF-16 LE with BOM"] = text => [.. Encoding.Unicode.Preamble, .. Encoding.Unicode.GetBytes(text)],
        ["UTF-16 BE with BOM, CRLF"] = text => [.. Encoding.BigEndianUnicode.Preamble, .. Encoding.BigEndianUnicode.GetBytes(text.ReplaceLineEndings("\r\n"))],
    };

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [MemberData(nameof(Files))]
    public void A_broken_deck_is_refused_with_exactly_the_problems_written_at_its_end(string file)
    {
        var path = Path.Combine(Corpus, file);

        AssertRefusedWith(ExpectedAtTheEndOf(path), path);
    }

    [Theory]
    [MemberData(nameof(FilesSavedOtherwise))]
    public void A_broken_deck_saved_another_way_is_refused_with_the_same_problems_at_the_same_places(string file, string saving)
    {
        var path = Path.Combine(_folder, file);
        File.WriteAllBytes(path, SavedOtherwise[saving](File.ReadAllText(Path.Combine(Corpus, file))));

        AssertRefusedWith(ExpectedAtTheEndOf(Path.Combine(Corpus, file)), path);
    }

    [Theory]
    [MemberData(nameof(Generated))]
    public void A_generated_broken_deck_is_refused_with_exactly_its_problems(string file)
    {
        var deck = GeneratedBrokenDecks.All.Single(d => d.File == file);
        var path = Path.Combine(_folder, file);
        File.WriteAllBytes(path, deck.Bytes);

        AssertRefusedWith(deck.Problems, path, comparePaths: false);
    }

    [Fact]
    public void The_corpus_holds_at_least_fifty_broken_decks_showing_at_least_thirty_different_mistakes()
    {
        var firstMessages = CorpusFiles().Select(path => ExpectedAtTheEndOf(path)[0].En)
            .Concat(GeneratedBrokenDecks.All.Select(deck => deck.Problems[0].En))
            .ToList();

        Assert.True(firstMessages.Count >= 50, $"Only {firstMessages.Count} broken decks");
        Assert.True(firstMessages.Distinct().Count() >= 30, $"Only {firstMessages.Distinct().Count()} different mistakes");
    }

    [Fact]
    public void A_folder_of_broken_decks_is_reported_file_by_file_and_loads_nothing()
    {
        var library = DeckLibrary.LoadFolder(Corpus);

        Assert.Empty(library.Decks);
        Assert.Equal(
            CorpusFiles().Select(Path.GetFileName).Order(),
            library.Problems.Select(p => p.Source).Distinct());
    }

    private static IEnumerable<string> CorpusFiles() => Directory.EnumerateFiles(Corpus, "*.yaml");

    // The generated decks are about reading safely, not about fields; their paths are not written down.
    private static void AssertRefusedWith(IReadOnlyList<Expected> expected, string path, bool comparePaths = true)
    {
        var problems = Assert.Throws<DeckFormatException>(() => DeckReader.ReadFile(path)).Problems;

        Assert.NotEmpty(expected);
        Assert.Equal(expected, problems.Select(p => new Expected(p.Line, p.Column, p.MessageNl, p.MessageEn, comparePaths ? p.Path : null)));
        Assert.All(problems, p => Assert.Equal(Path.GetFileName(path), p.Source));
    }

    private static IReadOnlyList<Expected> ExpectedAtTheEndOf(string path)
    {
        var comments = string.Join("\n", File.ReadLines(path).SkipWhile(line => line != "# Verwacht / expected:"));
        return ExpectedProblem().Matches(comments)
            .Select(m => new Expected(
                int.Parse(m.Groups["line"].Value),
                int.Parse(m.Groups["column"].Value),
                m.Groups["nl"].Value,
                m.Groups["en"].Value,
                m.Groups["path"].Success ? m.Groups["path"].Value : null))
            .ToList();
    }

    [GeneratedRegex(@"^# (?<line>\d+):(?<column>\d+)\n#   nl: (?<nl>.*)\n#   en: (?<en>.*)$(\n#   path: (?<path>.*)$)?", RegexOptions.Multiline)]
    private static partial Regex ExpectedProblem();
}
