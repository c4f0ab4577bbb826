using System.Net;
using Microsoft.Extensions.Options;
using Spel.Scenarios.Studio;
using Spel.Server.Studio;
using Spel.Server.Tests.Support;

namespace Spel.Server.Tests.Studio;

public sealed class TrainerKeyTests
{
    [Fact]
    public async Task One_server_without_a_configured_key_makes_one_keeps_it_owner_only_and_keeps_it_across_restarts()
    {
        var dataFolder = SpelServerFactory.FreshDataFolder();
        var path = Path.Combine(dataFolder, TrainerKey.FileName);
        try
        {
            string made;
            await using (var first = new SpelServerFactory(dataFolder))
            {
                _ = first.Server;
                made = (await File.ReadAllTextAsync(path)).Trim();
                Assert.Equal(HttpStatusCode.NoContent, (await KeyAnswer(first, made)).StatusCode);
            }

            await using var second = new SpelServerFactory(dataFolder);
            _ = second.Server;

            Assert.True(made.Length >= 22, made.Length.ToString());
            Assert.Equal(made, (await File.ReadAllTextAsync(path)).Trim());
            Assert.Equal(HttpStatusCode.NoContent, (await KeyAnswer(second, made)).StatusCode);
            if (!OperatingSystem.IsWindows())
            {
                Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
            }
        }
        finally
        {
            Directory.Delete(dataFolder, recursive: true);
        }
    }

    [Fact]
    public void A_made_key_is_printed_at_the_first_start_only_and_later_starts_print_where_it_is_kept()
    {
        var dataFolder = SpelServerFactory.FreshDataFolder();
        var options = Options.Create(new Spel.Server.Hosting.SpelOptions { DataFolder = dataFolder });
        var environment = new Microsoft.Extensions.Hosting.Internal.HostingEnvironment { ContentRootPath = dataFolder };
        var logger = new Decks.ListLogger<TrainerKey>();
        try
        {
            var first = new StringWriter();
            var second = new StringWriter();

            var made = new TrainerKey(options, environment, logger, first);
            var kept = new TrainerKey(options, environment, logger, second);

            var key = File.ReadAllText(Path.Combine(dataFolder, TrainerKey.FileName)).Trim();
            Assert.True(made.Matches(key) && kept.Matches(key));
            Assert.Contains($"Trainerssleutel voor de deckstudio (/decks): {key}", first.ToString());
            Assert.Contains($"Trainer key for the deck studio (/decks):    {key}", first.ToString());
            Assert.DoesNotContain(key, second.ToString());
            Assert.Contains(Path.Combine(dataFolder, TrainerKey.FileName), second.ToString());
            Assert.Empty(logger.Entries);
        }
        finally
        {
            Directory.Delete(dataFolder, recursive: true);
        }
    }

    [Fact]
    public async Task Wrong_keys_count_as_guesses_so_an_address_that_guesses_is_stopped_even_with_the_right_key()
    {
        await using var server = new SpelServerFactory(SpelServerFactory.FreshDataFolder(), new Dictionary<string, string>
        {
            ["Spel:TrainerKey"] = StudioServer.Key,
            ["Spel:GuessesPerMinute"] = "3",
        });
        try
        {
            var wrong = new List<HttpStatusCode>();
            for (var i = 0; i < 3; i++)
            {
                wrong.Add((await KeyAnswer(server, $"geraden-sleutel-nummer-{i}-abcdef")).StatusCode);
            }

            var right = await KeyAnswer(server, StudioServer.Key);

            Assert.All(wrong, status => Assert.Equal(HttpStatusCode.Unauthorized, status));
            Assert.Equal(HttpStatusCode.TooManyRequests, right.StatusCode);
            Assert.Equal(nameof(ErrorCode.TooManyAttempts), await StudioServer.CodeOf(right));
        }
        finally
        {
            server.DeleteData();
        }
    }

    [Fact]
    public void A_configured_key_shorter_than_128_bits_stops_the_server_with_a_clear_message()
    {
        var options = Options.Create(new Spel.Server.Hosting.SpelOptions { TrainerKey = "te-kort" });

        var refused = Assert.Throws<OptionsValidationException>(() => new TrainerKey(options, null!, null!));

        Assert.Contains("Spel:TrainerKey must be at least 22 characters", refused.Message);
    }

    [Fact]
    public void A_cluster_without_a_configured_key_has_no_studio_and_the_log_says_why()
    {
        var logger = new Decks.ListLogger<TrainerKey>();

        var key = new TrainerKey(Options.Create(new Spel.Server.Hosting.SpelOptions { Cluster = Spel.Server.Hosting.ClusterMode.Redis }), null!, logger);

        Assert.False(key.IsOn);
        Assert.False(key.Matches(""));
        var warning = Assert.Single(logger.Entries);
        Assert.Equal(Microsoft.Extensions.Logging.LogLevel.Warning, warning.Level);
        Assert.StartsWith("The deck studio is off", warning.Message);
    }

    [Fact]
    public async Task With_the_studio_off_every_studio_endpoint_says_so_whatever_key_is_sent()
    {
        var off = new TrainerKey(Options.Create(new Spel.Server.Hosting.SpelOptions { Cluster = Spel.Server.Hosting.ClusterMode.Redis }), null!, new Decks.ListLogger<TrainerKey>());
        await using var server = new SpelServerFactory(SpelServerFactory.FreshDataFolder()) { AddServices = services => services.AddSingleton(off) };
        try
        {
            foreach (var (method, path) in StudioTests.Endpoints.Select(row => ((string)row[0], (string)row[1])))
            {
                using var request = new HttpRequestMessage(new HttpMethod(method), path);
                request.Headers.Add(StudioApi.KeyHeader, StudioServer.Key);

                var answer = await server.CreateClient().SendAsync(request);

                Assert.Equal((HttpStatusCode.NotFound, nameof(ErrorCode.StudioOff)), (answer.StatusCode, await StudioServer.CodeOf(answer)));
            }
        }
        finally
        {
            server.DeleteData();
        }
    }

    private static async Task<HttpResponseMessage> KeyAnswer(SpelServerFactory server, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, StudioApi.Key);
        request.Headers.Add(StudioApi.KeyHeader, key);
        return await server.CreateClient().SendAsync(request);
    }
}
