using System.Text.Json;
using Spel.Client.Realtime;
using Spel.Scenarios.Play;

namespace Spel.Client.Pages.Host;

/// <summary>A session this browser holds a console of, as "mijn sessies" lists it. No secret: the key is kept apart.</summary>
public sealed record KeptSession(string Code, string DeckTitle, DateTimeOffset Since, ConsoleRole Role);

/// <summary>"Mijn sessies" in this browser's storage: newest first, one entry per session.</summary>
public static class KeptSessions
{
    /// <summary>So many are kept; the oldest drop off (a facilitator's month of workshops fits).</summary>
    public const int Most = 30;

    public static async Task<IReadOnlyList<KeptSession>> LoadAsync(IBrowserStorage storage)
    {
        try
        {
            return await storage.GetAsync(StorageKeys.MySessions) is { } json
                ? JsonSerializer.Deserialize<List<KeptSession>>(json, JsonSerializerOptions.Web) ?? []
                : [];
        }
        catch (JsonException)
        {
            // A list this app cannot read is no reason to fail the start page: it is started afresh.
            return [];
        }
    }

    /// <summary>
    /// Keeps <paramref name="session"/> at the top; a session kept already keeps the date it was first kept, and a main
    /// console stays one (a link opened in the same browser does not demote it).
    /// </summary>
    public static async Task KeepAsync(IBrowserStorage storage, KeptSession session)
    {
        var kept = (await LoadAsync(storage)).ToList();
        var earlier = kept.FirstOrDefault(s => s.Code == session.Code);
        var entry = earlier is null ? session : session with { Since = earlier.Since, Role = earlier.Role == ConsoleRole.Main ? ConsoleRole.Main : session.Role };
        kept.RemoveAll(s => s.Code == session.Code);
        kept.Insert(0, entry);
        await SaveAsync(storage, kept.Take(Most));
    }

    /// <summary>Forgets a session in this browser: its entry, its console key and its recovery code.</summary>
    public static async Task ForgetAsync(IBrowserStorage storage, string code)
    {
        var kept = (await LoadAsync(storage)).Where(s => s.Code != code);
        await SaveAsync(storage, kept);
        await storage.RemoveAsync(StorageKeys.HostKey(code));
        await storage.RemoveAsync(StorageKeys.RecoveryCode(code));
    }

    private static ValueTask SaveAsync(IBrowserStorage storage, IEnumerable<KeptSession> sessions) =>
        storage.SetAsync(StorageKeys.MySessions, JsonSerializer.Serialize(sessions.ToList(), JsonSerializerOptions.Web));
}
