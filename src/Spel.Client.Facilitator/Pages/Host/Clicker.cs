using Microsoft.JSInterop;

namespace Spel.Client.Pages.Host;

/// <summary>
/// The presentation clicker and keyboard for one session, heard on the console and the projector: each press arrives as
/// one of the <see cref="Keys"/> (next, back, pause; on the console also help and close).
/// </summary>
public sealed class Clicker : IAsyncDisposable
{
    public const string ModulePath = "./js/clicker.js";

    /// <summary>What a press asks for, as clicker.js names it.</summary>
    public static class Keys
    {
        public const string Next = "next";
        public const string Back = "back";
        public const string Pause = "pause";
        public const string Help = "help";
        public const string Close = "close";
    }

    private readonly IJSObjectReference _module;
    private readonly IJSObjectReference _subscription;
    private readonly IDisposable? _target;

    private Clicker(IJSObjectReference module, IJSObjectReference subscription, IDisposable? target)
    {
        _module = module;
        _subscription = subscription;
        _target = target;
    }

    /// <summary>Calls <paramref name="method"/> (a [JSInvokable] method of <paramref name="target"/> taking one of the <see cref="Keys"/>) for every press.</summary>
    public static async Task<Clicker> ListenAsync<T>(IJSRuntime js, string code, T target, string method)
        where T : class
    {
        var module = await js.InvokeAsync<IJSObjectReference>("import", ModulePath);
        var reference = DotNetObjectReference.Create(target);
        var subscription = await module.InvokeAsync<IJSObjectReference>("listen", reference, method, ChannelName(code));
        return new Clicker(module, subscription, reference);
    }

    /// <summary>Passes presses on to the console of this session in the same browser.</summary>
    public static async Task<Clicker> ForwardAsync(IJSRuntime js, string code)
    {
        var module = await js.InvokeAsync<IJSObjectReference>("import", ModulePath);
        var subscription = await module.InvokeAsync<IJSObjectReference>("forward", ChannelName(code));
        return new Clicker(module, subscription, null);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await _subscription.InvokeVoidAsync("dispose");
            await _subscription.DisposeAsync();
            await _module.DisposeAsync();
        }
        catch (JSDisconnectedException)
        {
            // The page is going away; its listeners go with it.
        }

        _target?.Dispose();
    }

    private static string ChannelName(string code) => $"spel.clicker.{code}";
}
