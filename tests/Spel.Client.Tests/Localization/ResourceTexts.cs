using System.Collections;
using System.Globalization;
using System.Resources;
using Spel.Client.Resources;
using Spel.Scenarios.Resources;

namespace Spel.Client.Tests.Localization;

/// <summary>
/// Every text of the resources in one language, by key, exactly as the resx files hold them: Strings.resx and
/// Strings.en.resx (Spel.Scenarios, which a tablet downloads) together with FacilitatorTexts.resx and
/// FacilitatorTextsEnglish.resx (Spel.Client.Facilitator, the texts only the facilitator's pages show).
/// </summary>
internal static class ResourceTexts
{
    private static readonly ResourceManager Strings = new(typeof(Strings).FullName!, typeof(Strings).Assembly);
    private static readonly ResourceManager FacilitatorDutch = new(typeof(FacilitatorTexts).FullName!, typeof(FacilitatorTexts).Assembly);
    private static readonly ResourceManager FacilitatorEnglish = new(typeof(FacilitatorTexts).FullName + "English", typeof(FacilitatorTexts).Assembly);

    /// <summary>Every Dutch text; a key in both sets would throw here.</summary>
    public static Dictionary<string, string> Dutch() => Both(Tablet("nl"), Facilitator("nl"));

    public static Dictionary<string, string> English() => Both(Tablet("en"), Facilitator("en"));

    public static Dictionary<string, string> For(string language) => language == "en" ? English() : Dutch();

    /// <summary>The texts of Spel.Scenarios' Strings: what a tablet downloads.</summary>
    public static Dictionary<string, string> Tablet(string language) =>
        Read(Strings, language == "en" ? CultureInfo.GetCultureInfo("en") : CultureInfo.InvariantCulture);

    /// <summary>The texts Spel.Client.Facilitator embeds, both languages as the assembly's own resources.</summary>
    public static Dictionary<string, string> Facilitator(string language) =>
        Read(language == "en" ? FacilitatorEnglish : FacilitatorDutch, CultureInfo.InvariantCulture);

    private static Dictionary<string, string> Both(Dictionary<string, string> tablet, Dictionary<string, string> facilitator) =>
        tablet.Concat(facilitator).ToDictionary();

    private static Dictionary<string, string> Read(ResourceManager resources, CultureInfo culture) =>
        resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false)!
            .Cast<DictionaryEntry>()
            .ToDictionary(e => (string)e.Key, e => (string)e.Value!);
}
