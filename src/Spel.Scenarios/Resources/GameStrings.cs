using System.Collections;
using System.Globalization;
using System.Resources;
using Microsoft.Extensions.Localization;

namespace Spel.Scenarios.Resources;

/// <summary>
/// The game's words for <c>IStringLocalizer&lt;Strings&gt;</c>: first Strings.resx (and its English satellite), then
/// the texts a library brings along (<see cref="AddTexts"/>). The facilitator's pages keep theirs in their own
/// assembly, which a tablet never downloads, and register them when that assembly is first used.
/// </summary>
/// <remarks>
/// It reads Strings with a <see cref="ResourceManager"/> of its own, as Microsoft.Extensions.Localization's
/// <c>ResourceManagerStringLocalizer</c> would (the UI culture, then its parents, then Dutch), so a tablet does not
/// download that library (docs/decisions.md, "The game's words without Microsoft.Extensions.Localization").
/// </remarks>
public sealed class GameStrings : IStringLocalizer<Strings>
{
    private static readonly ResourceManager StringsResources = new(typeof(Strings).FullName!, typeof(Strings).Assembly);
    private static readonly Lock Adding = new();
    private static volatile Texts[] _texts = [];

    /// <summary>
    /// Adds a library's texts, held in two resources embedded in that library itself (no satellite assembly): the
    /// English one when the UI culture is English, the Dutch one otherwise, as for Strings.
    /// </summary>
    public static void AddTexts(ResourceManager dutch, ResourceManager english)
    {
        lock (Adding)
        {
            _texts = [.. _texts, new Texts(dutch, english)];
        }
    }

    public LocalizedString this[string name]
    {
        get
        {
            ArgumentNullException.ThrowIfNull(name);
            var text = Find(name);
            return new LocalizedString(name, text ?? name, resourceNotFound: text is null, StringsResources.BaseName);
        }
    }

    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            var format = this[name];
            return format.ResourceNotFound
                ? format
                : new LocalizedString(name, string.Format(CultureInfo.CurrentCulture, format.Value, arguments), false, format.SearchedLocation);
        }
    }

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures)
    {
        var seen = new HashSet<string>();
        for (var culture = CultureInfo.CurrentUICulture; ; culture = culture.Parent)
        {
            // Strings.resx itself for Dutch and the invariant culture, Strings.en.resx for English; nothing for the rest.
            if (StringsResources.GetResourceSet(culture, createIfNotExists: true, tryParents: false) is { } set)
            {
                foreach (var name in set.Cast<DictionaryEntry>().Select(entry => (string)entry.Key).Order(StringComparer.Ordinal))
                {
                    if (seen.Add(name))
                    {
                        yield return this[name];
                    }
                }
            }

            if (!includeParentCultures || Equals(culture, CultureInfo.InvariantCulture))
            {
                break;
            }
        }

        var english = IsEnglish(CultureInfo.CurrentUICulture);
        foreach (var texts in _texts)
        {
            ResourceManager[] sets = !english ? [texts.Dutch] : includeParentCultures ? [texts.English, texts.Dutch] : [texts.English];
            foreach (var set in sets)
            {
                foreach (var entry in set.GetResourceSet(CultureInfo.InvariantCulture, createIfNotExists: true, tryParents: false)!.Cast<DictionaryEntry>())
                {
                    if (entry.Value is string value && seen.Add((string)entry.Key))
                    {
                        yield return new LocalizedString((string)entry.Key, value, false, set.BaseName);
                    }
                }
            }
        }
    }

    private static string? Find(string name)
    {
        if (StringsResources.GetString(name, CultureInfo.CurrentUICulture) is { } found)
        {
            return found;
        }

        var english = IsEnglish(CultureInfo.CurrentUICulture);
        foreach (var texts in _texts)
        {
            // Each resource is the assembly's own (neutral) one: asking for the invariant culture looks for no satellite.
            if ((english ? texts.English : texts.Dutch).GetString(name, CultureInfo.InvariantCulture) is { } text)
            {
                return text;
            }
        }

        return null;
    }

    /// <summary>English as Strings.en.resx is found: for "en" and every culture below it ("en-GB").</summary>
    private static bool IsEnglish(CultureInfo culture)
    {
        for (var c = culture; !Equals(c, CultureInfo.InvariantCulture); c = c.Parent)
        {
            if (c.Name == "en")
            {
                return true;
            }
        }

        return false;
    }

    private sealed record Texts(ResourceManager Dutch, ResourceManager English);
}
