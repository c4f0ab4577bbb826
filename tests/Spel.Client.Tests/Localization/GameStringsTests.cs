using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Spel.Client.Realtime;
using Spel.Client.Tests.Support;
using Spel.Scenarios.Resources;

namespace Spel.Client.Tests.Localization;

/// <summary>
/// <c>IStringLocalizer&lt;Strings&gt;</c> reads Strings.resx itself (<see cref="GameStrings"/>), the way
/// Microsoft.Extensions.Localization did before, so a tablet no longer downloads that library.
/// </summary>
public sealed class GameStringsTests : DutchContext
{
    private IStringLocalizer<Strings> Texts => Services.GetRequiredService<IStringLocalizer<Strings>>();

    [Theory]
    [InlineData("nl", "Meedoen")]
    [InlineData("nl-BE", "Meedoen")]
    [InlineData("en", "Join")]
    [InlineData("en-GB", "Join")]
    [InlineData("fr", "Meedoen")]
    public void A_text_is_read_in_the_screens_language_and_in_Dutch_for_a_language_the_game_does_not_speak(string language, string heading)
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);

        var text = Texts["Join_Heading"];

        Assert.Equal(heading, text.Value);
        Assert.False(text.ResourceNotFound);
    }

    [Theory]
    [InlineData("nl", "Kaart 3 van 12")]
    [InlineData("en", "Card 3 of 12")]
    public void A_text_with_places_is_filled_in(string language, string expected)
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);

        Assert.Equal(expected, Texts["Card_Number", 3, 12].Value);
    }

    [Fact]
    public void A_text_with_places_that_no_resource_has_reads_as_its_name()
    {
        var text = Texts["Nergens_Te_Vinden", 3];

        Assert.True(text.ResourceNotFound);
        Assert.Equal("Nergens_Te_Vinden", text.Value);
    }

    [Theory]
    [InlineData("nl")]
    [InlineData("en")]
    public void Every_text_is_listed_once_in_the_screens_language(string language)
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);
        var expected = ResourceTexts.For(language);

        var all = Texts.GetAllStrings(includeParentCultures: true).ToList();

        Assert.Equal(all.Count, all.Select(text => text.Name).Distinct().Count());
        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), all.Select(text => text.Name).Order(StringComparer.Ordinal));
        Assert.All(all, text => Assert.Equal(expected[text.Name], text.Value));
    }

    [Fact]
    public void The_tablets_code_does_not_need_Microsoft_Extensions_Localization()
    {
        string[] tablet = [.. new[] { typeof(GameConnection), typeof(Strings) }
            .SelectMany(type => type.Assembly.GetReferencedAssemblies())
            .Select(reference => reference.Name!)];

        Assert.Contains("Microsoft.Extensions.Localization.Abstractions", tablet);
        Assert.DoesNotContain("Microsoft.Extensions.Localization", tablet);
    }
}
