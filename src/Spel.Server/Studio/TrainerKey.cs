using System.Text;
using Microsoft.Extensions.Options;
using Spel.Server.Hosting;
using Spel.Server.Sessions;

namespace Spel.Server.Studio;

/// <summary>
/// The key that opens the deck studio: the configured <c>Spel:TrainerKey</c>, or on one server a key it made at its
/// first start and keeps in the data folder. A Redis cluster without a configured key has no studio: its servers share
/// no folder, so each would make a key of its own and a trainer's key would open the studio on some servers only.
/// </summary>
public sealed partial class TrainerKey
{
    public const string FileName = "trainer-key.txt";

    private const string Setting = "Spel:TrainerKey";

    private readonly OperatorKey? _key;

    public TrainerKey(IOptions<SpelOptions> options, IHostEnvironment environment, ILogger<TrainerKey> logger)
        : this(options, environment, logger, Console.Out)
    {
    }

    /// <param name="console">Where a made key is shown to whoever started the server: the console, never the log.</param>
    internal TrainerKey(IOptions<SpelOptions> options, IHostEnvironment environment, ILogger<TrainerKey> logger, TextWriter console)
    {
        var spel = options.Value;
        _key = OperatorKey.From(spel.TrainerKey, Setting);
        if (_key is not null)
        {
            return;
        }

        if (spel.Cluster != ClusterMode.Embedded)
        {
            LogStudioOff(logger);
            return;
        }

        var path = Path.Combine(OrleansSetup.DataFolder(spel, environment.ContentRootPath), FileName);
        _key = OperatorKey.From(KeptOrMade(path, console), path);
    }

    /// <summary>False in a cluster without a configured key: every studio endpoint then answers <c>StudioOff</c>.</summary>
    public bool IsOn => _key is not null;

    public bool Matches(string sent) => _key?.Matches(sent) == true;

    /// <summary>The kept key; a new one, written owner-only and printed once on the console (never logged), when there is none yet.</summary>
    private static string KeptOrMade(string path, TextWriter console)
    {
        if (File.Exists(path))
        {
            console.WriteLine($"  Trainerssleutel staat in / trainer key is kept in: {path}");
            return File.ReadAllText(path, Encoding.UTF8).Trim();
        }

        var key = Secrets.NewSecret();
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var file = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            file.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var writer = new StreamWriter(path, new UTF8Encoding(false), file))
        {
            writer.WriteLine(key);
        }

        console.WriteLine();
        console.WriteLine($"  Trainerssleutel voor de deckstudio (/decks): {key}");
        console.WriteLine($"  Trainer key for the deck studio (/decks):    {key}");
        console.WriteLine($"  Bewaard in / kept in: {path}");
        console.WriteLine("  Deze sleutel wordt niet nog eens getoond. / This key is not shown again.");
        console.WriteLine();
        return key;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The deck studio is off: no Spel:TrainerKey is configured, and the servers of a Redis cluster share no data folder to keep a key they make")]
    private static partial void LogStudioOff(ILogger logger);
}
