namespace Spel.Scenarios.Decks;

/// <summary>The decks of a folder or a list of files; a broken file is reported in <see cref="Problems"/> and does not stop the others.</summary>
public sealed class DeckLibrary
{
    private readonly Dictionary<string, Deck> _byId;

    private DeckLibrary(IReadOnlyList<Deck> decks, IReadOnlyList<DeckProblem> problems)
    {
        Decks = decks;
        Problems = problems;
        _byId = decks.ToDictionary(d => d.Id, StringComparer.Ordinal);
    }

    public IReadOnlyList<Deck> Decks { get; }

    public IReadOnlyList<DeckProblem> Problems { get; }

    /// <summary>Reads every <c>*.yaml</c> and <c>*.yml</c> file directly in <paramref name="folder"/>, in file-name order.</summary>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public static DeckLibrary LoadFolder(string folder) => LoadFiles(DeckFilesIn(folder));

    /// <summary>The files <see cref="LoadFolder"/> reads: <c>*.yaml</c> and <c>*.yml</c> directly in the folder, in file-name order.</summary>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public static IReadOnlyList<string> DeckFilesIn(string folder) =>
        Directory.EnumerateFiles(folder)
            .Where(path => Path.GetExtension(path).ToLowerInvariant() is ".yaml" or ".yml")
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>
    /// Reads the files in the given order. When two or more decks share an id none of them is loaded: which one a
    /// trainer meant cannot be told from the files, and playing the wrong version is worse than a deck that is
    /// missing with a reason. Each of them is reported at its id, naming all their files.
    /// </summary>
    public static DeckLibrary LoadFiles(IEnumerable<string> paths)
    {
        var read = paths.Select(path => (Source: Path.GetFileName(path), Outcome: ReadOrReport(path))).ToList();
        var sourcesById = read
            .Where(file => file.Outcome.Deck is not null)
            .ToLookup(file => file.Outcome.Deck!.Id, file => file.Source, StringComparer.Ordinal);

        var decks = new List<Deck>();
        var problems = new List<DeckProblem>();
        foreach (var (source, outcome) in read)
        {
            problems.AddRange(outcome.Problems);
            if (outcome.Deck is not { } deck)
            {
                continue;
            }

            var sources = sourcesById[deck.Id].ToList();
            if (sources.Count == 1)
            {
                decks.Add(deck);
                continue;
            }

            var message = DeckMessages.DuplicateDeckId(deck.Id, sources);
            problems.Add(new DeckProblem(source, outcome.IdAt.Line, outcome.IdAt.Column, message.Nl, message.En) { Path = "id" });
        }

        return new DeckLibrary(decks, problems);
    }

    public Deck? Find(string id) => _byId.GetValueOrDefault(id);

    private static DeckReadOutcome ReadOrReport(string path)
    {
        try
        {
            return DeckReader.ReadFileOutcome(path);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            var problems = new DeckProblems(Path.GetFileName(path));
            problems.AddForFile(DeckMessages.FileUnreadable(error.Message));
            return DeckReadOutcome.Refused(problems);
        }
    }
}
