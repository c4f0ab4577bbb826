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
        var allowed = DeckTokens.Sides.All.Concat(DeckTokens.Functions.All).Concat(DeckTokens.Stances.All).Concat(DeckTokens.Questions.All);

        Assert.All(allowed, token => Assert.Contains($"`{token}`", Guide));
    }

    [Fact]
    public void The_guide_states_the_limits_the_reader_enforces()
    {
        Assert.Contains($"{DeckReader.MaxBytes / 1024} KB", Guide);
        Assert.Contains($"{DeckLimits.MinOptions} tot {DeckLimits.MaxOptions}", Guide);
        Assert.Contains($"{DeckLimits.MinOptions} to {DeckLimits.MaxOptions}", Guide);
        Assert.Contains($"hoogstens {DeckLimits.Id} tekens", Guide);
        Assert.Contains($"at most {DeckLimits.Id} characters", Guide);
    }

    [Theory]
    [InlineData("`title` (deck)", DeckLimits.DeckTitle, "deck title")]
    [InlineData("`description`", DeckLimits.Description, "description")]
    [InlineData("`audience`", DeckLimits.Audience, "audience")]
    [InlineData("`name` (rol)", DeckLimits.RoleName, "role name")]
    [InlineData("`title` (kaart)", DeckLimits.CardTitle, "card title")]
    [InlineData("`situation`", DeckLimits.Situation, "situation")]
    [InlineData("`source`", DeckLimits.Source, "source")]
    [InlineData("`action_question`", DeckLimits.ActionQuestion, "action question")]
    [InlineData("`text` (antwoordoptie)", DeckLimits.OptionText, "option text")]
    [InlineData("`prompts` (elke vraag)", DeckLimits.Prompt, "each prompt")]
    [InlineData("`what_happened`", DeckLimits.WhatHappened, "what happened")]
    [InlineData("`themes` (elk thema)", DeckLimits.Theme, "each theme")]
    public void The_guide_states_each_text_limit_in_both_languages(string dutchRow, int limit, string english)
    {
        Assert.Contains($"| {dutchRow} | {limit} |", Guide);
        Assert.Contains($"{english} {limit}", Guide.ReplaceLineEndings(" "));
    }

    [GeneratedRegex(@"```yaml\n(?<yaml>.*?)```", RegexOptions.Singleline)]
    private static partial Regex YamlBlock();
}
