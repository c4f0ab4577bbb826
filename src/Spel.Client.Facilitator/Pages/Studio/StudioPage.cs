using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Microsoft.JSInterop;
using Spel.Client.Pages.Debrief;
using Spel.Scenarios.Localization;
using Spel.Scenarios.Play;
using Spel.Scenarios.Resources;

namespace Spel.Client.Pages.Studio;

/// <summary>
/// What both studio pages need: the studio's client behind the trainer key gate, and downloads. The pages live in
/// the lazily loaded facilitator assembly, which the app's start-up cannot name without every tablet loading it; so
/// a page takes the client the services hold (tests register one with a fake server) or makes its own.
/// </summary>
public abstract class StudioPage : ComponentBase, IAsyncDisposable
{
    private bool _ownsStudio;
    private Task<IJSObjectReference>? _downloads;

    [Inject] private IServiceProvider Services { get; set; } = default!;

    [Inject] private NavigationManager Navigation { get; set; } = default!;

    [Inject] protected IJSRuntime JS { get; set; } = default!;

    [Inject] protected TimeProvider Clock { get; set; } = default!;

    [Inject] private IStringLocalizer<Strings> Localizer { get; set; } = default!;

    protected StudioClient Studio { get; private set; } = default!;

    protected TrainerKeyGate? Gate { get; set; }

    /// <summary>Something went wrong that the trainer should read; null when not.</summary>
    protected string? Error { get; set; }

    protected bool Busy { get; set; }

    protected override void OnInitialized()
    {
        var registered = Services.GetService<StudioClient>();
        _ownsStudio = registered is null;
        Studio = registered ?? new StudioClient(Navigation);
    }

    protected static string EditorAddress(string id) => $"decks/{Uri.EscapeDataString(id)}";

    /// <summary>
    /// Shows why the server refused; a refused key sends the trainer back to the key prompt. Returns true when the
    /// reply was a refusal.
    /// </summary>
    protected async Task<bool> RefusedAsync<T>(Reply<T> reply)
    {
        if (reply.Error is not { } error)
        {
            return false;
        }

        if (!await KeyRefusedAsync(reply))
        {
            Error = Localizer.Error(error);
        }

        return true;
    }

    /// <summary>A key the server stopped taking (changed meanwhile): back to the key prompt. True when the reply was that.</summary>
    protected async Task<bool> KeyRefusedAsync<T>(Reply<T> reply)
    {
        if (reply.Error != ErrorCode.WrongTrainerKey || Gate is null)
        {
            return false;
        }

        await Gate.KeyRefusedAsync();
        return true;
    }

    /// <summary>Any deck as the server writes its file, through the debrief's download helper.</summary>
    protected async Task DownloadAsync(string id)
    {
        Busy = true;
        Error = null;
        try
        {
            var reply = await Studio.YamlAsync(id);
            if (!await RefusedAsync(reply))
            {
                var file = reply.Value!;
                _downloads ??= JS.InvokeAsync<IJSObjectReference>("import", ExportButtons.ModulePath).AsTask();
                await (await _downloads).InvokeVoidAsync("download", file.FileName, file.ContentType, file.Content);
            }
        }
        catch (HttpRequestException)
        {
            Error = Localizer["Studio_ServerUnreachable"];
        }
        finally
        {
            Busy = false;
        }
    }

    public virtual async ValueTask DisposeAsync()
    {
        if (_ownsStudio)
        {
            Studio.Dispose();
        }

        if (_downloads is { IsCompletedSuccessfully: true })
        {
            try
            {
                await _downloads.Result.DisposeAsync();
            }
            catch (JSDisconnectedException)
            {
                // The page is going away; the module goes with it.
            }
        }

        GC.SuppressFinalize(this);
    }
}
