namespace Spel.Server.Sessions;

public static class StorageNames
{
    /// <summary>The grain storage that holds sessions: a SQLite file by default, Redis in a cluster.</summary>
    public const string Sessions = "spel";

    /// <summary>
    /// The grain storage that holds the other villages' tallies: the same file or Redis, but kept when a session
    /// expires (the tallies name no one). Keys do not name the storage, so tallies saved under "spel" are read here.
    /// </summary>
    public const string Tallies = "spel-tallies";

    /// <summary>
    /// The grain storage that holds the trainers' own decks and their versions (issue 12): the same file or Redis,
    /// never swept and never expiring, because a deck outlives every session played with it.
    /// </summary>
    public const string Decks = "spel-decks";
}
