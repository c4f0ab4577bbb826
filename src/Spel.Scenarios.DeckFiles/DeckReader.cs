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

        return ReadText(yaml, problems);
    }

    /// <remarks>Problems with the file's contents are in the outcome; a missing or unreadable file throws, as <see cref="File"/> does.</remarks>
    internal static DeckReadOutcome ReadFileOutcome(string path)
    {
        var problems = new DeckProblems(Path.GetFileName(path));
        using var file = File.OpenRead(path);

        // Never more than the limit and one byte is read, so the size is checked before anything else looks at the file.
        var bytes = new byte[Math.Min(file.Length, MaxBytes + 1)];
        var read = file.ReadAtLeast(bytes, bytes.Length, throwOnEndOfStream: false);
        if (read > MaxBytes)
        {
            problems.AddForFile(DeckMessages.FileTooLarge(Math.Max(file.Length, read), MaxBytes));
            return DeckReadOutcome.Refused(problems);
        }

        return DeckFileText.Decode(bytes.AsSpan(0, read), problems) is { } text
            ? ReadText(text, problems)
            : DeckReadOutcome.Refused(problems);
    }

    private static DeckReadOutcome ReadText(string yaml, DeckProblems problems)
    {
        if (!DeckFileText.HasOnlyTextCharacters(yaml, problems))
        {
            return DeckReadOutcome.Refused(problems);
        }

        var root = SafeYamlLoader.Load(yaml, problems);
        if (root is null)
        {
            if (!problems.Any)
            {
                problems.AddForFile(WhyNothingIsThere(yaml));
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

    /// <summary>Says plainly what is in a file that holds no YAML value at all.</summary>
    private static Message WhyNothingIsThere(string yaml)
    {
        if (yaml.Length == 0)
        {
            return DeckMessages.Empty;
        }

        if (string.IsNullOrWhiteSpace(yaml))
        {
            return DeckMessages.OnlyBlankLines;
        }

        var onlyComments = true;
        foreach (var line in yaml.AsSpan().EnumerateLines())
        {
            onlyComments &= line.IsWhiteSpace() || line.TrimStart().StartsWith('#');
        }

        return onlyComments ? DeckMessages.OnlyComments : DeckMessages.NoDeck;
    }

    private static Deck ThrowUnlessValid(DeckReadOutcome outcome) =>
        outcome.Deck ?? throw new DeckFormatException(outcome.Problems);
}

/// <summary>A valid deck and where its id was written, or the problems that stopped it.</summary>
internal sealed record DeckReadOutcome(Deck? Deck, Position IdAt, IReadOnlyList<DeckProblem> Problems)
{
    public static DeckReadOutcome Refused(DeckProblems problems) => new(null, Position.WholeFile, problems.ToList());
}
