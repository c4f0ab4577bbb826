using System.Buffers.Text;
using System.Security.Cryptography;
using Spel.Scenarios.Play;

namespace Spel.Server.Sessions;

/// <summary>
/// Host keys and seat tokens: 128 random bits, base64url on the wire. Only their SHA-256 is stored,
/// so a copy of the database does not let anyone take a seat or steer a session.
/// </summary>
public static class Secrets
{
    private const int SecretBytes = 16;

    public static string NewSecret() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(SecretBytes));

    public static byte[] Hash(string secret) => SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(secret));

    public static bool Matches(string? secret, byte[] storedHash) =>
        IsPlausible(secret) && CryptographicOperations.FixedTimeEquals(Hash(secret!), storedHash);

    /// <summary>The item whose stored hash matches <paramref name="secret"/>, hashing the secret once.</summary>
    public static T? FindByToken<T>(IEnumerable<T> items, string? secret, Func<T, byte[]> storedHash)
        where T : class
    {
        if (!IsPlausible(secret))
        {
            return null;
        }

        var hash = Hash(secret!);
        return items.FirstOrDefault(item => CryptographicOperations.FixedTimeEquals(hash, storedHash(item)));
    }

    // A real secret is 22 characters; anything far longer is not worth hashing.
    private static bool IsPlausible(string? secret) => !string.IsNullOrEmpty(secret) && secret.Length <= 64;

    /// <summary>
    /// A recovery code: <see cref="RecoveryCodes.Length"/> symbols drawn uniformly from an alphabet without look-alikes,
    /// at least 128 bits. Stored like every secret, hashed (of its normalized form).
    /// </summary>
    public static string NewRecoveryCode() =>
        new(Enumerable.Range(0, RecoveryCodes.Length)
            .Select(_ => RecoveryCodes.Alphabet[RandomNumberGenerator.GetInt32(RecoveryCodes.Alphabet.Length)])
            .ToArray());

    /// <summary>
    /// A session's id in tally files: 128 bits of SHA-256 over its host key's hash, apart from every other use of that
    /// hash by a prefix. As random as the key, and no way back to it.
    /// </summary>
    public static string TallyId(byte[] hostKeyHash) =>
        Convert.ToHexStringLower(SHA256.HashData([.. "spel.tally-id:"u8, .. hostKeyHash]))[..32];

    /// <summary>A short public id (not a secret): names a seat in groups and views.</summary>
    public static string NewId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
}
