using System.Text;
using Spel.Scenarios.Decks;
using Spel.Scenarios.Play;
using Spel.Server.OtherVillages;
using Spel.Server.Tests.Support;

namespace Spel.Server.Tests.OtherVillages;

/// <summary>The tally file (<c>spel.tally</c>) as docs/exports.md describes it: read in full, or refused with nothing taken from it.</summary>
public sealed class TallyFileTests
{
    public static string SamplePath { get; } = Path.Combine(Repository.Root, "tests", "Spel.Server.Tests", "OtherVillages", "Samples", "tally-v1.json");

    [Fact]
    public void The_committed_version_1_sample_reads_as_counts_per_session_and_card()
    {
        var read = TallyFile.Read(File.ReadAllBytes(SamplePath));

        Assert.Null(read.Error);
        Assert.Equal(["0f3c9a61d24e4b7f8a5e2c1b9d7f6e30", "7b2e5d8c0a1f4c6e9b3d2a7f5e8c1d04"], read.Sessions.Select(s => s.Id));
        var first = read.Sessions[0];
        Assert.Equal("voorbeeld-deck", first.DeckId);
        Assert.Equal(["kaart-1", "kaart-2"], first.Cards.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(3, first.Cards["kaart-1"].Count(a => a == new SharedAnswer(Eigenaarschap.Gemeenschap, Regie.VooralGemeenschap, "loslaten")));
        Assert.Equal([new SharedAnswer(Eigenaarschap.Gemeente, Regie.VolledigGemeente, "regels"), new SharedAnswer(Eigenaarschap.Gemeente, Regie.VolledigGemeente, "regels")],
            read.Sessions[1].Cards["kaart-1"]);
    }

    [Fact]
    public void A_written_file_reads_back_the_same_votes_as_counts_without_their_order()
    {
        var votes = new List<SharedAnswer>
        {
            new(Eigenaarschap.Gemeente, Regie.Gedeeld, "regels"),
            new(Eigenaarschap.Gemeenschap, Regie.VolledigGemeenschap, "loslaten"),
            new(Eigenaarschap.Gemeente, Regie.Gedeeld, "regels"),
        };
        var bytes = TallyFile.Encode([new SessionTally(new string('e', 32), "een-deck", new() { ["kaart"] = votes })]);
        var text = Encoding.UTF8.GetString(bytes);

        var read = TallyFile.Read(bytes);

        Assert.Contains("\"format\": \"spel.tally\"", text);
        Assert.Contains("\"version\": 1", text);
        Assert.Contains("\"count\": 2", text);
        Assert.Equal(votes.Order(Comparer<SharedAnswer>.Create((a, b) => string.CompareOrdinal(a.OptionId, b.OptionId))), read.Sessions.Single().Cards["kaart"]);
    }

    public static TheoryData<string, string, ErrorCode> BadFiles => new()
    {
        { "not JSON", "{ \"format\": \"spel.tally\", ", ErrorCode.TallyUnreadable },
        { "a debrief, not a tally", """{ "schemaVersion": 1, "debrief": {} }""", ErrorCode.TallyUnreadable },
        { "a later version", FileWith(version: 2), ErrorCode.TallyNewerVersion },
        { "no version", FileWith(version: 0), ErrorCode.TallyUnreadable },
        { "a join code as id", FileWith(id: "ABCDEFG"), ErrorCode.TallyUnreadable },
        { "an id of 64 bits", FileWith(id: "0123456789abcdef"), ErrorCode.TallyUnreadable },
        { "a name as deck", FileWith(deck: "Anna de Vries"), ErrorCode.TallyUnreadable },
        { "eigenaarschap 5", FileWith(vote: """{ "eigenaarschap": 5, "regie": 1, "option": "a", "count": 1 }"""), ErrorCode.TallyUnreadable },
        { "a count of 0", FileWith(vote: """{ "eigenaarschap": 1, "regie": 1, "option": "a", "count": 0 }"""), ErrorCode.TallyUnreadable },
        { "more seats than a session has", FileWith(vote: """{ "eigenaarschap": 1, "regie": 1, "option": "a", "count": 61 }"""), ErrorCode.TallyUnreadable },
        { "a count as text", FileWith(vote: """{ "eigenaarschap": 1, "regie": 1, "option": "a", "count": "drie" }"""), ErrorCode.TallyUnreadable },
        { "the same session twice", FileWith(twice: true), ErrorCode.TallyUnreadable },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public void A_bad_file_is_refused_whole_with_what_is_wrong_in_english(string what, string file, ErrorCode expected)
    {
        var read = TallyFile.Read(Encoding.UTF8.GetBytes(file));

        Assert.True(expected == read.Error, what);
        Assert.Empty(read.Sessions);
        Assert.False(string.IsNullOrWhiteSpace(read.Problem));
    }

    [Fact]
    public void A_file_over_the_limit_is_refused_unread()
    {
        var read = TallyFile.Read(new byte[TallyFiles.MaxBytes + 1]);

        Assert.Equal(ErrorCode.TallyTooLarge, read.Error);
    }

    /// <summary>A file of one good session and, when <paramref name="twice"/>, the same session again; one part swapped for a bad one.</summary>
    public static string FileWith(int version = 1, string id = "0123456789abcdef0123456789abcdef", string deck = "een-deck",
        string vote = """{ "eigenaarschap": 1, "regie": 2, "option": "a", "count": 1 }""", bool twice = false)
    {
        var session = $$"""{ "id": "{{id}}", "deck": "{{deck}}", "cards": [ { "card": "kaart", "votes": [ {{vote}} ] } ] }""";
        return $$"""{ "format": "spel.tally", "version": {{version}}, "sessions": [ {{session}}{{(twice ? ", " + session : "")}} ] }""";
    }
}
