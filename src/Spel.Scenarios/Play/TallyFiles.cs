namespace Spel.Scenarios.Play;

/// <summary>
/// Tally files ("zo kozen andere dorpen" carried between laptops, docs/exports.md): where the console downloads its
/// session's anonymous tally and uploads others', with the host key in a header like the debrief's downloads.
/// </summary>
public static class TallyFiles
{
    /// <summary>The value of the file's <c>format</c> field.</summary>
    public const string Format = "spel.tally";

    /// <summary>The format version this server writes and the newest it reads.</summary>
    public const int Version = 1;

    /// <summary>A file larger than this is refused unread: a session's tally is a few kilobytes, a deck's starting tally rarely more than a hundred.</summary>
    public const int MaxBytes = 1024 * 1024;

    public const string HostKeyHeader = DebriefDownloads.HostKeyHeader;

    public static string Path(string code) => $"/api/sessions/{code}/tally.json";
}

/// <summary>What an imported file came to: how many sessions it held, and how many of those were new here.</summary>
public sealed record TallyImported(int Sessions, int Added);
