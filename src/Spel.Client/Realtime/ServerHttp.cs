using Microsoft.AspNetCore.Components;

namespace Spel.Client.Realtime;

/// <summary>
/// The HTTP connection to this server that the facilitator's clients share. It holds every HTTP-typed field, so the
/// clients themselves can be loaded on a tablet, which never downloads System.Net.Http (Routes.razor loads it with
/// the facilitator's pages): the runtime loads a class's field types when it loads the class.
/// </summary>
internal sealed class ServerHttp(NavigationManager navigation, HttpMessageHandler? handler) : IDisposable
{
    private HttpClient? _client;

    // Built on first use because the base address is only known once the page has a URL.
    public HttpClient Client => _client ??= new HttpClient(handler ?? new HttpClientHandler(), disposeHandler: handler is null)
    {
        BaseAddress = new Uri(navigation.BaseUri),
    };

    public void Dispose() => _client?.Dispose();
}
