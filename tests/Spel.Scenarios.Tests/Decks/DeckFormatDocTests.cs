using System.Text.RegularExpressions;
using Spel.Scenarios.Decks;

namespace Spel.Scenarios.Tests.Decks;

/// <summary>Keeps docs/deck-format.md true to what the reader does.</summary>
public partial class DeckFormatDocTests
{
    private static readonly string Guide = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "docs", "deck-format.md"));

    /// <summary>The first YAML block in the guide: its complete example deck.</summary>
    public static string Example()
    {
        var example = YamlBlock().Match(Guide);
        Assert.True(example.Success, "The guide has no ```yaml block");
        return example.Groups["yaml"].Value;
    }

    [Fact]
    public void The_example_deck_in_the_guide_is_valid()
    {
        var deck = DeckReader.Parse(Example(), "deck-format.md");

        Assert.NotEmpty(deck.Cards);
        Assert.NotNull(deck.Cards[0].WhatHappened);
        Assert.NotNull(deck.Cards[0].Source);
    }

    [Fact]
    public void The_guide_lists_every_allowed_value()
    {
        var allowed = DeckTokens.Sides.All.Concat(DeckTokens.Functions.All).Concat(DeckTokens.Stances.All);

        Assert.All(allowed, token => Assert.Contains($"`{token}`", Guide));
    }

    [Fact]
    public void The_guide_states_the_limits_the_reader_enforces()
    {
        Assert.Contains($"{DeckReader.MaxBytes / 1024} KB", Guide);
        Assert.Contains($"{DeckLimits.MinOptions} tot {DeckLimits.MaxOptions}", Guide);
        Assert.Contains($"{DeckLimits.MinOptions} to {DeckLimits.MaxOptions}", Guide);
    }

    [GeneratedRegex(@"```yaml\n(?<yaml>.*?)```", RegexOptions.Singleline)]
    private static partial Regex YamlBlock();
}
