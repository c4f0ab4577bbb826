using Spel.Scenarios.Play;

namespace Spel.Scenarios.Tests.Play;

public sealed class UserTextTests
{
    [Theory]
    [InlineData("  Anna   de  Vries ", "Anna de Vries")]
    [InlineData("Anna\tde\u00A0Vries", "Anna de Vries")]
    [InlineData("Jose\u0301", "José")]
    [InlineData("Tafel 3 \U0001F33B", "Tafel 3 \U0001F33B")]
    [InlineData("Gezin \U0001F468\u200D\U0001F469\u200D\U0001F467", "Gezin \U0001F468\u200D\U0001F469\u200D\U0001F467")]
    [InlineData("   ", "")]
    public void Spaces_are_tidied_and_names_composed(string typed, string kept)
    {
        Assert.Equal(kept, UserText.Clean(typed));
    }

    [Theory]
    [InlineData("Anna\u202Eseirv")]      // right-to-left override: shows "Annavries" backwards
    [InlineData("An\u200Bna")]           // zero-width space: two names that look the same
    [InlineData("Anna\u2066x\u2069")]     // direction isolate
    [InlineData("Anna\u0007")]           // bell, a control character
    [InlineData("Anna\nHenk")]           // a line break in a name
    [InlineData("Anna\u2028Henk")]       // line separator
    [InlineData("\uFEFFAnna")]           // byte order mark
    [InlineData("An\u00ADna")]           // soft hyphen, invisible until a line breaks
    [InlineData("Anna\uE000")]           // private use
    [InlineData("\u200DAnna")]           // a joiner that joins no emoji
    public void Text_with_characters_a_screen_would_not_show_as_typed_is_refused(string typed)
    {
        Assert.Null(UserText.Clean(typed));
    }

    [Fact]
    public void Half_a_surrogate_pair_is_refused()
    {
        Assert.Null(UserText.Clean(new string(['A', 'n', 'n', 'a', '\uD800'])));
    }

    [Fact]
    public void A_multi_line_text_keeps_its_line_breaks_and_tidies_each_line()
    {
        Assert.Equal("Eerst dit:\nen dan dat", UserText.Clean("  Eerst  dit:\r\n  en   dan dat \n", multiline: true));
        Assert.Null(UserText.Clean("Eerst\u202E dit\nen dan dat", multiline: true));
    }
}
