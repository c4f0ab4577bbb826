using Spel.Scenarios.Decks;
using Spel.Scenarios.Play;
using Spel.Server.Sessions;
using Spel.Server.Tests.Support;

namespace Spel.Server.Tests.Sessions;

/// <summary>
/// The facilitator's round controls on a real grain: pause and resume (countdowns on a fake clock), skip, back, replay,
/// finish now, and the one-step undo.
/// </summary>
public sealed class RoundControlTests(FakeClockCluster cluster) : IClassFixture<FakeClockCluster>
{
    private static readonly Agreement Afspraak = new(AgreementKind.Afspraak, NextStep: "Bewoners uitnodigen", Who: "Anna");

    [Fact]
    public async Task A_pause_freezes_the_countdown_and_resume_goes_on_with_exactly_the_time_it_had_left()
    {
        var (play, _) = await AnsweredAsync(cards: 1, kiezenSeconds: 90, advance: true);
        cluster.Time.Advance(TimeSpan.FromSeconds(30));

        var paused = await play.CommandAsync(HostCommand.Pause);
        cluster.Time.Advance(TimeSpan.FromMinutes(20));
        var duringPause = Expect(await play.Session.GetProjectorView()).Round;
        var resumed = await play.CommandAsync(HostCommand.Resume);
        cluster.Time.Advance(TimeSpan.FromSeconds(59));
        var justBefore = Expect(await play.Session.GetProjectorView()).Round;
        cluster.Time.Advance(TimeSpan.FromSeconds(1));
        await cluster.Screens.WaitFor(play.Code, b => b.Projector?.View.Round.Phase == Phase.Onthulling);

        Assert.Equal((true, true, 60), (paused.Round.Paused, paused.Round.Timer!.Frozen, paused.Round.Timer.SecondsLeft));
        Assert.Equal((Phase.Kiezen, true, 60), (duringPause.Phase, duringPause.Paused, duringPause.Timer!.SecondsLeft));
        Assert.Equal((false, false, 60), (resumed.Round.Paused, resumed.Round.Timer!.Frozen, resumed.Round.Timer.SecondsLeft));
        Assert.Equal((Phase.Kiezen, 1), (justBefore.Phase, justBefore.Timer!.SecondsLeft));
    }

    [Fact]
    public async Task While_paused_nothing_is_accepted_but_joins_and_nothing_given_before_is_lost()
    {
        var (play, anna) = await AnsweredAsync(cards: 2);
        await play.CommandAsync(HostCommand.Pause);

        var answer = await play.Session.SubmitAnswer(anna.SeatToken, new Answer(Eigenaarschap.GemeenschapMetBijdrage, Regie.Gedeeld, "samen"));
        var reveal = await play.Session.Command(play.HostKey, HostCommand.Reveal);
        var skip = await play.Session.Command(play.HostKey, HostCommand.SkipCard);
        var pauseAgain = await play.Session.Command(play.HostKey, HostCommand.Pause);
        var latecomer = await play.Session.Join(new JoinRequest("Bert", Side.Gemeente, TestDecks.Wethouder.Id));
        var resumed = await play.CommandAsync(HostCommand.Resume);
        var resumeAgain = await play.Session.Command(play.HostKey, HostCommand.Resume);
        var kept = Expect(await play.Session.Resume(anna.SeatToken));

        Assert.Equal([ErrorCode.Paused, ErrorCode.Paused, ErrorCode.Paused, ErrorCode.Paused], new[] { answer.Error, reveal.Error, skip.Error, pauseAgain.Error });
        Assert.NotNull(latecomer.Value);
        Assert.Equal((Phase.Kiezen, 2), (resumed.Round.Phase, resumed.Seats.Count));
        Assert.Equal(ErrorCode.NotPaused, resumeAgain.Error);
        Assert.Equal(Eigenaarschap.Gemeenschap, kept.MyAnswer!.Eigenaarschap);
    }

    [Theory]
    [InlineData(HostCommand.SkipCard, 1)]
    [InlineData(HostCommand.SkipCardDroppingAnswers, 0)]
    public async Task A_skipped_card_keeps_or_drops_its_answers_and_the_debrief_says_it_was_skipped(HostCommand skip, int answersKept)
    {
        var (play, anna) = await AnsweredAsync(cards: 2);

        var skipped = await play.CommandAsync(skip);
        await play.CommandAsync(HostCommand.OpenChoosing);
        await play.AnswerAsync(anna, Eigenaarschap.GemeenschapMetBijdrage, Regie.Gedeeld, "samen");
        await play.AdvanceToAsync(Phase.Debrief);
        var debrief = Expect(await play.Session.GetDebrief(play.HostKey));

        Assert.Equal((Phase.Situatie, 2), (skipped.Round.Phase, skipped.Round.Card!.Number));
        var first = debrief.Cards.Single(c => c.Reveal.Outcome.Number == 1);
        var second = debrief.Cards.Single(c => c.Reveal.Outcome.Number == 2);
        Assert.Equal((true, answersKept), (first.Skipped, first.Reveal.Answers.Count));
        Assert.False(second.Skipped);
    }

    [Fact]
    public async Task Back_opens_the_previous_cards_afspraak_with_its_answers_and_agreement()
    {
        var (play, _) = await AnsweredAsync(cards: 2);
        await play.AgreeAfterAsync(Phase.Afspraak, Afspraak);
        await play.CommandAsync(HostCommand.NextCard);

        var talkAgain = await play.CommandAsync(HostCommand.BackToConversation);
        await play.CommandAsync(HostCommand.Undo);
        var back = await play.CommandAsync(HostCommand.BackToAgreement);
        var onFirst = await play.Session.Command(play.HostKey, HostCommand.BackToConversation);

        Assert.Equal((Phase.Gesprek, 1, 1), (talkAgain.Round.Phase, talkAgain.Round.Card!.Number, talkAgain.Reveal!.Answers.Count));
        Assert.Equal((Phase.Afspraak, 1, Afspraak), (back.Round.Phase, back.Round.Card!.Number, back.Round.Agreement));
        Assert.Single(back.Reveal!.Answers);
        Assert.Equal(ErrorCode.NoPreviousCard, onFirst.Error);
    }

    [Fact]
    public async Task Replay_clears_the_cards_vote_and_opens_kiezen_again_while_other_cards_keep_theirs()
    {
        var (play, anna) = await AnsweredAsync(cards: 2);
        await play.AdvanceToAsync(Phase.Afspraak);
        await play.CommandAsync(HostCommand.NextCard);
        await play.CommandAsync(HostCommand.OpenChoosing);
        await play.AnswerAsync(anna, Eigenaarschap.GemeenschapMetBijdrage, Regie.Gedeeld, "samen");
        await play.CommandAsync(HostCommand.Reveal);

        var replay = await play.CommandAsync(HostCommand.ReplayCard);
        var reveal = await play.Session.Command(play.HostKey, HostCommand.Reveal);
        var mine = Expect(await play.Session.Resume(anna.SeatToken));
        var back = await play.CommandAsync(HostCommand.BackToConversation);

        Assert.Equal((Phase.Kiezen, 2, 0), (replay.Round.Phase, replay.Round.Card!.Number, replay.Round.AnsweredCount));
        Assert.Equal(ErrorCode.NoAnswersYet, reveal.Error);
        Assert.Null(mine.MyAnswer);
        Assert.Equal(Eigenaarschap.Gemeenschap, back.Reveal!.Answers.Single().Eigenaarschap);
    }

    [Theory]
    [InlineData(HostCommand.ToSlotvraag, Phase.Slotvraag)]
    [InlineData(HostCommand.ToDebrief, Phase.Debrief)]
    public async Task Finish_now_ends_early_with_the_answers_given_and_the_card_on_the_table_marked_skipped(HostCommand finish, Phase expected)
    {
        var (play, _) = await AnsweredAsync(cards: 3);
        await play.AdvanceToAsync(Phase.Gesprek);

        var finished = await play.CommandAsync(finish);
        await play.AdvanceToAsync(Phase.Debrief);
        var debrief = Expect(await play.Session.GetDebrief(play.HostKey));

        Assert.Equal(expected, finished.Round.Phase);
        var first = debrief.Cards.Single(c => c.Reveal.Outcome.Number == 1);
        Assert.Equal((true, 1), (first.Skipped, first.Reveal.Answers.Count));
        Assert.Equal(1, debrief.Cards.Count(c => c.Reveal.Answers.Count > 0));
    }

    [Fact]
    public async Task Undo_puts_back_a_replayed_card_with_its_answers_and_its_countdown()
    {
        var (play, _) = await AnsweredAsync(cards: 2, kiezenSeconds: 90);
        cluster.Time.Advance(TimeSpan.FromSeconds(40));

        var replayed = await play.CommandAsync(HostCommand.ReplayCard);
        cluster.Time.Advance(TimeSpan.FromSeconds(5));
        var undone = await play.CommandAsync(HostCommand.Undo);
        var again = await play.Session.Command(play.HostKey, HostCommand.Undo);

        Assert.Equal((HostCommand.ReplayCard, 90), (replayed.Undoes, replayed.Round.Timer!.SecondsLeft));
        Assert.Contains(HostCommand.Undo, replayed.Controls);
        Assert.Equal((Phase.Kiezen, 1, 50), (undone.Round.Phase, undone.Round.AnsweredCount, undone.Round.Timer!.SecondsLeft));
        Assert.Null(undone.Undoes);
        Assert.DoesNotContain(HostCommand.Undo, undone.Controls);
        Assert.Equal(ErrorCode.NothingToUndo, again.Error);
    }

    [Fact]
    public async Task Undo_takes_back_a_finish_now_from_the_debrief_and_a_skip_that_dropped_answers()
    {
        var (play, _) = await AnsweredAsync(cards: 1);
        await play.AdvanceToAsync(Phase.Gesprek);

        await play.CommandAsync(HostCommand.ToDebrief);
        var fromDebrief = await play.CommandAsync(HostCommand.Undo);
        await play.CommandAsync(HostCommand.SkipCardDroppingAnswers);
        var fromSkip = await play.CommandAsync(HostCommand.Undo);
        await play.AdvanceToAsync(Phase.Debrief);
        var debrief = Expect(await play.Session.GetDebrief(play.HostKey));

        Assert.Equal((Phase.Gesprek, 1, 1), (fromDebrief.Round.Phase, fromDebrief.Round.Card!.Number, fromDebrief.Reveal!.Answers.Count));
        Assert.Equal((Phase.Gesprek, 1, 1), (fromSkip.Round.Phase, fromSkip.Round.Card!.Number, fromSkip.Reveal!.Answers.Count));
        Assert.DoesNotContain(debrief.Cards, c => c.Skipped);
    }

    [Fact]
    public async Task An_answer_after_a_replay_ends_the_undo_so_it_is_never_overruled()
    {
        var (play, anna) = await AnsweredAsync(cards: 1);
        await play.CommandAsync(HostCommand.ReplayCard);

        await play.AnswerAsync(anna, Eigenaarschap.GemeenschapMetBijdrage, Regie.Gedeeld, "samen");
        var undo = await play.Session.Command(play.HostKey, HostCommand.Undo);
        var console = Expect(await play.Session.GetFacilitatorView(play.HostKey));
        var told = await cluster.Screens.WaitFor(play.Code, b => b.Facilitator?.View.Version == console.Version);

        Assert.Equal(ErrorCode.NothingToUndo, undo.Error);
        Assert.Null(told.Facilitator!.View.Undoes);
        Assert.Equal(Eigenaarschap.GemeenschapMetBijdrage, Expect(await play.Session.Resume(anna.SeatToken)).MyAnswer!.Eigenaarschap);
    }

    [Fact]
    public async Task A_kiezen_countdown_that_ran_out_before_the_first_answer_waits_for_it_and_then_reveals()
    {
        var play = await OpenAsync(cards: 1, kiezenSeconds: 60, advance: true);
        var anna = await play.JoinAsync("Anna", TestDecks.Bestuurslid);
        await play.StartChoosingAsync();
        cluster.Time.Advance(TimeSpan.FromSeconds(61));

        var waiting = Expect(await play.Session.GetProjectorView()).Round;
        var answered = await play.AnswerAsync(anna, Eigenaarschap.Gemeenschap, Regie.Gedeeld, "samen");

        Assert.Equal((Phase.Kiezen, 0, ErrorCode.NoAnswersYet), (waiting.Phase, waiting.Timer!.SecondsLeft, waiting.Timer.WaitingFor));
        Assert.Equal(Phase.Onthulling, answered.Round.Phase);
        Assert.Equal(Phase.Onthulling, Expect(await play.Session.GetProjectorView()).Round.Phase);
    }

    [Fact]
    public async Task A_countdown_that_may_not_advance_does_not_wait_for_anything()
    {
        var play = await OpenAsync(cards: 1, kiezenSeconds: 60, advance: false);
        var anna = await play.JoinAsync("Anna", TestDecks.Bestuurslid);
        await play.StartChoosingAsync();
        cluster.Time.Advance(TimeSpan.FromSeconds(61));

        var answered = await play.AnswerAsync(anna, Eigenaarschap.Gemeenschap, Regie.Gedeeld, "samen");

        Assert.Equal((Phase.Kiezen, null), (answered.Round.Phase, answered.Round.Timer!.WaitingFor));
    }

    /// <summary>A session whose first card Anna has answered in Kiezen.</summary>
    private async Task<(Play Play, SeatTicket Anna)> AnsweredAsync(int cards, int? kiezenSeconds = null, bool advance = false)
    {
        var play = await OpenAsync(cards, kiezenSeconds, advance);
        var anna = await play.JoinAsync("Anna", TestDecks.Bestuurslid);
        await play.StartChoosingAsync();
        await play.AnswerAsync(anna, Eigenaarschap.Gemeenschap, Regie.Gedeeld, "samen");
        return (play, anna);
    }

    private async Task<Play> OpenAsync(int cards, int? kiezenSeconds = null, bool advance = false) =>
        await Play.OpenAsync(cluster.Grains, TestDecks.WithCards(cards), s => s with
        {
            Timers = kiezenSeconds is { } seconds ? [new PhaseTimer(Phase.Kiezen, seconds)] : [],
            TimersAdvance = advance,
        });

    private static T Expect<T>(Reply<T> reply) =>
        reply.Value ?? throw new InvalidOperationException($"Refused: {reply.Error}");
}
