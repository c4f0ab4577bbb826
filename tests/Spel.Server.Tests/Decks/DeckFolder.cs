using Spel.Scenarios.Decks;
using Spel.Server.Tests.Support;

namespace Spel.Server.Tests.Decks;

/// <summary>A temporary folder with one good deck and one deck whose card has a field name in Dutch (line 15).</summary>
public sealed class DeckFolder : IDisposable
{
    public const string GoodFile = "a-goed.yaml";
    public const string BrokenFile = "b-kapot.yaml";

    private const string Broken = """
        id: kapot
        title: Kapot deck
        language: nl
        description: Een deck met een fout.
        audience: Iedereen
        roles:
          - id: wethouder
            name: Wethouder
            side: gemeente
          - id: bewoner
            name: Bewoner
            side: dorpsbelangen
        cards:
          - id: terras
            situatie: Het dorpshuis wil een nieuw terras.
            title: Het terras
            action_question: Wat doe jij?
            options:
              - id: samen
                text: Samen oppakken.
                function: verbinder
                stance: samenwerken
              - id: zelf
                text: Het dorp doet het zelf.
                function: aanjager
                stance: loslaten
            prompts:
              - Van wie is het terras?
              - Wie heeft de regie?
            themes:
              - dorpshuis

        """;

    public DeckFolder()
    {
        DeckWriter.WriteFile(TestDecks.WithCards(2), System.IO.Path.Combine(Path, GoodFile));
        File.WriteAllText(System.IO.Path.Combine(Path, BrokenFile), Broken);
    }

    public string Path { get; } = Directory.CreateTempSubdirectory("spel-decks-").FullName;

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
