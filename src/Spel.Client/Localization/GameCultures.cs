using System.Globalization;

namespace Spel.Client.Localization;

/// <summary>
/// The two cultures the game speaks, with their formats spelled out here: the WebAssembly app runs without ICU data
/// (invariant globalization saves every tablet the culture tables of the whole world), so Dutch decimals and month
/// names come from this table (the texts use full month and day names, never abbreviations). On the server, which
/// has ICU, these are the values ICU gives.
/// </summary>
public static class GameCultures
{
    private static readonly string[] DutchMonths =
        ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december", ""];

    private static readonly string[] DutchDays = ["zondag", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag"];

    private static readonly string[] EnglishMonths =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December", ""];

    private static readonly string[] EnglishDays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

    /// <summary>A culture named <paramref name="language"/> ("nl" or "en") that formats numbers and dates as that language does.</summary>
    public static CultureInfo For(string language)
    {
        var dutch = language != Language.English;
        var culture = new CultureInfo(dutch ? Language.Dutch : Language.English);

        var numbers = culture.NumberFormat;
        numbers.NumberDecimalSeparator = numbers.PercentDecimalSeparator = dutch ? "," : ".";
        numbers.NumberGroupSeparator = numbers.PercentGroupSeparator = dutch ? "." : ",";

        var dates = culture.DateTimeFormat;
        dates.MonthNames = dates.MonthGenitiveNames = dutch ? DutchMonths : EnglishMonths;
        dates.DayNames = dutch ? DutchDays : EnglishDays;
        return CultureInfo.ReadOnly(culture);
    }
}
