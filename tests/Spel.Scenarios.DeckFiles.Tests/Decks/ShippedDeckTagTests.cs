using System.Text.RegularExpressions;
using Spel.Scenarios.Decks;

namespace Spel.Scenarios.Tests.Decks;

/// <summary>
/// Every option of every shipped deck says, in the file itself, the function the village organisation takes in it and
/// the stance the gemeente takes in it on the ladder (issue 13). The reader would migrate an old `stance`, so this reads
/// the text: a shipped deck is the example trainers copy, and it must show the format as it is now.
/// </summary>
public sealed partial class ShippedDeckTagTests
{
    private static readonly string DecksFolder = Path.Combine(AppContext.BaseDirectory, "decks");

    public static TheoryData<string> Files =>
        new(Directory.EnumerateFiles(DecksFolder).Where(f => f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".yml", StringComparison.Ordinal)).Select(Path.GetFileName).Order()!);

    [Fact]
    public void There_are_shipped_decks_to_check()
    {
        Assert.NotEmpty(Files);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_option_has_a_function_and_a_gemeente_stance_and_no_old_stance_field(string file)
    {
        var text = File.ReadAllText(Path.Combine(DecksFolder, file));
        var deck = DeckReader.Parse(text, file);
        var options = deck.Cards.Sum(c => c.Options.Count);

        Assert.DoesNotMatch(OldStanceField(), text);
        Assert.Equal(options, GemeenteStanceField().Matches(text).Count);
        Assert.Equal(options, FunctionField().Matches(text).Count);
    }

    // As a field of its own: `gemeente_stance:` does not count, nor a text that happens to say "stance:".
    [GeneratedRegex(@"^\s*(- )?stance\s*:", RegexOptions.Multiline)]
    private static partial Regex OldStanceField();

    [GeneratedRegex(@"^\s*(- )?gemeente_stance: (reguleren|regisseren|stimuleren|faciliteren|loslaten)\s*(#.*)?$", RegexOptions.Multiline)]
    private static partial Regex GemeenteStanceField();

    [GeneratedRegex(@"^\s*(- )?function: (vertegenwoordiger|kennisdeler|verbinder|aanjager)\s*(#.*)?$", RegexOptions.Multiline)]
    private static partial Regex FunctionField();
}
