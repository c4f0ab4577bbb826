namespace Spel.Client.Realtime;

/// <summary>What a browser keeps across reloads and sleeping tablets: host keys, seat tokens, the language.</summary>
public interface IBrowserStorage
{
    ValueTask<string?> GetAsync(string key);

    ValueTask SetAsync(string key, string value);

    ValueTask RemoveAsync(string key);

    /// <summary>A cookie for the server, so that prerendered pages already speak the chosen language.</summary>
    ValueTask SetCookieAsync(string name, string value, int days);

    /// <summary>The language of the page as the server rendered it (the html element's lang).</summary>
    ValueTask<string?> GetPageLanguageAsync();
}

/// <summary>The names under which this app keeps things in the browser.</summary>
public static class StorageKeys
{
    public const string Language = "spel.lang";

    public static string HostKey(string code) => $"spel.host.{code}";

    public static string SeatToken(string code) => $"spel.seat.{code}";

    /// <summary>An input of this seat that the server has not confirmed yet (by seat id, never by the secret token).</summary>
    public static string PendingInput(string code, string seatId) => $"spel.pending.{code}.{seatId}";
}
