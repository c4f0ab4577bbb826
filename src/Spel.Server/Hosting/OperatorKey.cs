using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Spel.Server.Hosting;

/// <summary>
/// A key that opens an operator's endpoint (the metrics scrape, the Orleans dashboard). It is a secret like a
/// facilitator code: at least 128 bits, compared in constant time, never logged.
/// </summary>
public sealed class OperatorKey
{
    /// <summary>22 base64 characters carry 128 bits.</summary>
    public const int MinimumLength = 22;

    private readonly byte[] _hash;

    private OperatorKey(string key) => _hash = Hash(key);

    /// <summary>The configured key, or null when there is none; a key too short to be a secret stops the server.</summary>
    public static OperatorKey? From(string configured, string setting)
    {
        var key = configured.Trim();
        if (key.Length == 0)
        {
            return null;
        }

        if (key.Length < MinimumLength)
        {
            throw new OptionsValidationException(SpelOptions.Section, typeof(SpelOptions),
                [$"{setting} must be at least {MinimumLength} characters (128 bits), e.g. from `openssl rand -base64 18`."]);
        }

        return new OperatorKey(key);
    }

    public bool Matches(string sent) => CryptographicOperations.FixedTimeEquals(Hash(sent), _hash);

    /// <summary>
    /// The key a request carries: in <paramref name="header"/>, as <c>Authorization: Bearer &lt;key&gt;</c>, or as the
    /// password of <c>Authorization: Basic</c> (what a browser sends after its login prompt; the user name is ignored).
    /// </summary>
    public static string Sent(HttpRequest request, string header)
    {
        if (request.Headers[header].ToString() is { Length: > 0 } value)
        {
            return value.Trim();
        }

        var authorization = request.Headers.Authorization.ToString();
        if (TryScheme(authorization, "Bearer", out var bearer))
        {
            return bearer;
        }

        return TryScheme(authorization, "Basic", out var basic) && Password(basic) is { } password ? password : "";
    }

    private static bool TryScheme(string authorization, string scheme, out string value)
    {
        var prefix = scheme + " ";
        value = authorization.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) ? authorization[prefix.Length..].Trim() : "";
        return value.Length > 0;
    }

    private static string? Password(string basic)
    {
        var bytes = new byte[basic.Length];
        if (!Convert.TryFromBase64String(basic, bytes, out var length))
        {
            return null;
        }

        var pair = Encoding.UTF8.GetString(bytes, 0, length);
        var colon = pair.IndexOf(':');
        return colon < 0 ? null : pair[(colon + 1)..];
    }

    // Equal lengths for the constant-time comparison, whatever was sent.
    private static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));
}
