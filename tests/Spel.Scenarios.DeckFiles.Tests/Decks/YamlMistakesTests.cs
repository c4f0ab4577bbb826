using Spel.Scenarios.Decks;

namespace Spel.Scenarios.Tests.Decks;

/// <summary>The plain-Dutch explanations of YAML mistakes, beyond one corpus file per mistake.</summary>
public class YamlMistakesTests
{
    // What a trainer's keyboard, Word or a slip of the hand puts into a line.
    private static readonly string[] Slips = ["\t", "\"", "'", "“", "‘", ": ", ":", "- ", "@", "[", "{", "> ", "|", "#", " \t", "  ", "\t- "];

    public static TheoryData<string> Decks => new("the test deck", "the guide's example");

    [Theory]
    [MemberData(nameof(Decks))]
    public void Any_slip_anywhere_in_a_deck_gives_messages_at_places_in_the_file_and_never_an_error(string deck)
    {
        var lines = (deck == "the test deck" ? TestDecks.Valid : DeckFormatDocTests.Example()).Split('\n');
        foreach (var (line, number) in lines.Select((line, index) => (line, index)))
        {
            var indent = line.Length - line.TrimStart().Length;
            var colon = line.IndexOf(": ", StringComparison.Ordinal);
            foreach (var slip in Slips)
            {
                foreach (var at in new[] { 0, indent, colon < 0 ? line.Length : colon + 2, line.Length }.Distinct())
                {
                    var yaml = string.Join('\n', lines.Select((l, i) => i == number ? l.Insert(at, slip) : l));

                    IReadOnlyList<DeckProblem> problems = [];
                    var error = Record.Exception(() => problems = DeckReader.Read(yaml, "proef.yaml").Problems);
                    Assert.True(error is null, $"line {number + 1}, {at}, `{slip}`: {error}");

                    Assert.All(problems, p =>
                    {
                        Assert.InRange(p.Line, 0, lines.Length);
                        Assert.False(string.IsNullOrWhiteSpace(p.MessageNl) || string.IsNullOrWhiteSpace(p.MessageEn));
                    });
                }
            }
        }
    }

    [Theory]
    [InlineData("situation: [concept] Het dorpshuis", 16, "Een tekst mag in YAML niet zomaar met `[` beginnen. Zet de tekst tussen rechte aanhalingstekens, zo: `situation: \"[concept] Het dorpshuis\"`.")]
    [InlineData("situation: \"Nee\" zegt hij: nee", 20, "Bij dit aanhalingsteken (`\"`) houdt de tekst voor YAML op, maar erna staat nog meer. Staan er aanhalingstekens in de tekst zelf? Zet de hele tekst dan tussen de andere soort aanhalingstekens, zo: `situation: '\"Nee\" zegt hij: nee'`.")]
    [InlineData("situation: ‘De wethouder’: nee", 16, "De tekst begint met een gekruld aanhalingsteken (`‘`), zoals Word dat maakt; YAML kent alleen rechte. Zet de tekst tussen rechte aanhalingstekens, zo: `situation: \"De wethouder’: nee\"`.")]
    public void A_mistake_in_a_text_is_explained_at_the_character_to_change(string line, int column, string message)
    {
        var problem = Assert.Single(TestDecks.ProblemsOf(TestDecks.Replace("situation: Het dorpshuis wil een nieuw terras.", line)));

        Assert.Equal((16, column, message), (problem.Line, problem.Column, problem.MessageNl));
    }

    [Fact]
    public void An_example_too_long_to_read_in_a_message_is_left_out()
    {
        var text = "De wethouder zegt: " + new string('x', 100);

        var problem = Assert.Single(TestDecks.ProblemsOf(TestDecks.Replace("situation: Het dorpshuis wil een nieuw terras.", "situation: " + text)));

        Assert.EndsWith("Zet de tekst tussen rechte aanhalingstekens.", problem.MessageNl);
    }
}
