namespace Spel.Scenarios.Play;

// Who may hold a console, and coming back to a session (issue 10, part "access").

/// <summary>
/// What a console may do. The main console (the browser that created the session, or one that came back with the
/// recovery code) may do everything; a co-facilitator steers like the main console but cannot hand out or revoke
/// links, nor delete the session; a notulist (note-taker) sees the console and records afspraken, and steers nothing.
/// </summary>
public enum ConsoleRole
{
    Main,
    CoFacilitator,
    Notulist,
}

/// <summary>A console secret as the main console lists it: never the secret itself, which only its device holds.</summary>
public sealed record ConsoleLinkView(string Id, ConsoleRole Role, DateTimeOffset CreatedAt, bool Revoked);

/// <summary>
/// What this console may do, and for the main console every console link handed out so far. <see cref="ConsoleId"/>
/// names the caller's own console secret (null for the host key, which cannot be revoked).
/// </summary>
public sealed record ConsoleAccess(ConsoleRole Role, IReadOnlyList<ConsoleLinkView> Links, string? ConsoleId = null);

/// <summary>
/// A new console link: its secret is shown once, in the link's #fragment (<see cref="ConsoleLinks"/>), and
/// <see cref="QrSvg"/> draws that link for a phone to scan.
/// </summary>
public sealed record ConsoleLinkCreated(ConsoleLinkView Link, string Url, string QrSvg, ConsoleAccess Access);

/// <summary>A browser that came back with the recovery code: a console secret of its own, for the main console.</summary>
public sealed record ConsoleRecovered(string Code, string ConsoleKey, string DeckTitle);

/// <summary>
/// An afspraak being typed on a console and not yet recorded. Every console of the session sees it, so a notulist can
/// type while the facilitator steers; the projector and the tablets never do.
/// </summary>
public sealed record AgreementDraft(string CardId, Agreement Agreement);

/// <summary>How a console link carries its secret.</summary>
public static class ConsoleLinks
{
    /// <summary>How many console secrets (links and recovered consoles, revoked ones too) one session hands out.</summary>
    public const int MaxPerSession = 20;

    /// <summary>The name in a console link's #fragment that holds its secret: the browser never sends a fragment to a server.</summary>
    public const string FragmentKey = "sleutel";

    /// <summary>The console path and fragment of a console link (the server puts the hall's address in front).</summary>
    public static string PathAndFragment(string code, string secret) => $"/begeleider/{code}#{FragmentKey}={Uri.EscapeDataString(secret)}";

    /// <summary>The secret in a link's fragment (with or without its leading #), or null when it holds none.</summary>
    public static string? SecretIn(string? fragment)
    {
        var text = (fragment ?? "").TrimStart('#');
        foreach (var part in text.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var pair = part.Split('=', 2);
            if (pair.Length == 2 && pair[0] == FragmentKey && pair[1].Length > 0)
            {
                return Uri.UnescapeDataString(pair[1]);
            }
        }

        return null;
    }
}

/// <summary>
/// The recovery code a facilitator writes down at creation: 28 letters and digits in groups of four, from an alphabet
/// without look-alikes (no 0/O, 1/I/L), so it survives being copied by hand. 28 symbols of 31 hold 138 bits.
/// </summary>
public static class RecoveryCodes
{
    public const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    public const int Length = 28;
    public const int GroupLength = 4;

    /// <summary>The code as typed, without spaces, dashes or case; null when it cannot be a recovery code.</summary>
    public static string? Normalize(string? typed)
    {
        if (typed is null || typed.Length > 3 * Length)
        {
            return null;
        }

        var symbols = typed.Where(c => !char.IsWhiteSpace(c) && c != '-').Select(char.ToUpperInvariant).ToArray();
        return symbols.Length == Length && symbols.All(c => Alphabet.Contains(c)) ? new string(symbols) : null;
    }

    /// <summary>The code in groups of four, as the console shows it and the saved file holds it.</summary>
    public static string Display(string code) =>
        string.Join('-', Enumerable.Range(0, (code.Length + GroupLength - 1) / GroupLength)
            .Select(i => code.Substring(i * GroupLength, Math.Min(GroupLength, code.Length - i * GroupLength))));
}
