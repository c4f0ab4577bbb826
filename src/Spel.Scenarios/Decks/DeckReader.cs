using System.Text;

namespace Spel.Scenarios.Decks;

/// <summary>Reads a deck from its YAML file format (docs/deck-format.md), refusing anything unsafe or invalid.</summary>
public static class DeckReader
{
    // Far above any real deck (the shipped one is a few dozen KB) and small enough to refuse an upload before parsing it.
    internal const int MaxBytes = 512 * 1024;

    /// <exception cref="DeckFormatException">The text is not a valid deck; every problem found is listed.</exception>
    public static Deck Parse(string yaml, string sourceName) => ThrowUnlessValid(Read(yaml, sourceName));

    /// <exception cref="DeckFormatException">The file is not a valid deck; every problem found is listed.</exception>
    public static Deck ReadFile(string path) => ThrowUnlessValid(ReadFileOutcome(path));

    internal static DeckReadOutcome Read(string yaml, string sourceName)
    {
        var problems = new DeckProblems(sourceName);
        var bytes = Encoding.UTF8.GetByteCount(yaml);
        if (bytes > MaxBytes)
        {
            problems.AddForFile(DeckMessages.FileTooLarge(bytes, MaxBytes));
            return DeckReadOutcome.Refused(problems);
        }

        var root = SafeYamlLoader.Load(yaml, problems);
        if (root is null)
        {
            if (!problems.Any)
            {
                problems.AddForFile(DeckMessages.Empty);
            }

            return DeckReadOutcome.Refused(problems);
        }

        var mapper = new DeckMapper(problems);
        var deck = mapper.Map(root);
        DeckRules.CheckAll(deck, mapper.Where, problems);
        return problems.Any
            ? DeckReadOutcome.Refused(problems)
            : new DeckReadOutcome(deck, mapper.Where.Field(deck, "id")?.Value ?? Position.WholeFile, []);
    }

    /// <remarks>Problems with the file's contents are in the outcome; a missing or unreadable file throws, as <see cref="File"/> does.</remarks>
    internal static DeckReadOutcome ReadFileOutcome(string path)
    {
        var sourceName = Path.GetFileName(path);
        var length = new FileInfo(path).Length;
        if (length > MaxBytes)
        {
            var problems = new DeckProblems(sourceName);
            problems.AddForFile(DeckMessages.FileTooLarge(length, MaxBytes));
            return DeckReadOutcome.Refused(problems);
        }

        return Read(File.ReadAllText(path, Encoding.UTF8), sourceName);
    }

    private static Deck ThrowUnlessValid(DeckReadOutcome outcome) =>
        outcome.Deck ?? throw new DeckFormatException(outcome.Problems);
}

/// <summary>A valid deck and where its id was written, or the problems that stopped it.</summary>
internal sealed record DeckReadOutcome(Deck? Deck, Position IdAt, IReadOnlyList<DeckProblem> Problems)
{
    public static DeckReadOutcome Refused(DeckProblems problems) => new(null, Position.WholeFile, problems.ToList());
}
