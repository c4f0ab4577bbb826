using Microsoft.Extensions.Options;
using Spel.Scenarios.Decks;
using Spel.Server.Hosting;

namespace Spel.Server.Decks;

/// <summary>
/// The read-only decks, read once at start: those shipped next to the server (<c>content/decks</c>) and those in
/// <c>Spel:DecksFolder</c>, which adds to them. A broken file is logged and kept in <see cref="Problems"/> for the
/// studio's list; the others stay. A folder deck with a shipped deck's id takes that deck's place: the operator
/// who put it there chose it over the shipped one (a hall's own edition, a shortened deck for tests), and the log says so.
/// </summary>
public sealed class FileDecks
{
    private readonly Dictionary<string, Deck> _byId;

    public FileDecks(IOptions<SpelOptions> options, ILogger<FileDecks> logger)
        : this(Shipped, string.IsNullOrWhiteSpace(options.Value.DecksFolder) ? null : Path.GetFullPath(options.Value.DecksFolder), logger)
    {
    }

    internal FileDecks(string shippedFolder, string? folder, ILogger logger)
    {
        var shipped = DeckLibrary.LoadFolder(shippedFolder);
        var decks = shipped.Decks.ToList();
        var problems = shipped.Problems.ToList();
        if (folder is not null && folder != Path.GetFullPath(shippedFolder))
        {
            var added = DeckLibrary.LoadFolder(folder);
            problems.AddRange(added.Problems);
            foreach (var deck in added.Decks)
            {
                var shippedAt = decks.FindIndex(d => d.Id == deck.Id);
                if (shippedAt < 0)
                {
                    decks.Add(deck);
                }
                else if (decks[shippedAt] != deck)
                {
                    decks[shippedAt] = deck;
                    logger.LogWarning("Deck file {Source} in {Folder} takes the place of the shipped deck {DeckId}, whose id it has",
                        SourceOf(folder, deck), folder, deck.Id);
                }
            }
        }

        foreach (var problem in problems)
        {
            logger.LogError("Deck file {Source} ({Place}) is not offered: {Problem}",
                problem.Source, problem.IsAboutWholeFile ? "whole file" : $"{problem.Line}:{problem.Column}", problem.MessageEn);
        }

        logger.LogInformation("Offering {Count} decks from {Folders}", decks.Count, folder is null ? shippedFolder : $"{shippedFolder} and {folder}");
        Decks = decks;
        Problems = problems;
        _byId = decks.ToDictionary(d => d.Id, StringComparer.Ordinal);
    }

    /// <summary>Where the decks shipped with the server are.</summary>
    public static string Shipped { get; } = Path.Combine(AppContext.BaseDirectory, "content", "decks");

    /// <summary>The playable read-only decks: shipped first, then the folder's, each in file-name order.</summary>
    public IReadOnlyList<Deck> Decks { get; }

    /// <summary>What keeps the other files from being offered, file by file.</summary>
    public IReadOnlyList<DeckProblem> Problems { get; }

    public Deck? Find(string id) => _byId.GetValueOrDefault(id);

    // The library does not say which file a deck came from; this rare case reads the folder again to name it.
    private static string SourceOf(string folder, Deck deck) =>
        DeckLibrary.DeckFilesIn(folder).Select(Path.GetFileName).FirstOrDefault(file =>
            DeckLibrary.LoadFiles([Path.Combine(folder, file!)]).Find(deck.Id) is not null) ?? deck.Id;
}
