using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace Spel.Client.Tests.Debrief;

/// <summary>An HTTP server in a box: records each request and answers it as told.</summary>
internal sealed class FakeHttpHandler(Func<HttpRequestMessage, HttpResponseMessage> respond) : HttpMessageHandler
{
    public List<(Uri Uri, string? HostKey)> Requests { get; } = [];

    public static HttpResponseMessage File(string fileName, string contentType, byte[] content)
    {
        var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent(content) };
        response.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        response.Content.Headers.ContentDisposition = new ContentDispositionHeaderValue("attachment") { FileName = fileName, FileNameStar = fileName };
        return response;
    }

    public static HttpResponseMessage Problem(HttpStatusCode status, string code) => new(status)
    {
        Content = new StringContent($$"""{"status":{{(int)status}},"code":"{{code}}"}""", Encoding.UTF8, "application/problem+json"),
    };

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Requests.Add((request.RequestUri!, request.Headers.TryGetValues(Spel.Scenarios.Play.DebriefDownloads.HostKeyHeader, out var keys) ? keys.Single() : null));
        return Task.FromResult(respond(request));
    }
}
