using System.Globalization;
using System.Text.RegularExpressions;
using Spel.Client.Localization;
using Spel.Scenarios.Localization;

namespace Spel.Client.Tests.Localization;

/// <summary>
/// The tablets format without ICU data, through <see cref="GameCultures"/>; the server prerenders with ICU. Both must
/// write the same text, or a page would change its numbers and dates as the app takes over.
/// </summary>
public sealed partial class GameCulturesTests
{
    private static readonly DateTimeOffset EveryMonth = new(2026, 1, 5, 0, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("nl", "2,5", "1.234,5")]
    [InlineData("en", "2.5", "1,234.5")]
    public void Decimals_are_written_as_the_language_writes_them(string language, string small, string large)
    {
        var culture = GameCultures.For(language);

        Assert.Equal(small, string.Format(culture, "{0:0.0}", 2.5));
        Assert.Equal(large, string.Format(culture, "{0:#,0.0}", 1234.5));
    }

    [Theory]
    [InlineData("nl")]
    [InlineData("en")]
    public void Every_month_and_day_reads_as_ICU_writes_it(string language)
    {
        var ours = GameCultures.For(language);
        var icu = CultureInfo.GetCultureInfo(language);

        for (var month = 0; month < 12; month++)
        {
            var day = EveryMonth.AddMonths(month);
            Assert.Equal(day.ToString("dddd d MMMM yyyy", icu), day.ToString("dddd d MMMM yyyy", ours));
            Assert.Equal(day.ToString("MMMM", icu), day.ToString("MMMM", ours));
        }
    }

    [Theory]
    [InlineData("nl")]
    [InlineData("en")]
    public void Every_number_and_date_format_in_the_texts_reads_as_ICU_writes_it(string language)
    {
        var ours = GameCultures.For(language);
        var icu = CultureInfo.GetCultureInfo(language);
        var formats = Texts(language).SelectMany(text => Placeholder().Matches(text)).Select(m => m.Groups["format"].Value).Distinct().ToList();

        Assert.NotEmpty(formats);
        foreach (var format in formats)
        {
            var sample = format.Contains('M') || format.Contains('y') ? (object)EveryMonth.AddMonths(9) : 1234.56;
            Assert.Equal(string.Format(icu, $"{{0:{format}}}", sample), string.Format(ours, $"{{0:{format}}}", sample));
        }
    }

    private static IEnumerable<string> Texts(string language) => ResourceTexts.For(language).Values;

    [GeneratedRegex(@"\{\d+:(?<format>[^}]+)\}")]
    private static partial Regex Placeholder();
}
