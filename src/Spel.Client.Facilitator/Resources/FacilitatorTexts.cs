using System.Diagnostics.CodeAnalysis;
using System.Resources;
using System.Runtime.CompilerServices;
using Spel.Scenarios.Resources;

namespace Spel.Client.Resources;

/// <summary>
/// The texts only the facilitator's pages show (FacilitatorTexts.resx, Dutch, and FacilitatorTextsEnglish.resx),
/// kept in this assembly so a tablet, which never loads it, does not download them. Both languages are embedded here
/// rather than in a satellite assembly: a satellite of a lazily loaded assembly would need loading of its own.
/// move_texts.py moves a text here from Strings.resx once only this library uses it.
/// </summary>
internal static class FacilitatorTexts
{
    /// <summary>
    /// Runs when this assembly is first used, before any of its components renders (in the browser after the lazy
    /// load, on the server at its first prerender), so <c>IStringLocalizer&lt;Strings&gt;</c> finds these texts.
    /// </summary>
    [ModuleInitializer]
    [SuppressMessage("Usage", "CA2255:The 'ModuleInitializer' attribute should not be used in libraries",
        Justification = "The library's texts must be known before its first component renders, wherever it is loaded.")]
    internal static void Register() => GameStrings.AddTexts(
        new ResourceManager(typeof(FacilitatorTexts).FullName!, typeof(FacilitatorTexts).Assembly),
        new ResourceManager(typeof(FacilitatorTexts).FullName + "English", typeof(FacilitatorTexts).Assembly));
}
