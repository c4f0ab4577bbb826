using Spel.Scenarios.Decks;
using Spel.Server.Tests.Support;

namespace Spel.Server.Tests.Decks;

/// <summary>A temporary folder with one good deck and one deck whose card has its <c>situation</c> field named in Dutch.</summary>
public sealed class DeckFolder : IDisposable
{
    public const string GoodFile = "a-goed.yaml";
    public const string BrokenFile = "b-kapot.yaml";

    public DeckFolder()
    {
        DeckWriter.WriteFile(TestDecks.WithCards(2), System.IO.Path.Combine(Path, GoodFile));

        // As written, the deck's card starts on line 22 and its situation is on line 24, both at column 5.
        var broken = DeckWriter.Write(TestDecks.WithCards(1) with { Id = "kapot" }).Replace("    situation:", "    situatie:");
        File.WriteAllText(System.IO.Path.Combine(Path, BrokenFile), broken);
    }

    public string Path { get; } = Directory.CreateTempSubdirectory("spel-decks-").FullName;

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
