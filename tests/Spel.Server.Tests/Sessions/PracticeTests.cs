using Orleans.Core.Internal;
using Spel.Scenarios.Decks;
using Spel.Scenarios.Play;
using Spel.Server.Sessions;
using Spel.Server.Tests.Support;

namespace Spel.Server.Tests.Sessions;

/// <summary>
/// Issue 13, "Wat deden anderen?": after the reveal the facilitator shows how a card went in practice (its
/// what_happened) on every screen, and hides it again; the state machine refuses it anywhere else, leaving no trace.
/// </summary>
public sealed class PracticeTests(FakeClockCluster cluster) : IClassFixture<FakeClockCluster>
{
    private const string WhatHappened = "Het dorp richtte een stichting op.\nDe gemeente gaf een startbijdrage.";

    [Fact]
    public async Task Shown_after_the_reveal_it_reaches_the_console_the_projector_and_every_tablet_until_hidden()
    {
        var (play, anna) = await RevealedAsync();
        var revealed = Expect(await play.Session.GetFacilitatorView(play.HostKey));

        var shown = await play.CommandAsync(HostCommand.ShowPractice);
        var push = await cluster.Screens.WaitFor(play.Code, b => b.Version == shown.Version);
        var projector = Expect(await play.Session.GetProjectorView());
        var tablet = Expect(await play.Session.Resume(anna.SeatToken));
        var talking = await play.CommandAsync(HostCommand.Discuss);
        var hidden = await play.CommandAsync(HostCommand.HidePractice);
        var projectorAfter = Expect(await play.Session.GetProjectorView());

        Assert.Contains(HostCommand.ShowPractice, revealed.Controls);
        Assert.False(revealed.Round.PracticeShown);
        Assert.Equal(WhatHappened, revealed.Round.Card!.WhatHappened);
        Assert.Equal((true, Phase.Onthulling), (shown.Round.PracticeShown, shown.Round.Phase));
        Assert.Contains(HostCommand.HidePractice, shown.Controls);
        Assert.DoesNotContain(HostCommand.ShowPractice, shown.Controls);
        Assert.True(projector.Round.PracticeShown);
        Assert.Equal((true, WhatHappened), (tablet.Round.PracticeShown, tablet.Round.Card!.WhatHappened));

        // The tablets already have the card's text: the push says "shown" and leaves the text out.
        Assert.True(push.Seats!.Round.PracticeShown);
        Assert.Null(push.Seats.Round.Card);
        Assert.Equal(revealed.Round.Card.Id, push.Seats.CardId);

        Assert.Equal((Phase.Gesprek, true), (talking.Round.Phase, talking.Round.PracticeShown));
        Assert.False(hidden.Round.PracticeShown);
        Assert.Contains(HostCommand.ShowPractice, hidden.Controls);
        Assert.False(projectorAfter.Round.PracticeShown);
    }

    [Fact]
    public async Task Before_the_reveal_on_a_card_that_does_not_tell_and_twice_it_is_refused_and_nothing_changes()
    {
        var play = await OpenAsync();
        var anna = await play.JoinAsync("Anna", TestDecks.Bestuurslid);
        var choosing = await play.StartChoosingAsync();
        await play.AnswerAsync(anna, Eigenaarschap.Gemeenschap, Regie.Gedeeld, "samen");

        var beforeReveal = await RefusedAsync(play, HostCommand.ShowPractice);
        var hideBeforeReveal = await RefusedAsync(play, HostCommand.HidePractice);
        await play.CommandAsync(HostCommand.Reveal);
        var hideWhileHidden = await RefusedAsync(play, HostCommand.HidePractice);
        await play.CommandAsync(HostCommand.ShowPractice);
        var showTwice = await RefusedAsync(play, HostCommand.ShowPractice);
        await play.AdvanceToAsync(Phase.Afspraak);
        var nextCard = await play.CommandAsync(HostCommand.NextCard);
        await play.CommandAsync(HostCommand.OpenChoosing);
        await play.AnswerAsync(anna, Eigenaarschap.Gemeenschap, Regie.Gedeeld, "samen");
        var secondRevealed = await play.CommandAsync(HostCommand.Reveal);
        var cardWithout = await RefusedAsync(play, HostCommand.ShowPractice);

        Assert.DoesNotContain(HostCommand.ShowPractice, choosing.Controls);
        Assert.Equal(ErrorCode.WrongPhase, beforeReveal);
        Assert.Equal(ErrorCode.WrongPhase, hideBeforeReveal);
        Assert.Equal(ErrorCode.PracticeNotShown, hideWhileHidden);
        Assert.Equal(ErrorCode.PracticeAlreadyShown, showTwice);
        Assert.False(nextCard.Round.PracticeShown);
        Assert.Null(secondRevealed.Round.Card!.WhatHappened);
        Assert.DoesNotContain(HostCommand.ShowPractice, secondRevealed.Controls);
        Assert.Equal(ErrorCode.NoPracticeOnCard, cardWithout);
    }

    [Fact]
    public async Task Showing_is_no_step_the_countdown_runs_on_and_a_replayed_vote_waits_for_the_facilitator_again()
    {
        var (play, anna) = await RevealedAsync(gesprekSeconds: 120);
        var talking = await play.CommandAsync(HostCommand.Discuss);
        cluster.Time.Advance(TimeSpan.FromSeconds(30));

        var shown = await play.CommandAsync(HostCommand.ShowPractice);
        var replayed = await play.CommandAsync(HostCommand.ReplayCard);
        await play.AnswerAsync(anna, Eigenaarschap.Gemeenschap, Regie.Gedeeld, "samen");
        var revealedAgain = await play.CommandAsync(HostCommand.Reveal);

        Assert.Equal((120, 90), (shown.Round.Timer!.Seconds, shown.Round.Timer.SecondsLeft));
        Assert.Equal(talking.Round.Timer!.Seconds, shown.Round.Timer.Seconds);
        Assert.False(replayed.Round.PracticeShown);
        Assert.False(revealedAgain.Round.PracticeShown);
    }

    [Fact]
    public async Task A_shown_practice_is_saved_so_a_session_activated_again_still_shows_it()
    {
        var (play, _) = await RevealedAsync();
        var shown = await play.CommandAsync(HostCommand.ShowPractice);

        await play.Session.Cast<IGrainManagementExtension>().DeactivateOnIdle();
        var again = Expect(await play.Session.GetProjectorView());

        Assert.Equal((shown.Version, true), (again.Version, again.Round.PracticeShown));
    }

    /// <summary>The refusal of <paramref name="command"/>, checked to have left the session's version as it was.</summary>
    private static async Task<ErrorCode?> RefusedAsync(Play play, HostCommand command)
    {
        var before = Expect(await play.Session.GetProjectorView()).Version;
        var reply = await play.Session.Command(play.HostKey, command);
        var after = Expect(await play.Session.GetProjectorView()).Version;
        Assert.Equal(before, after);
        return reply.Error;
    }

    /// <summary>Anna answered the first card (which tells what happened) and it is revealed.</summary>
    private async Task<(Play Play, SeatTicket Anna)> RevealedAsync(int? gesprekSeconds = null)
    {
        var play = await OpenAsync(gesprekSeconds);
        var anna = await play.JoinAsync("Anna", TestDecks.Bestuurslid);
        await play.StartChoosingAsync();
        await play.AnswerAsync(anna, Eigenaarschap.Gemeenschap, Regie.Gedeeld, "samen");
        await play.CommandAsync(HostCommand.Reveal);
        return (play, anna);
    }

    /// <summary>Two cards: the first tells what happened in practice, the second does not.</summary>
    private async Task<Play> OpenAsync(int? gesprekSeconds = null)
    {
        var deck = TestDecks.WithCards(2);
        deck = deck with { Cards = [deck.Cards[0] with { WhatHappened = WhatHappened }, deck.Cards[1]] };
        return await Play.OpenAsync(cluster.Grains, deck, s => s with
        {
            Timers = gesprekSeconds is { } seconds ? [new PhaseTimer(Phase.Gesprek, seconds)] : [],
        });
    }

    private static T Expect<T>(Reply<T> reply) =>
        reply.Value ?? throw new InvalidOperationException($"Refused: {reply.Error}");
}
