namespace Spel.Server.Tests.Support;

public static class Repository
{
    /// <summary>The folder that holds Spel.sln, found by walking up from the test's output folder.</summary>
    public static string Root { get; } = FindRoot();

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
}
