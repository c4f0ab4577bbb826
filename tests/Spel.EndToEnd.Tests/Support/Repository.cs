namespace Spel.EndToEnd.Tests.Support;

/// <summary>Where things are in this checkout, found from the test's own output folder.</summary>
public static class Repository
{
    /// <summary>The folder that holds Spel.sln.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>Debug or Release: the server is started from the same configuration the tests were built in.</summary>
    public static string Configuration { get; } = FindConfiguration();

    public static string ServerProjectFolder => Path.Combine(Root, "src", "Spel.Server");

    public static string ServerAssembly => Path.Combine(ServerProjectFolder, "bin", Configuration, "net10.0", "Spel.Server.dll");

    public static string ShippedDeck(string deckId) => Path.Combine(Root, "content", "decks", deckId + ".yaml");

    /// <summary>Files a test run leaves behind for people to look at (screenshots); ignored by git.</summary>
    public static string Artifacts(string name)
    {
        var folder = Path.Combine(Root, "artifacts", name);
        Directory.CreateDirectory(folder);
        return folder;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Spel.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Spel.sln not found above " + AppContext.BaseDirectory);
    }

    // The output folder is .../bin/<Configuration>/net10.0/.
    private static string FindConfiguration()
    {
        var segments = AppContext.BaseDirectory.Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
        var bin = Array.LastIndexOf(segments, "bin");
        return bin >= 0 && bin + 1 < segments.Length ? segments[bin + 1] : "Debug";
    }
}
