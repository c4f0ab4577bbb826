namespace Spel.Scenarios.Resources;

/// <summary>Names the resources Strings.resx (Dutch) and Strings.en.resx for <c>IStringLocalizer&lt;Strings&gt;</c>.</summary>
public sealed class Strings;
