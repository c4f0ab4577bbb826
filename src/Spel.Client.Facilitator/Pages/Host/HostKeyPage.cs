using Microsoft.AspNetCore.Components;
using Spel.Client.Realtime;
using Spel.Scenarios.Play;

namespace Spel.Client.Pages.Host;

/// <summary>
/// A facilitator page: finds the host key this browser got when it created the session, and keeps the
/// facilitator's view of the session live.
/// </summary>
public abstract class HostKeyPage : ComponentBase, IAsyncDisposable
{
    [Parameter]
    public string Code { get; set; } = "";

    [Inject]
    protected IGameConnection Connection { get; set; } = default!;

    [Inject]
    protected IBrowserStorage Storage { get; set; } = default!;

    protected LiveView<FacilitatorView>? Live { get; private set; }

    protected FacilitatorView? View => Live?.Current;

    protected string? HostKey { get; private set; }

    /// <summary>True once this browser was found to hold no host key for the session.</summary>
    protected bool NoHostKey { get; private set; }

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender)
        {
            return;
        }

        HostKey = await Storage.GetAsync(StorageKeys.HostKey(Code));
        if (HostKey is null)
        {
            NoHostKey = true;
            StateHasChanged();
            return;
        }

        Live = LiveView.ForHost(Connection, Code, HostKey);
        Live.Changed += OnLiveChanged;
        await OnWatchingAsync();
        await Live.WatchAsync();
    }

    /// <summary>Runs once the page knows its host key, before the first view is fetched.</summary>
    protected virtual Task OnWatchingAsync() => Task.CompletedTask;

    public virtual ValueTask DisposeAsync()
    {
        if (Live is not null)
        {
            Live.Changed -= OnLiveChanged;
            Live.Dispose();
        }

        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }

    private void OnLiveChanged() => _ = InvokeAsync(StateHasChanged);
}
