using Spel.Scenarios.Decks;

namespace Spel.Scenarios.Tests.Decks;

/// <summary>A small valid deck and helpers to break it; the line numbers in the tests refer to <see cref="Valid"/>.</summary>
internal static class TestDecks
{
    // Lines: 1 id, 2 title, 6 roles, 7 first role, 13 cards, 14 card `terras` (its fields at column 5), 18 options,
    // 19 option `samen`, 21 its function, 23 option `zelf`, 27 prompts, 30 themes.
    public const string Valid = """
        id: proef
        title: Proefdeck
        language: nl
        description: Een klein deck voor de tests.
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
            title: Het terras
            situation: Het dorpshuis wil een nieuw terras.
            action_question: Wat doe jij?
            options:
              - id: samen
                text: Samen oppakken.
                function: verbinder
                gemeente_stance: faciliteren
              - id: zelf
                text: Het dorp doet het zelf.
                function: aanjager
                gemeente_stance: loslaten
            prompts:
              - Van wie is het terras?
              - Wie heeft de regie?
            themes:
              - dorpshuis

        """;

    /// <summary>The valid deck with one exact piece of text replaced; fails loudly if the piece is not there.</summary>
    public static string Replace(string original, string replacement)
    {
        Assert.Contains(original, Valid);
        return Valid.Replace(original, replacement);
    }

    public static IReadOnlyList<DeckProblem> ProblemsOf(string yaml) =>
        Assert.Throws<DeckFormatException>(() => DeckReader.Parse(yaml, "proef.yaml")).Problems;

    /// <summary>The one problem at this place; fails when there is none or more than one.</summary>
    public static DeckProblem At(this IReadOnlyList<DeckProblem> problems, int line, int column)
    {
        var here = problems.Where(p => p.Line == line && p.Column == column).ToList();
        Assert.True(
            here.Count == 1,
            $"Expected one problem at {line}:{column}, found {here.Count}. All problems:\n"
            + string.Join("\n", problems.Select(p => $"{p.Line}:{p.Column} {p.MessageEn}")));
        return here[0];
    }
}
