using System.Text.Json;
using Spel.Client.Realtime;

namespace Spel.Client.Pages.Play;

/// <summary>
/// The one input of a seat that waits for the server, kept in the browser's storage until the server confirmed it,
/// so neither a dropped line nor a reload loses it. A newer input replaces it, as on the server.
/// </summary>
internal sealed class SeatOutbox
{
    private readonly IBrowserStorage _storage;
    private readonly string _key;

    private SeatOutbox(IBrowserStorage storage, string key)
    {
        _storage = storage;
        _key = key;
    }

    public PendingInput? Pending { get; private set; }

    public static async Task<SeatOutbox> OpenAsync(IBrowserStorage storage, string code, string seatId)
    {
        var outbox = new SeatOutbox(storage, StorageKeys.PendingInput(code, seatId));
        outbox.Pending = Read(await storage.GetAsync(outbox._key));
        return outbox;
    }

    public async Task KeepAsync(PendingInput input)
    {
        Pending = input;
        await _storage.SetAsync(_key, JsonSerializer.Serialize(input));
    }

    /// <summary>Forgets <paramref name="input"/>, unless a newer input has taken its place meanwhile.</summary>
    public async Task ForgetAsync(PendingInput input)
    {
        if (Pending == input)
        {
            Pending = null;
            await _storage.RemoveAsync(_key);
        }
    }

    // What another version of the app left, or a hand-edited entry, is no input to send.
    private static PendingInput? Read(string? json)
    {
        if (json is null)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<PendingInput>(json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
