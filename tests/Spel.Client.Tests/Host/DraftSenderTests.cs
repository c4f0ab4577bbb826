using Microsoft.Extensions.Time.Testing;
using Spel.Client.Pages.Host;
using Spel.Scenarios.Play;

namespace Spel.Client.Tests.Host;

public sealed class DraftSenderTests
{
    private readonly FakeTimeProvider _time = new(DateTimeOffset.UnixEpoch);
    private readonly List<string?> _sent = [];

    [Fact]
    public async Task Typing_is_sent_at_once_then_once_a_second_and_the_rest_goes_before_a_step()
    {
        var sender = new DraftSender(Send, time: _time);

        await sender.TypedAsync("kaart-1", Text("W"));
        await sender.TypedAsync("kaart-1", Text("Wi"));
        await sender.TypedAsync("kaart-1", Text("Wie"));
        _time.Advance(DraftSender.Spacing);
        await sender.TypedAsync("kaart-1", Text("Wie b"));
        await sender.TypedAsync("kaart-1", Text("Wie betaalt?"));
        await sender.FlushAsync("kaart-1");
        await sender.FlushAsync("kaart-1");

        Assert.Equal(["W", "Wie", "Wie betaalt?"], _sent);
    }

    [Fact]
    public async Task What_was_typed_last_is_sent_once_the_spacing_is_over_even_when_typing_stops()
    {
        using var sender = new DraftSender(Send, time: _time);
        await sender.TypedAsync("kaart-1", Text("W"));
        await sender.TypedAsync("kaart-1", Text("Wie betaalt?"));

        _time.Advance(DraftSender.Spacing);

        Assert.Equal(["W", "Wie betaalt?"], _sent);
    }

    [Fact]
    public async Task A_draft_of_a_card_that_left_the_table_or_that_was_recorded_is_not_sent()
    {
        var sender = new DraftSender(Send, time: _time);
        await sender.TypedAsync("kaart-1", Text("Wie"));
        await sender.TypedAsync("kaart-1", Text("Wie betaalt?"));

        await sender.FlushAsync("kaart-2");
        sender.Settled();
        await sender.FlushAsync("kaart-1");

        Assert.Equal(["Wie"], _sent);
        Assert.Null(sender.Latest);
    }

    private Task<bool> Send(Agreement draft)
    {
        _sent.Add(draft.Text);
        return Task.FromResult(true);
    }

    private static Agreement Text(string text) => new(AgreementKind.OpenVraag, Text: text);
}
