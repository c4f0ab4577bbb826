using Microsoft.Extensions.Options;
using Spel.Scenarios.Decks;
using Spel.Scenarios.Play;
using Spel.Server.Hosting;

namespace Spel.Server.Decks;

/// <summary>The decks this server offers, read once at start. A broken deck file is logged and left out; the others stay.</summary>
public sealed class DeckCatalog
{
    private readonly DeckLibrary _library;

    public DeckCatalog(IOptions<SpelOptions> options, ILogger<DeckCatalog> logger)
    {
        Folder = string.IsNullOrWhiteSpace(options.Value.DecksFolder)
            ? Path.Combine(AppContext.BaseDirectory, "content", "decks")
            : Path.GetFullPath(options.Value.DecksFolder);
        _library = DeckLibrary.LoadFolder(Folder);
        foreach (var problem in _library.Problems)
        {
            logger.LogError("Deck file {Source} ({Place}) is not offered: {Problem}",
                problem.Source, problem.IsAboutWholeFile ? "whole file" : $"{problem.Line}:{problem.Column}", problem.MessageEn);
        }

        logger.LogInformation("Offering {Count} decks from {Folder}", _library.Decks.Count, Folder);
    }

    public string Folder { get; }

    public IReadOnlyList<DeckSummary> Summaries =>
        _library.Decks.Select(d => new DeckSummary(d.Id, d.Title, d.Description, d.Language, d.Cards.Count, d.Cards.Select(c => new CardSummary(c.Id, c.Title, c.Suggested)).ToList())).ToList();

    public Deck? Find(string id) => _library.Find(id);
}
