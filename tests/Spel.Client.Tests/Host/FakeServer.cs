using System.Net;
using System.Net.Http.Json;
using Spel.Scenarios.Play;

namespace Spel.Client.Tests.Host;

/// <summary>The start page's HTTP endpoints without a server: it lists decks and keeps every session request it gets.</summary>
internal sealed class FakeServer : HttpMessageHandler
{
    public IReadOnlyList<DeckSummary> Decks { get; set; } = [];

    public List<CreateSessionRequest> Created { get; } = [];

    /// <summary>What POST /api/sessions answers; by default a new session.</summary>
    public Func<CreateSessionRequest, HttpResponseMessage> CreateReply { get; set; } =
        _ => new HttpResponseMessage(HttpStatusCode.Created) { Content = JsonContent.Create(new SessionCreated("ABCDEFG", "host-key-1")) };

    /// <summary>A refusal as the server sends it: problem details with the error code beside the English text.</summary>
    public static HttpResponseMessage Problem(ErrorCode code) => new(HttpStatusCode.BadRequest)
    {
        Content = JsonContent.Create(new { title = "Bad Request", status = 400, detail = code.Describe(), code = code.ToString() }),
    };

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        switch (request.Method.Method, request.RequestUri!.AbsolutePath)
        {
            case ("GET", "/api/decks"):
                return new HttpResponseMessage(HttpStatusCode.OK) { Content = JsonContent.Create(Decks) };
            case ("POST", "/api/sessions"):
                var body = await request.Content!.ReadFromJsonAsync<CreateSessionRequest>(cancellationToken)
                    ?? throw new InvalidOperationException("No request body.");
                Created.Add(body);
                return CreateReply(body);
            default:
                return new HttpResponseMessage(HttpStatusCode.NotFound);
        }
    }
}
