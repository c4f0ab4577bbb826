using Bunit;
using Spel.Client.Tests.Support;
using Spel.Scenarios.Decks;
using Spel.Scenarios.Play;

namespace Spel.Client.Tests.Play;

/// <summary>Issue 13, "Zo ging het in de praktijk" on the tablets.</summary>
public sealed partial class PlayPageTests
{
    private const string Practice = "Het terras kwam er, <i>kleiner</i> dan gevraagd.";

    [Fact]
    public void When_the_facilitator_shows_how_it_went_in_practice_the_tablet_shows_it_below_its_phase_as_plain_text()
    {
        _connection.ResumeReply = () => Reply<ParticipantView>.Ok(WithPractice(TestData.Participant(5, Phase.Onthulling), shown: false));
        var page = RenderPlay();
        page.WaitForAssertion(() => Assert.Contains("Kijk naar het grote scherm", page.Markup));
        Assert.Empty(page.FindAll("[data-testid=practice]"));
        Assert.DoesNotContain("kleiner", page.Markup);

        _connection.Push(WithPractice(TestData.Participant(6, Phase.Onthulling), shown: true));

        page.WaitForAssertion(() => Assert.Equal("Zo ging het in de praktijk", page.Find("[data-testid=practice] h2").TextContent));
        var text = page.Find("[data-testid=practice-text]");
        Assert.Equal(Practice, text.TextContent);
        Assert.Empty(text.QuerySelectorAll("i"));
    }

    [Fact]
    public void In_english_the_tablet_heads_it_what_happened_in_practice()
    {
        System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.GetCultureInfo("en");
        _connection.ResumeReply = () => Reply<ParticipantView>.Ok(WithPractice(TestData.Participant(5, Phase.Gesprek), shown: true));
        var page = RenderPlay();

        page.WaitForAssertion(() => Assert.Equal("What happened in practice", page.Find("[data-testid=practice] h2").TextContent));
    }

    private static ParticipantView WithPractice(ParticipantView view, bool shown) =>
        view with { Round = view.Round with { Card = view.Round.Card! with { WhatHappened = Practice }, PracticeShown = shown } };
}
