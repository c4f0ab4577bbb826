using Spel.Scenarios.Play;

namespace Spel.Client.Pages.Host;

/// <summary>
/// Sends the afspraak being typed to the server as a draft, so that nothing typed is lost and the other consoles see
/// it: at once, then at most once per <see cref="Spacing"/> while typing goes on (well within a connection's message
/// budget), what was typed last once the spacing is over, and whatever is still unsent before any step
/// (<see cref="FlushAsync"/>). One send at a time; <paramref name="dispatch"/> brings the late send back to the page.
/// </summary>
public sealed class DraftSender(Func<Agreement, Task<bool>> send, Func<Func<Task>, Task>? dispatch = null, TimeProvider? time = null) : IDisposable
{
    public static readonly TimeSpan Spacing = TimeSpan.FromSeconds(1);

    private readonly TimeProvider _time = time ?? TimeProvider.System;
    private readonly Func<Func<Task>, Task> _dispatch = dispatch ?? (work => work());
    private DateTimeOffset? _lastSent;
    private ITimer? _late;
    private bool _dirty;
    private bool _sending;

    /// <summary>The card the draft is about; a draft of a card that is no longer on the table is not sent.</summary>
    public string? CardId { get; private set; }

    /// <summary>What was typed last; null when the form holds nothing to keep.</summary>
    public Agreement? Latest { get; private set; }

    public async Task TypedAsync(string cardId, Agreement? draft)
    {
        CardId = cardId;
        Latest = draft;
        _dirty = draft is not null;
        var wait = _lastSent is { } last ? last + Spacing - _time.GetUtcNow() : TimeSpan.Zero;
        if (wait <= TimeSpan.Zero)
        {
            await FlushAsync(cardId);
        }
        else
        {
            _late ??= _time.CreateTimer(_ => _dispatch(SendLateAsync), null, wait, Timeout.InfiniteTimeSpan);
        }
    }

    /// <summary>Sends what is unsent of the draft about <paramref name="cardId"/>; false when the server refused it.</summary>
    public async Task<bool> FlushAsync(string? cardId)
    {
        var accepted = true;
        while (_dirty && !_sending && Latest is { } draft && cardId is not null && cardId == CardId)
        {
            _sending = true;
            _dirty = false;
            _lastSent = _time.GetUtcNow();
            try
            {
                accepted = await send(draft);
            }
            finally
            {
                _sending = false;
            }

            if (!accepted)
            {
                break;
            }
        }

        return accepted;
    }

    /// <summary>The draft was recorded, kept or discarded: nothing is left to send.</summary>
    public void Settled()
    {
        Latest = null;
        _dirty = false;
    }

    public void Dispose() => _late?.Dispose();

    private Task SendLateAsync()
    {
        _late?.Dispose();
        _late = null;
        return FlushAsync(CardId);
    }
}
