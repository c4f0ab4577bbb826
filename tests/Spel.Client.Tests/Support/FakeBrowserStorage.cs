using Spel.Client.Realtime;

namespace Spel.Client.Tests.Support;

internal sealed class FakeBrowserStorage : IBrowserStorage
{
    public Dictionary<string, string> Items { get; } = [];

    public ValueTask<string?> GetAsync(string key) => ValueTask.FromResult(Items.GetValueOrDefault(key));

    public ValueTask SetAsync(string key, string value)
    {
        Items[key] = value;
        return ValueTask.CompletedTask;
    }

    public ValueTask RemoveAsync(string key)
    {
        Items.Remove(key);
        return ValueTask.CompletedTask;
    }

    public ValueTask SetCookieAsync(string name, string value, int days) => ValueTask.CompletedTask;

    public ValueTask<string?> GetPageLanguageAsync() => ValueTask.FromResult<string?>("nl");
}
