using System.Globalization;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Spel.Client.Pages.Studio;
using Spel.Client.Resources;
using Spel.Client.Tests.Support;
using Spel.Scenarios.Resources;
using Spel.Scenarios.Studio;

namespace Spel.Client.Tests.Localization;

/// <summary>
/// The texts only the facilitator's pages show live in Spel.Client.Facilitator, which a tablet never downloads; the
/// pages still read them through <c>IStringLocalizer&lt;Strings&gt;</c>, in either language.
/// </summary>
public sealed class FacilitatorTextsTests : DutchContext
{
    private static readonly StudioProblem[] Problems =
    [
        new(null, 0, 0, "Het bestand is leeg.", "The file is empty."),
        new(null, 7, 3, "Gebruik spaties, geen tab.", "Use spaces, not a tab."),
    ];

    [Theory]
    [InlineData("nl", "Hele bestand: Het bestand is leeg.", "Regel 7, kolom 3: Gebruik spaties, geen tab.")]
    [InlineData("en", "Whole file: The file is empty.", "Line 7, column 3: Use spaces, not a tab.")]
    public void A_facilitator_page_shows_its_own_texts_in_either_language(string language, string wholeFile, string place)
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language);

        var list = Render<StudioProblemList>(p => p
            .Add(l => l.Problems, Problems)
            .Add(l => l.Id, "problems")
            .Add(l => l.WithPlace, true));

        Assert.Equal([wholeFile, place], list.FindAll("li").Select(li => li.TextContent.Replace("⚠ ", "", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_tablet_downloads_none_of_the_facilitators_texts()
    {
        Assert.Contains("Studio_WholeFile", ResourceTexts.Facilitator("nl").Keys);
        Assert.DoesNotContain("Studio_WholeFile", ResourceTexts.Tablet("nl").Keys);
        Assert.DoesNotContain("Studio_WholeFile", ResourceTexts.Tablet("en").Keys);
        Assert.Empty(ResourceTexts.Tablet("nl").Keys.Intersect(ResourceTexts.Facilitator("nl").Keys));
    }

    [Fact]
    public void The_facilitators_texts_are_in_its_own_assembly_in_both_languages()
    {
        var assembly = typeof(FacilitatorTexts).Assembly;

        Assert.Equal(
            ["Spel.Client.Resources.FacilitatorTexts.resources", "Spel.Client.Resources.FacilitatorTextsEnglish.resources"],
            assembly.GetManifestResourceNames().Where(name => name.EndsWith(".resources", StringComparison.Ordinal)).Order());
        Assert.Equal(ResourceTexts.Facilitator("nl").Keys.Order(), ResourceTexts.Facilitator("en").Keys.Order());
    }

    [Fact]
    public void A_key_no_resource_has_reads_as_itself_as_before()
    {
        var text = Services.GetRequiredService<IStringLocalizer<Strings>>()["Nergens_Te_Vinden"];

        Assert.True(text.ResourceNotFound);
        Assert.Equal("Nergens_Te_Vinden", text.Value);
    }
}
