using Microsoft.Extensions.Options;
using Spel.Scenarios.Play;
using Spel.Server.Decks;
using Spel.Server.Hosting;

namespace Spel.Server.OtherVillages;

/// <summary>
/// The starting tallies decks ship (<c>&lt;deck-id&gt;.tally.json</c> next to the deck files, docs/deck-format.md),
/// merged once the silo runs. Each session in them is counted once, so a restart adds nothing; a bad file is logged
/// and left out, and the game starts all the same.
/// </summary>
public sealed class StartingTallies(IGrainFactory grains, IOptions<SpelOptions> options, ILogger<StartingTallies> logger) : BackgroundService
{
    public const string Suffix = ".tally.json";

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var folders = new[] { FileDecks.Shipped, options.Value.DecksFolder }
            .Where(folder => !string.IsNullOrWhiteSpace(folder))
            .Select(folder => Path.GetFullPath(folder!))
            .Distinct(StringComparer.Ordinal);
        return MergeAsync(folders);
    }

    /// <summary>Every starting tally in <paramref name="folders"/>, in file-name order; returns how many sessions were new.</summary>
    public async Task<int> MergeAsync(IEnumerable<string> folders)
    {
        var added = 0;
        foreach (var file in folders.Where(Directory.Exists).SelectMany(folder => Directory.EnumerateFiles(folder, "*" + Suffix).Order(StringComparer.Ordinal)))
        {
            try
            {
                var read = new FileInfo(file).Length > TallyFiles.MaxBytes
                    ? TallyRead.Refused(ErrorCode.TallyTooLarge, $"more than {TallyFiles.MaxBytes} bytes")
                    : TallyFile.Read(await File.ReadAllBytesAsync(file));
                if (read.Error is not null)
                {
                    logger.LogError("Starting tally {File} is not merged: {Problem}", file, read.Problem);
                    continue;
                }

                var fromFile = await TallyMerge.IntoAsync(grains, read.Sessions);
                added += fromFile;
                logger.LogInformation("Starting tally {File}: {Added} of {Sessions} sessions new here", file, fromFile, read.Sessions.Count);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                logger.LogError(ex, "Starting tally {File} could not be read", file);
            }
        }

        return added;
    }
}
