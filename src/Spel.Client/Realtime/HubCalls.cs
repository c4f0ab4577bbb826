using Microsoft.Extensions.Logging;
using Spel.Scenarios.Play;

namespace Spel.Client.Realtime;

/// <summary>
/// How a hub call that failed for any reason but a dropped line reaches a person: as <see cref="ErrorCode.ServerError"/>,
/// which every screen already shows like a refusal, with the English details in the browser console.
/// </summary>
public static class HubCalls
{
    /// <summary>Runs <paramref name="call"/>; a <see cref="ConnectionLostException"/> still throws, because the screens handle a drop apart.</summary>
    public static async Task<Reply<T>> OrServerErrorAsync<T>(Func<Task<Reply<T>>> call, ILogger logger, string what)
    {
        try
        {
            return await call();
        }
        catch (Exception e) when (e is not ConnectionLostException and not OperationCanceledException)
        {
            logger.LogError(e, "{What} failed on the server or on its way back; the screen shows a server error", what);
            return Reply<T>.Refused(ErrorCode.ServerError);
        }
    }
}
