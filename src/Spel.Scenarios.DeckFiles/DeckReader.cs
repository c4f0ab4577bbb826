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

    /// <summary>
    /// Reads a draft from the studio, which may still break the rules: the deck as far as its fields could be read
    /// (null only when the text is no readable YAML deck at all) and every problem that keeps it from being played.
    /// </summary>
    public static (Deck? Deck, IReadOnlyList<DeckProblem> Problems) ReadDraft(string yaml, string sourceName)
    {
        var outcome = Read(yaml, sourceName);
        return (outcome.Draft, outcome.Problems);
    }

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
        using var file = File.OpenRead(path);

        // Never more than the limit and one byte is read, so the size is checked before anything else looks at the file.
        var bytes = new byte[Math.Min(file.Length, MaxBytes + 1)];
        var read = file.ReadAtLeast(bytes, bytes.Length, throwOnEndOfStream: false);
        return ReadBytes(bytes.AsSpan(0, read), Math.Max(file.Length, read), Path.GetFileName(path));
    }

    /// <summary>
    /// Reads an uploaded file's bytes exactly as a file on disk is read (size, encoding, byte order mark, then the
    /// deck): the deck when it is valid, else null and every problem.
    /// </summary>
    public static (Deck? Deck, IReadOnlyList<DeckProblem> Problems) ReadUpload(ReadOnlySpan<byte> bytes, string sourceName)
    {
        var outcome = ReadBytes(bytes, bytes.Length, sourceName);
        return (outcome.Deck, outcome.Problems);
    }

    private static DeckReadOutcome ReadBytes(ReadOnlySpan<byte> bytes, long size, string sourceName)
    {
        var problems = new DeckProblems(sourceName);
        if (size > MaxBytes)
        {
            problems.AddForFile(DeckMessages.FileTooLarge(size, MaxBytes));
            return DeckReadOutcome.Refused(problems);
        }

        return DeckFileText.Decode(bytes, problems) is { } text
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
            ? DeckReadOutcome.Refused(problems) with { Draft = deck }
            : new DeckReadOutcome(deck, mapper.Where.Field(deck, "id")?.Value ?? Position.WholeFile, []) { Draft = deck };
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
    /// <summary>The deck as its fields were read, also when the rules refuse it; null when the text held no deck to map.</summary>
    public Deck? Draft { get; init; }

    public static DeckReadOutcome Refused(DeckProblems problems) => new(null, Position.WholeFile, problems.ToList());
}
