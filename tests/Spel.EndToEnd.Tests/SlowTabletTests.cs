using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using Microsoft.Playwright;
using Spel.EndToEnd.Tests.Support;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Spel.EndToEnd.Tests;

/// <summary>
/// A cheap tablet on village-hall Wi-Fi (1.6 Mbps, 150 ms round trip, a CPU four times slower, nothing cached) opens the
/// join page of the server as the README starts it (a Development build, <c>dotnet run</c>). What it downloads is
/// asserted, since the bytes do not depend on the machine (and never the facilitator's pages or HTTP, which are lazy); how long
/// it takes is printed, as every time is here.
/// </summary>
public sealed class SlowTabletTests(SpelServerFixture fixture, ITestOutputHelper output) : IClassFixture<SpelServerFixture>
{
    /// <summary>What a tablet may download before it can join (issue 9: at most 3 MB).</summary>
    private const long FirstVisitBudget = 3_000_000;

    /// <summary>A second visit takes the app from the browser's cache; only the page itself and small checks travel.</summary>
    private const long SecondVisitBudget = 100_000;

    [Fact]
    public Task A_cold_tablet_on_slow_wifi_gets_a_usable_join_form_from_at_most_3_MB_and_a_second_visit_from_its_cache() =>
        Scenario.PlayAsync(fixture.Server, output, "slow-tablet", async browsers =>
        {
            var page = await browsers.NewDeviceAsync("slow-tablet", Browsers.Tablet);
            var line = await SlowLine.AttachAsync(page);

            await line.SetCacheAsync(enabled: false);
            var first = await OpenJoinFormAsync(page, line, expectLoadingNotice: true);
            output.WriteLine($"First visit:  {first}");

            await line.SetCacheAsync(enabled: true);
            var second = await OpenJoinFormAsync(page, line, expectLoadingNotice: false);
            output.WriteLine($"Second visit: {second}");

            Assert.True(first.Bytes <= FirstVisitBudget, $"The first visit downloaded {first}, more than {FirstVisitBudget:N0} bytes.");
            Assert.DoesNotContain(line.Addresses, address => address.Contains("/_framework/Spel.Client.Facilitator", StringComparison.Ordinal));
            Assert.DoesNotContain(line.Addresses, address => address.Contains("/_framework/System.Net.Http", StringComparison.Ordinal));
            Assert.True(second.Bytes <= SecondVisitBudget, $"The second visit downloaded {second}, more than {SecondVisitBudget:N0} bytes.");
        });

    /// <summary>Opens the join page and waits until its code field takes a code; what it took is the line's count.</summary>
    private static async Task<Visit> OpenJoinFormAsync(IPage page, SlowLine line, bool expectLoadingNotice)
    {
        line.StartCounting();
        var clock = Stopwatch.StartNew();
        await page.GotoAsync("/doe-mee", new PageGotoOptions { WaitUntil = WaitUntilState.Commit });

        if (expectLoadingNotice)
        {
            // Until the app has arrived the page says so, instead of showing a form that does nothing.
            await Expect(page.GetByTestId("app-loading")).ToContainTextAsync("Even geduld, het spel wordt geladen");
            await Expect(page.GetByTestId("code-input")).ToBeDisabledAsync();
        }

        var code = page.GetByTestId("code-input");
        await Expect(code).ToBeEnabledAsync();
        await code.FillAsync("ABC DEFG");
        await Expect(page.GetByTestId("code-submit")).ToBeEnabledAsync();
        var usable = clock.Elapsed;

        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        return new Visit(usable, line.Bytes, line.Requests);
    }

    private sealed record Visit(TimeSpan Usable, long Bytes, int Requests)
    {
        public override string ToString() =>
            $"join form usable after {Usable.TotalSeconds:0.0} s, {Bytes:N0} bytes in {Requests} requests";
    }

    /// <summary>The tablet's line and processor as Chromium's DevTools protocol slows them, and what went over the line.</summary>
    private sealed class SlowLine
    {
        private const double BitsPerSecond = 1_600_000;

        private readonly ICDPSession _session;
        private readonly ConcurrentDictionary<string, long> _received = new();
        private readonly ConcurrentQueue<string> _addresses = new();

        private SlowLine(ICDPSession session) => _session = session;

        public long Bytes => _received.Values.Sum();

        public int Requests => _received.Count(request => request.Value > 0);

        /// <summary>Every address the tablet asked for since it was attached.</summary>
        public IEnumerable<string> Addresses => _addresses;

        public static async Task<SlowLine> AttachAsync(IPage page)
        {
            var session = await page.Context.NewCDPSessionAsync(page);
            var line = new SlowLine(session);
            session.Event("Network.loadingFinished").OnEvent += (_, e) => line.Finished(e);
            session.Event("Network.requestWillBeSent").OnEvent += (_, e) => line.Requested(e);
            await session.SendAsync("Network.enable");
            await session.SendAsync("Network.emulateNetworkConditions", new Dictionary<string, object>
            {
                ["offline"] = false,
                ["latency"] = 150,
                ["downloadThroughput"] = BitsPerSecond / 8,
                ["uploadThroughput"] = BitsPerSecond / 8,
            });
            await session.SendAsync("Emulation.setCPUThrottlingRate", new Dictionary<string, object> { ["rate"] = 4 });
            return line;
        }

        public Task SetCacheAsync(bool enabled) =>
            _session.SendAsync("Network.setCacheDisabled", new Dictionary<string, object> { ["cacheDisabled"] = !enabled });

        public void StartCounting() => _received.Clear();

        private void Requested(JsonElement? e)
        {
            if (e is { } sent)
            {
                _addresses.Enqueue(sent.GetProperty("request").GetProperty("url").GetString()!);
            }
        }

        // Bytes on the wire, headers included; a response from the browser's cache counts 0.
        private void Finished(JsonElement? e)
        {
            if (e is { } finished)
            {
                _received[finished.GetProperty("requestId").GetString()!] = (long)finished.GetProperty("encodedDataLength").GetDouble();
            }
        }
    }
}
