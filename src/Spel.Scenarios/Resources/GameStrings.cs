using System.Collections;
using System.Globalization;
using System.Resources;
using Microsoft.Extensions.Localization;

namespace Spel.Scenarios.Resources;

/// <summary>
/// The game's words for <c>IStringLocalizer&lt;Strings&gt;</c>: first Strings.resx (and its English satellite), as
/// before, then the texts a library brings along (<see cref="AddTexts"/>). The facilitator's pages keep theirs in their
/// own assembly, which a tablet never downloads, and register them when that assembly is first used.
/// </summary>
public sealed class GameStrings(IStringLocalizerFactory factory) : IStringLocalizer<Strings>
{
    private static readonly Lock Adding = new();
    private static volatile Texts[] _texts = [];

    private readonly IStringLocalizer _strings = factory.Create(typeof(Strings));

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
            var found = _strings[name];
            return found.ResourceNotFound && Find(name) is { } text ? new LocalizedString(name, text, false, found.SearchedLocation) : found;
        }
    }

    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            var found = _strings[name, arguments];
            return found.ResourceNotFound && Find(name) is { } format
                ? new LocalizedString(name, string.Format(CultureInfo.CurrentCulture, format, arguments), false, found.SearchedLocation)
                : found;
        }
    }

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures)
    {
        var seen = new HashSet<string>();
        foreach (var text in _strings.GetAllStrings(includeParentCultures))
        {
            seen.Add(text.Name);
            yield return text;
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
