using System.Globalization;

namespace Spel.Client.Pages.Studio;

internal static class StudioFormat
{
    /// <summary>"1 december 2026 22:10" in the browser's time zone, as a trainer remembers saving.</summary>
    public static string When(DateTimeOffset at, TimeProvider clock) =>
        TimeZoneInfo.ConvertTime(at, clock.LocalTimeZone).ToString("d MMMM yyyy HH:mm", CultureInfo.CurrentCulture);
}
