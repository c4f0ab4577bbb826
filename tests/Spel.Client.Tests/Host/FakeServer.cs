using System.Net;
using System.Net.Http.Json;
using Spel.Scenarios.Play;

namespace Spel.Client.Tests.Host;

/// <summary>
/// The facilitator's HTTP endpoints without a server: it says who may create, lists decks, and keeps every session
/// request and every deletion it gets.
/// </summary>
internal sealed class FakeServer : HttpMessageHandler
{
    public CreationPolicy Policy { get; set; } = new(NeedsFacilitatorCode: false, AllowedHere: true);

    public IReadOnlyList<DeckSummary> Decks { get; set; } = [];

    public List<CreateSessionRequest> Created { get; } = [];

    /// <summary>The facilitator code header of each create request, null where it had none.</summary>
    public List<string?> FacilitatorCodes { get; } = [];

    /// <summary>Each DELETE of a session: its code and the host key header.</summary>
    public List<(string Code, string? HostKey)> Deleted { get; } = [];

    /// <summary>The recovery code of the session POST /api/sessions creates by default.</summary>
    public const string RecoveryCode = "ABCDEFGHJKMNPQRSTUVWXYZ23456";

    /// <summary>What POST /api/sessions answers; by default a new session.</summary>
    public Func<CreateSessionRequest, HttpResponseMessage> CreateReply { get; set; } =
        _ => new HttpResponseMessage(HttpStatusCode.Created) { Content = JsonContent.Create(new SessionCreated("ABCDEFG", "host-key-1", FakeServer.RecoveryCode)) };

    /// <summary>What DELETE /api/sessions/{code} answers; by default 204, done.</summary>
    public Func<HttpResponseMessage> DeleteReply { get; set; } = () => new HttpResponseMessage(HttpStatusCode.NoContent);

    /// <summary>A refusal as the server sends it: problem details with the error code beside the English text.</summary>
    public static HttpResponseMessage Problem(ErrorCode code, HttpStatusCode status = HttpStatusCode.BadRequest) => new(status)
    {
        Content = JsonContent.Create(new { title = status.ToString(), status = (int)status, detail = code.Describe(), code = code.ToString() }),
    };

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var path = request.RequestUri!.AbsolutePath;
        switch (request.Method.Method, path)
        {
            case ("GET", SessionApi.Policy):
                return new HttpResponseMessage(HttpStatusCode.OK) { Content = JsonContent.Create(Policy) };
            case ("GET", "/api/decks"):
                return new HttpResponseMessage(HttpStatusCode.OK) { Content = JsonContent.Create(Decks) };
            case ("POST", SessionApi.Sessions):
                var body = await request.Content!.ReadFromJsonAsync<CreateSessionRequest>(cancellationToken)
                    ?? throw new InvalidOperationException("No request body.");
                Created.Add(body);
                FacilitatorCodes.Add(Header(request, SessionApi.FacilitatorCodeHeader));
                return CreateReply(body);
            case ("DELETE", _) when path.StartsWith(SessionApi.Sessions + "/", StringComparison.Ordinal):
                Deleted.Add((path[(SessionApi.Sessions.Length + 1)..], Header(request, SessionApi.HostKeyHeader)));
                return DeleteReply();
            default:
                return new HttpResponseMessage(HttpStatusCode.NotFound);
        }
    }

    private static string? Header(HttpRequestMessage request, string name) =>
        request.Headers.TryGetValues(name, out var values) ? values.Single() : null;
}
