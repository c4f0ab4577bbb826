using System.Security.Cryptography;

namespace Spel.Scenarios.Play;

/// <summary>
/// The short code participants type: seven characters from an alphabet without look-alikes
/// (no 0/O, 1/I/L), 31^7 ≈ 2^34.7 codes. Shown as "ABC DEFG"; typed in any case, with or without spaces or dashes.
/// </summary>
public static class JoinCode
{
    public const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    public static string NewCode()
    {
        Span<char> code = stackalloc char[Limits.JoinCodeLength];
        for (var i = 0; i < code.Length; i++)
        {
            code[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }

        return new string(code);
    }

    /// <summary>The canonical form of what a user typed, or null when it cannot be a join code.</summary>
    public static string? Normalize(string? typed)
    {
        if (string.IsNullOrWhiteSpace(typed) || typed.Length > 20)
        {
            return null;
        }

        var chars = typed.Where(c => !char.IsWhiteSpace(c) && c != '-').Select(char.ToUpperInvariant).ToArray();
        return chars.Length == Limits.JoinCodeLength && chars.All(c => Alphabet.Contains(c)) ? new string(chars) : null;
    }

    /// <summary>The code as the projector shows it: "ABC DEFG".</summary>
    public static string Display(string code) => code.Length == Limits.JoinCodeLength ? $"{code[..3]} {code[3..]}" : code;
}
