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

    [Inject]
    protected NavigationManager Navigation { get; set; } = default!;

    /// <summary>What this console may do (main, co-facilitator, notulist); null until the server said.</summary>
    protected ConsoleAccess? Access { get; private set; }

    /// <summary>The address held a console link, and this browser took its secret.</summary>
    protected bool LinkTaken { get; private set; }

    /// <summary>The address held a console link, and this browser kept its main console instead.</summary>
    protected bool LinkNotUsed { get; private set; }

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

        await TakeLinkAsync();
        HostKey = await Storage.GetAsync(StorageKeys.HostKey(Code));
        if (HostKey is null)
        {
            NoHostKey = true;
            StateHasChanged();
            return;
        }

        Live = LiveView.ForHost(Connection, Code, HostKey);
        Live.Changed += OnLiveChanged;
        Connection.ConsoleRevoked += OnRevoked;
        await OnWatchingAsync();
        await Live.WatchAsync();
        await LearnAccessAsync(HostKey);
    }

    /// <summary>
    /// A console link (<see cref="ConsoleLinks"/>) brings its secret in the #fragment: it moves to this browser's storage
    /// and leaves the address at once, so no history entry, bookmark or shared screen keeps it. A browser that holds
    /// the main console of the session keeps that instead.
    /// </summary>
    private async Task TakeLinkAsync()
    {
        var address = new Uri(Navigation.Uri);
        if (ConsoleLinks.SecretIn(address.Fragment) is not { } secret)
        {
            return;
        }

        Navigation.NavigateTo(address.GetLeftPart(UriPartial.Query), replace: true);
        var kept = (await KeptSessions.LoadAsync(Storage)).FirstOrDefault(s => s.Code == Code);
        if (kept?.Role == ConsoleRole.Main && await Storage.GetAsync(StorageKeys.HostKey(Code)) is not null)
        {
            LinkNotUsed = true;
            return;
        }

        await Storage.SetAsync(StorageKeys.HostKey(Code), secret);
        LinkTaken = true;
    }

    /// <summary>Asks what this console may do, and keeps the session in "mijn sessies" of this browser.</summary>
    private async Task LearnAccessAsync(string key)
    {
        try
        {
            Access = (await Connection.GetConsoleAccessAsync(Code, key)).Value;
        }
        catch (ConnectionLostException)
        {
            // The page still works as a console; what it may do is asked again on the next visit.
            return;
        }

        if (Access is { } access && View is { } view)
        {
            await KeptSessions.KeepAsync(Storage, new KeptSession(Code, view.Round.DeckTitle, DateTimeOffset.Now, access.Role));
        }

        StateHasChanged();
    }

    /// <summary>Runs once the page knows its host key, before the first view is fetched.</summary>
    protected virtual Task OnWatchingAsync() => Task.CompletedTask;

    public virtual ValueTask DisposeAsync()
    {
        Connection.ConsoleRevoked -= OnRevoked;
        if (Live is not null)
        {
            Live.Changed -= OnLiveChanged;
            Live.Dispose();
        }

        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }

    private void OnLiveChanged() => _ = InvokeAsync(StateHasChanged);

    /// <summary>Watching again is refused now, which shows "deze link is ingetrokken" instead of a view that went still.</summary>
    private void OnRevoked(string code)
    {
        if (code == Code && Live is { } live)
        {
            _ = InvokeAsync(live.WatchAsync);
        }
    }
}
