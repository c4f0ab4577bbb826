using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Spel.Client.Localization;
using Spel.Scenarios.Localization;
using Spel.Client.Outcome;
using Spel.Scenarios.Resources;
using Spel.Client.Tests.Support;
using Spel.Scenarios.Decks;
using Spel.Scenarios.Play;

namespace Spel.Client.Tests.Outcome;

public sealed class DebriefLabelsTests : DutchContext
{
    private IStringLocalizer<Strings> L => Services.GetRequiredService<IStringLocalizer<Strings>>();

    [Fact]
    public void Every_function_and_kind_of_conclusion_has_a_Dutch_and_an_English_name()
    {
        var dutch = CultureInfo.CurrentUICulture;
        try
        {
            foreach (var culture in new[] { "nl", "en" })
            {
                CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
                Assert.All(Enum.GetValues<VillageFunction>(), f => Assert.False(L.Function(f).StartsWith("Profile_", StringComparison.Ordinal), $"{f} in {culture}"));
                Assert.All(Enum.GetValues<AgreementKind>(), k => Assert.False(L.AgreementKind(k).StartsWith("Debrief_", StringComparison.Ordinal), $"{k} in {culture}"));
            }
        }
        finally
        {
            CultureInfo.CurrentUICulture = dutch;
        }
    }

    [Theory]
    [InlineData(0.0, 100)]
    [InlineData(1.0, 0)]
    [InlineData(0.22, 78)]
    [InlineData(0.125, 88)]
    public void Hoe_goed_kennen_we_elkaar_is_one_minus_the_mean_distance_as_a_rounded_percentage(double meanDistance, int percent)
    {
        Assert.Equal(percent, DebriefLabels.KnowPercent(meanDistance));
    }
}
