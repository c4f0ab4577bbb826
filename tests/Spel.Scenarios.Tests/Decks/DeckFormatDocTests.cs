using System.Text.RegularExpressions;
using Spel.Scenarios.Decks;

namespace Spel.Scenarios.Tests.Decks;

/// <summary>Keeps docs/deck-format.md true to what the reader does.</summary>
public partial class DeckFormatDocTests
{
    private static readonly string Guide = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "docs", "deck-format.md"));

    [Fact]
    public void The_example_deck_in_the_guide_is_valid()
    {
        var example = YamlBlock().Match(Guide);
        Assert.True(example.Success, "The guide has no ```yaml block");

        var deck = DeckReader.Parse(example.Groups["yaml"].Value, "deck-format.md");

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
        Assert.Contains($"{DeckRules.MinOptions} tot {DeckRules.MaxOptions}", Guide);
        Assert.Contains($"{DeckRules.MinOptions} to {DeckRules.MaxOptions}", Guide);
    }

    [GeneratedRegex(@"```yaml\n(?<yaml>.*?)```", RegexOptions.Singleline)]
    private static partial Regex YamlBlock();
}
