namespace Spel.Server.Sessions;

public static class StorageNames
{
    /// <summary>The grain storage that holds sessions: a SQLite file by default, Redis in a cluster.</summary>
    public const string Sessions = "spel";
}
