using System.Reflection;

namespace Spel.Bench.Common;

/// <summary>Where the repository is and which build configuration a benchmark runs, so it starts the matching server build.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    /// <summary>"Release" when the benchmark itself was built in Release, otherwise "Debug".</summary>
    public static string Configuration(Assembly benchmark) =>
        benchmark.Location.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}") ? "Release" : "Debug";

    /// <summary>The built dll of a project, e.g. ("src/Spel.Server", "Spel.Server").</summary>
    public static string Dll(string projectFolder, string assemblyName, Assembly benchmark) =>
        Path.Combine(Root, projectFolder, "bin", Configuration(benchmark), "net10.0", assemblyName + ".dll");

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Spel.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Run the benchmark from inside the repository.");
    }
}
