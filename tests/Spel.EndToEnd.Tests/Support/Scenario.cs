using Spel.Testing;
using Xunit.Abstractions;

namespace Spel.EndToEnd.Tests.Support;

/// <summary>Runs a scenario in fresh browsers; a failure carries screenshots, browser problems and the server's log.</summary>
public static class Scenario
{
    public static async Task PlayAsync(ServerProcess server, ITestOutputHelper output, string scenario, Func<Browsers, Task> play)
    {
        await using var browsers = await Browsers.LaunchAsync(server.BaseAddress);
        try
        {
            await play(browsers);
            output.WriteLine($"Browser console: {browsers.Problems}");
        }
        catch (Exception failure)
        {
            var screenshots = await browsers.ScreenshotAllAsync(Repository.Artifacts("e2e"), $"failed-{scenario}");
            throw new ScenarioFailedException(
                failure,
                $"""
                 {failure.Message}
                 --- screenshots ---
                 {string.Join(Environment.NewLine, screenshots)}
                 --- browser console ---
                 {browsers.Problems}
                 --- server output ---
                 {server.Output}
                 """);
        }
    }

    private sealed class ScenarioFailedException(Exception inner, string message) : Exception(message, inner);
}
