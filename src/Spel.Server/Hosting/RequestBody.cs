using Microsoft.AspNetCore.Http.Features;

namespace Spel.Server.Hosting;

/// <summary>
/// A request body read by the endpoint itself rather than bound, so it is read only after the caller was let in, and
/// never past a limit: an oversized body is refused before anything parses it.
/// </summary>
public static class RequestBody
{
    /// <summary>The body's bytes; null with <c>TooLarge</c> when it is over <paramref name="maxBytes"/>, null alone when it could not be read.</summary>
    public static async Task<(byte[]? Bytes, bool TooLarge)> ReadAsync(HttpContext http, long maxBytes)
    {
        // Kestrel enforces the limit while reading; the copy below enforces it where no server does (chunked bodies in tests).
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = maxBytes;
        }

        try
        {
            using var body = new MemoryStream();
            var buffer = new byte[8192];
            int read;
            while ((read = await http.Request.Body.ReadAsync(buffer, http.RequestAborted)) > 0 && body.Length <= maxBytes)
            {
                body.Write(buffer, 0, read);
            }

            return body.Length > maxBytes ? (null, true) : (body.ToArray(), false);
        }
        catch (BadHttpRequestException unread)
        {
            return (null, unread.StatusCode == StatusCodes.Status413PayloadTooLarge);
        }
    }
}
