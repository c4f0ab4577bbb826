using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Spel.Scenarios.Play;
using Spel.Server.Hosting;

namespace Spel.Server.Access;

/// <summary>
/// Who may open a session. On the embedded default (no facilitator codes configured) only the server's own machine
/// may: the facilitator's laptop, never a tablet on the hall's Wi-Fi. A hosted server is given facilitator codes and
/// refuses creation without one of them. Either way one address may create only so many sessions an hour.
/// </summary>
public sealed class SessionCreation
{
    /// <summary>A facilitator code is a secret: at least 128 bits, which base64 writes in 22 characters.</summary>
    public const int MinimumCodeLength = 22;

    private readonly IReadOnlyList<byte[]> _codeHashes;
    private readonly WindowCounter _created;
    private readonly SessionDoor _door;

    public SessionCreation(IOptions<SpelOptions> options, SessionDoor door, [FromKeyedServices(WebClock.Key)] TimeProvider time)
    {
        var codes = options.Value.FacilitatorCodes.Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => c.Trim()).ToList();
        if (codes.FirstOrDefault(c => c.Length < MinimumCodeLength) is not null)
        {
            throw new OptionsValidationException(SpelOptions.Section, typeof(SpelOptions),
                [$"Every Spel:FacilitatorCodes entry must be at least {MinimumCodeLength} characters (128 bits), e.g. from `openssl rand -base64 18`."]);
        }

        _codeHashes = codes.Select(Hash).ToList();
        _created = new WindowCounter(options.Value.SessionsPerHour, TimeSpan.FromHours(1), time);
        _door = door;
    }

    public bool NeedsFacilitatorCode => _codeHashes.Count > 0;

    /// <summary>What the start page needs to know before it offers "Sessie starten".</summary>
    public CreationPolicy PolicyFor(HttpContext http) =>
        new(NeedsFacilitatorCode, NeedsFacilitatorCode || ClientAddress.IsThisMachine(http));

    /// <summary>Why this request may not create a session, or null when it may (and then it counts against the hour).</summary>
    public ErrorCode? Refusal(HttpContext http)
    {
        var address = ClientAddress.Of(http);
        if (_door.IsStopped(address))
        {
            return ErrorCode.TooManyAttempts;
        }

        if (NeedsFacilitatorCode)
        {
            var code = http.Request.Headers[SessionApi.FacilitatorCodeHeader].ToString().Trim();
            if (code.Length == 0)
            {
                return ErrorCode.CreationNotAllowed;
            }

            if (!IsFacilitatorCode(code))
            {
                _door.Missed(address);
                return ErrorCode.WrongFacilitatorCode;
            }
        }
        else if (!ClientAddress.IsThisMachine(http))
        {
            return ErrorCode.CreationNotAllowed;
        }

        return _created.TryCount(address) ? null : ErrorCode.TooManySessions;
    }

    private bool IsFacilitatorCode(string code)
    {
        var hash = Hash(code);
        var matches = false;
        foreach (var known in _codeHashes)
        {
            // Every code is compared, in constant time, so the answer's timing says nothing about which came close.
            matches |= CryptographicOperations.FixedTimeEquals(hash, known);
        }

        return matches;
    }

    private static byte[] Hash(string code) => SHA256.HashData(Encoding.UTF8.GetBytes(code));
}
