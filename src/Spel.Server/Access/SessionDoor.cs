using Microsoft.Extensions.Options;
using Spel.Scenarios.Play;
using Spel.Server.Hosting;
using Spel.Server.Sessions;

namespace Spel.Server.Access;

/// <summary>
/// The one way in to a session for every entry that takes a join code, over the hub and over HTTP. What it limits is
/// guessing: a code of the wrong form, a code that names no session, a wrong host key, seat token or recovery code each count
/// against the caller's address, and an address with too many of those in a minute is refused everything for the
/// rest of that minute. A whole hall behind one address joins an existing session without ever counting.
/// Unknown codes are answered from storage, so a look-up never activates or stores anything.
/// </summary>
public sealed partial class SessionDoor(
    SessionDirectory directory, IOptions<SpelOptions> options, [FromKeyedServices(WebClock.Key)] TimeProvider time, ILogger<SessionDoor> logger)
{
    private readonly WindowCounter _guesses = new(options.Value.GuessesPerMinute, TimeSpan.FromMinutes(1), time);

    /// <summary>The answers that tell a guesser something: each counts as one guess.</summary>
    public static bool IsMiss(ErrorCode? error) =>
        error is ErrorCode.InvalidJoinCode or ErrorCode.SessionNotFound or ErrorCode.WrongHostKey or ErrorCode.UnknownSeat
            or ErrorCode.WrongFacilitatorCode or ErrorCode.WrongRecoveryCode;

    /// <summary>
    /// Passes <paramref name="call"/> to the session <paramref name="code"/> names, unless the address is stopped, the
    /// code is malformed or names no session; a refusal that tells a guesser something counts against the address.
    /// </summary>
    public async Task<Reply<T>> EnterAsync<T>(string address, string? code, Func<ISessionGrain, string, Task<Reply<T>>> call)
    {
        if (_guesses.IsSpent(address))
        {
            return Refused<T>(address, ErrorCode.TooManyAttempts);
        }

        var reply = JoinCode.Normalize(code) is not { } normalized ? Reply<T>.Refused(ErrorCode.InvalidJoinCode)
            : await directory.FindAsync(normalized) is not { } session ? Reply<T>.Refused(ErrorCode.SessionNotFound)
            : await call(session, normalized);
        if (IsMiss(reply.Error))
        {
            Missed(address);
        }

        return reply;
    }

    /// <summary>True while <paramref name="address"/> is stopped for guessing.</summary>
    public bool IsStopped(string address) => _guesses.IsSpent(address);

    /// <summary>Counts a miss that did not come through <see cref="EnterAsync"/>, such as a wrong facilitator code.</summary>
    public void Missed(string address)
    {
        _guesses.TryCount(address);
        if (_guesses.IsSpent(address))
        {
            LogStopped(logger, address, _guesses.Limit);
        }
    }

    private Reply<T> Refused<T>(string address, ErrorCode error)
    {
        LogRefused(logger, address);
        return Reply<T>.Refused(error);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Address {Address} is stopped: {Limit} wrong join codes, keys or tokens in a minute")]
    private static partial void LogStopped(ILogger logger, string address, int limit);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Refused a call from {Address}, which is stopped for guessing")]
    private static partial void LogRefused(ILogger logger, string address);
}
