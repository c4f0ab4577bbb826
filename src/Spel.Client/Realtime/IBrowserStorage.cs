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

    /// <summary>The recovery code this browser got when it created the session, for the console to show until it is written down.</summary>
    public static string RecoveryCode(string code) => $"spel.recovery.{code}";

    /// <summary>"Mijn sessies": the sessions this browser holds a console of (no secrets in it: those are under <see cref="HostKey"/>).</summary>
    public const string MySessions = "spel.my-sessions";

    /// <summary>The projector's theme in this browser: "dark" for a dim hall, otherwise light.</summary>
    public const string StageTheme = "spel.stage-theme";
}
