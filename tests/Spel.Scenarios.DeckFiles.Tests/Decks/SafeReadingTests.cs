using Spel.Scenarios.Decks;

namespace Spel.Scenarios.Tests.Decks;

public class SafeReadingTests
{
    private const string BillionLaughs = """
        a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
        b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
        c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
        d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
        e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
        f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
        g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
        h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
        i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
        """;

    [Fact]
    public void A_billion_laughs_file_is_refused_at_its_anchors_and_aliases_without_expanding_them()
    {
        var problems = TestDecks.ProblemsOf(BillionLaughs);

        Assert.Contains("Ankers (`&a`) zijn niet toegestaan", problems.At(1, 4).MessageNl);
        Assert.Contains("Verwijzingen (`*a`) zijn niet toegestaan", problems.At(2, 8).MessageNl);
        Assert.DoesNotContain(problems, p => p.MessageEn.Contains("missing", StringComparison.Ordinal));
    }

    [Fact]
    public void An_anchor_in_an_otherwise_valid_deck_is_refused()
    {
        var yaml = TestDecks.Replace("    title: Het terras", "    title: &titel Het terras");

        Assert.Contains("`&titel`", Assert.Single(TestDecks.ProblemsOf(yaml)).MessageNl);
    }

    [Fact]
    public void A_file_full_of_aliases_reports_a_bounded_number_of_problems()
    {
        var yaml = "a: &a x\nb: [" + string.Join(",", Enumerable.Repeat("*a", 10_000)) + "]\n";

        var problems = TestDecks.ProblemsOf(yaml);

        Assert.Equal(DeckProblems.MaxReported + 1, problems.Count);
        Assert.Contains("meer dan 100 problemen", problems[^1].MessageNl);
    }

    [Theory]
    [InlineData("!!python/object/apply:os.system [\"rm -rf /\"]", "tag:yaml.org,2002:python/object/apply:os.system")]
    [InlineData("!Kaart Het terras", "!Kaart")]
    [InlineData("! Het terras", "!")]
    public void A_tag_is_refused_at_its_place(string taggedValue, string tagShown)
    {
        var problems = TestDecks.ProblemsOf(TestDecks.Replace("    title: Het terras", $"    title: {taggedValue}"));

        Assert.Contains($"Tags zoals `{tagShown}` zijn niet toegestaan", problems.At(15, 12).MessageNl);
    }

    [Fact]
    public void An_oversized_text_is_refused_before_it_is_parsed()
    {
        var yaml = TestDecks.Valid + new string('#', DeckReader.MaxBytes);

        var problem = Assert.Single(TestDecks.ProblemsOf(yaml));

        Assert.Equal((0, 0), (problem.Line, problem.Column));
        Assert.Contains("te groot", problem.MessageNl);
    }

    [Fact]
    public void A_file_just_under_the_limit_is_read()
    {
        var yaml = TestDecks.Valid + "#" + new string('x', DeckReader.MaxBytes - TestDecks.Valid.Length - 2) + "\n";

        Assert.Equal("proef", DeckReader.Parse(yaml, "proef.yaml").Id);
    }

    [Fact]
    public void Deep_nesting_is_refused()
    {
        var yaml = "id: " + new string('[', 10_000) + new string(']', 10_000) + "\n";

        var problem = Assert.Single(TestDecks.ProblemsOf(yaml));

        Assert.Contains("dieper genest dan 16 niveaus", problem.MessageNl);
    }

    [Fact]
    public void A_second_document_in_the_same_file_is_refused()
    {
        var problem = Assert.Single(TestDecks.ProblemsOf(TestDecks.Valid + "---\n" + TestDecks.Valid));

        Assert.Equal((32, 1), (problem.Line, problem.Column));
        Assert.Contains("tweede document", problem.MessageNl);
    }
}
