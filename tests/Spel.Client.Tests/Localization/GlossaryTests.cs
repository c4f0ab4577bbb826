using System.Text.RegularExpressions;

namespace Spel.Client.Tests.Localization;

/// <summary>
/// One word per concept in each language (docs/glossary.md): for every concept the word each language uses, and
/// the words that must not stand in for it. Every text of the resources is checked against the whole list.
/// </summary>
public sealed class GlossaryTests
{
    /// <summary>A concept with its one word per language and the rivals a text must not use instead.</summary>
    public sealed record Concept(string Name, string Dutch, string[] NotDutch, string English, string[] NotEnglish);

    public static readonly Concept[] Glossary =
    [
        new("debrief", "nabespreking", ["debrief"], "debrief", ["nabespreking", "wrap-up"]),
        new("slotvraag", "slotvraag", ["laatste vraag", "afsluitende vraag", "eindvraag"], "closing question", ["final question", "last question", "slotvraag"]),
        new("regie", "regie", ["sturing"], "control", ["regie"]),
        new("eigenaarschap", "eigenaarschap", [], "ownership", ["eigenaarschap"]),
        new("herstemming", "herstemming", ["hertelling", "revote"], "re-vote", ["revote", "herstemming"]),
        new("begeleider", "begeleider", ["spelleider", "facilitator"], "facilitator", ["host", "game leader", "moderator", "begeleider"]),
        new("deelnemer", "deelnemer", ["speler", "spelers"], "participant", ["player", "players"]),
        new("notulist", "notulist", ["notulant"], "note-taker", ["minute-taker", "notetaker", "note taker"]),
        new("functie", "functie", ["vier rollen", "die rol"], "function", ["four roles", "that role"]),
        new("gemeente", "gemeente", [], "municipality", ["gemeente", "town hall"]),
        new("dorpsbelangen", "dorpsbelangen", [], "village association", ["dorpsbelangen", "village interests"]),
    ];

    public static TheoryData<string> Languages() => ["nl", "en"];

    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_text_uses_the_one_word_the_glossary_allows_for_each_concept(string language)
    {
        var texts = Read(language);
        var found = new List<string>();
        foreach (var concept in Glossary)
        {
            var word = language == "nl" ? concept.Dutch : concept.English;
            foreach (var rival in language == "nl" ? concept.NotDutch : concept.NotEnglish)
            {
                found.AddRange(texts
                    .Where(t => Uses(t.Value, rival) && !Explains(t, rival, word))
                    .Select(t => $"{t.Key} uses \"{rival}\" for {concept.Name}: {t.Value}"));
            }
        }

        Assert.True(found.Count == 0, string.Join(Environment.NewLine, found));
    }

    /// <summary>A word the glossary allows is one the texts really use, so the list cannot drift from them.</summary>
    [Theory]
    [MemberData(nameof(Languages))]
    public void Every_allowed_word_is_used_by_some_text(string language)
    {
        var texts = Read(language);

        Assert.All(Glossary, concept =>
        {
            var word = language == "nl" ? concept.Dutch : concept.English;
            Assert.True(texts.Values.Any(t => Uses(t, word)), $"{concept.Name}: no text uses \"{word}\"");
        });
    }

    [Fact]
    public void The_Dutch_debrief_is_a_nabespreking_and_the_English_closing_question_has_one_name()
    {
        Assert.Equal("Nabespreking", Read("nl")["Debrief_Heading"]);
        Assert.Equal("Debrief", Read("en")["Debrief_Heading"]);
        Assert.Equal("Closing question", Read("en")["Phase_Slotvraag"]);
        Assert.Equal("Control", Read("en")["Debrief_ColumnRegie"]);
    }

    /// <summary>
    /// A text that explains a word the room hears (an English screen's "“Gemeente” is Dutch for the municipality") may
    /// name it, in quotes, beside the one word the glossary allows (issue 13: the tablets explain gemeente and dorpsbelangen).
    /// </summary>
    private static bool Explains(KeyValuePair<string, string> text, string rival, string word) =>
        text.Key.StartsWith("Explains_", StringComparison.Ordinal)
        && text.Value.Contains($"“{rival}”", StringComparison.OrdinalIgnoreCase)
        && Uses(text.Value, word);

    /// <summary>A whole word or phrase, in any case; "regie" does not match inside "regiekaart" nor "host" inside "ghost".</summary>
    private static bool Uses(string text, string word) =>
        Regex.IsMatch(text, $@"(?<![\p{{L}}-]){Regex.Escape(word)}(?![\p{{L}}-])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static Dictionary<string, string> Read(string language) =>
        language == "nl" ? ResourceTexts.Dutch() : ResourceTexts.English();
}
