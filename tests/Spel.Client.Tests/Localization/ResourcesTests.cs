using System.Globalization;
using Spel.Scenarios.Play;

namespace Spel.Client.Tests.Localization;

public sealed class ResourcesTests
{
    [Fact]
    public void Every_error_code_has_a_Dutch_and_an_English_text()
    {
        foreach (var code in Enum.GetValues<ErrorCode>())
        {
            Assert.False(string.IsNullOrWhiteSpace(Dutch().GetValueOrDefault($"Error_{code}")), $"Dutch text for {code}");
            Assert.False(string.IsNullOrWhiteSpace(English().GetValueOrDefault($"Error_{code}")), $"English text for {code}");
        }
    }

    [Fact]
    public void Every_phase_and_host_command_has_a_text()
    {
        var keys = Dutch().Keys;

        Assert.All(Enum.GetValues<Phase>(), phase => Assert.Contains($"Phase_{phase}", keys));
        Assert.All(Enum.GetValues<HostCommand>(), command => Assert.Contains($"Command_{command}", keys));
    }

    [Fact]
    public void English_translates_every_Dutch_text_and_nothing_else()
    {
        Assert.Equal(Dutch().Keys.Order(), English().Keys.Order());
    }

    [Fact]
    public void Translations_keep_the_placeholders_of_the_Dutch_text()
    {
        var english = English();
        foreach (var (key, dutch) in Dutch())
        {
            Assert.True(Placeholders(dutch).SetEquals(Placeholders(english[key])), key);
        }
    }

    private static Dictionary<string, string> Dutch() => ResourceTexts.Dutch();

    private static Dictionary<string, string> English() => ResourceTexts.English();

    private static HashSet<int> Placeholders(string text) =>
        [.. System.Text.RegularExpressions.Regex.Matches(text, @"\{(\d+)").Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture))];
}
