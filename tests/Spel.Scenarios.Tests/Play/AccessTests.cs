using Spel.Scenarios.Play;

namespace Spel.Scenarios.Tests.Play;

public sealed class AccessTests
{
    [Theory]
    [InlineData("ABCD-EFGH-JKMN-PQRS-TUVW-XYZ2-3456")]
    [InlineData("abcd efgh jkmn pqrs tuvw xyz2 3456")]
    [InlineData(" ABCDEFGHJKMNPQRSTUVWXYZ23456\n")]
    public void A_recovery_code_is_read_as_written_down_in_any_case_with_or_without_dashes(string typed)
    {
        Assert.Equal("ABCDEFGHJKMNPQRSTUVWXYZ23456", RecoveryCodes.Normalize(typed));
    }

    [Theory]
    [InlineData("ABCD-EFGH-JKMN-PQRS-TUVW-XYZ2-345")]
    [InlineData("ABCD-EFGH-JKMN-PQRS-TUVW-XYZ2-34560")]
    [InlineData("0BCD-EFGH-JKMN-PQRS-TUVW-XYZ2-3456")]
    [InlineData("IBCD-EFGH-JKMN-PQRS-TUVW-XYZ2-3456")]
    [InlineData("")]
    [InlineData(null)]
    public void Anything_else_is_no_recovery_code(string? typed)
    {
        Assert.Null(RecoveryCodes.Normalize(typed));
    }

    [Fact]
    public void A_recovery_code_is_shown_in_groups_of_four_and_its_alphabet_has_no_look_alikes()
    {
        Assert.Equal("ABCD-EFGH-JKMN-PQRS-TUVW-XYZ2-3456", RecoveryCodes.Display("ABCDEFGHJKMNPQRSTUVWXYZ23456"));
        Assert.DoesNotContain(RecoveryCodes.Alphabet, c => "01ILO".Contains(c));
        Assert.True(RecoveryCodes.Length * Math.Log2(RecoveryCodes.Alphabet.Length) >= 128);
    }

    [Fact]
    public void A_console_link_holds_its_secret_only_in_the_fragment_and_gives_it_back()
    {
        var link = new Uri("http://192.168.1.20:5080" + ConsoleLinks.PathAndFragment("ABCDEFG", "a-b_c+d"));

        Assert.Equal("/begeleider/ABCDEFG", link.AbsolutePath);
        Assert.Empty(link.Query);
        Assert.Equal("a-b_c+d", ConsoleLinks.SecretIn(link.Fragment));
        Assert.Null(ConsoleLinks.SecretIn("#anders=1"));
        Assert.Null(ConsoleLinks.SecretIn(null));
    }
}
