using System.Collections;
using System.Globalization;
using System.Resources;
using Spel.Scenarios.Resources;

namespace Spel.Client.Tests.Localization;

/// <summary>Every text of the resources in one language, by key, exactly as the resx pair holds them.</summary>
internal static class ResourceTexts
{
    private static readonly ResourceManager Resources = new(typeof(Strings).FullName!, typeof(Strings).Assembly);

    public static Dictionary<string, string> Dutch() => Read(CultureInfo.InvariantCulture);

    public static Dictionary<string, string> English() => Read(CultureInfo.GetCultureInfo("en"));

    private static Dictionary<string, string> Read(CultureInfo culture) =>
        Resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false)!
            .Cast<DictionaryEntry>()
            .ToDictionary(e => (string)e.Key, e => (string)e.Value!);
}
