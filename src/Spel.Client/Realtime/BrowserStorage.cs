using Microsoft.JSInterop;

namespace Spel.Client.Realtime;

/// <summary>localStorage and cookies through a small module that survives browsers where storage is blocked.</summary>
public sealed class BrowserStorage(IJSRuntime js) : IBrowserStorage, IAsyncDisposable
{
    public const string ModulePath = "./js/storage.js";

    private Task<IJSObjectReference>? _module;

    public async ValueTask<string?> GetAsync(string key) =>
        await (await Module()).InvokeAsync<string?>("get", key);

    public async ValueTask SetAsync(string key, string value) =>
        await (await Module()).InvokeVoidAsync("set", key, value);

    public async ValueTask RemoveAsync(string key) =>
        await (await Module()).InvokeVoidAsync("remove", key);

    public async ValueTask SetCookieAsync(string name, string value, int days) =>
        await (await Module()).InvokeVoidAsync("setCookie", name, value, days);

    public async ValueTask<string?> GetPageLanguageAsync() =>
        await (await Module()).InvokeAsync<string?>("pageLanguage");

    public async ValueTask DisposeAsync()
    {
        if (_module is { IsCompletedSuccessfully: true })
        {
            try
            {
                await _module.Result.DisposeAsync();
            }
            catch (JSDisconnectedException)
            {
                // The page is going away; the module goes with it.
            }
        }
    }

    private Task<IJSObjectReference> Module() =>
        _module ??= js.InvokeAsync<IJSObjectReference>("import", ModulePath).AsTask();
}
