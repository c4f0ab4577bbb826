using Microsoft.Extensions.Time.Testing;
using Spel.Scenarios.Decks;
using Spel.Scenarios.Play;
using Spel.Server.Sessions;
using Spel.Server.Tests.Support;

namespace Spel.Server.Tests.Sessions;

public sealed class SessionFlowTests
{
    /// <summary>
    /// The rules of the game as a table: for every phase and every combination of settings, where each trigger
    /// leads when its guards hold. A trigger missing from the table must be refused, and nothing may change.
    /// </summary>
    private static Dictionary<SessionTrigger, Phase> LegalMoves(Phase phase, Situation at)
    {
        if (at.Paused)
        {
            // Coffee: latecomers may join, the facilitator may correct the seats, hand out or revoke a console link and
            // resume, and an afspraak may still be typed; everything else waits.
            var meanwhile = new Dictionary<SessionTrigger, Phase>
            {
                [SessionTrigger.Join] = phase,
                [SessionTrigger.Resume] = phase,
                [SessionTrigger.RemoveSeat] = phase,
                [SessionTrigger.MoveSeat] = phase,
                [SessionTrigger.MergeSeats] = phase,
                [SessionTrigger.GrantConsole] = phase,
                [SessionTrigger.RevokeConsole] = phase,
            };
            if (phase == Phase.Afspraak)
            {
                meanwhile[SessionTrigger.SaveDraft] = phase;
            }

            return meanwhile;
        }

        var lastCard = at.CardIndex + 1 >= Cards;
        var moves = phase switch
        {
            Phase.Lobby => new Dictionary<SessionTrigger, Phase> { [SessionTrigger.Start] = Phase.Situatie },
            Phase.Situatie => new() { [SessionTrigger.OpenChoosing] = Phase.Kiezen },
            Phase.Kiezen => new() { [SessionTrigger.SubmitAnswer] = Phase.Kiezen, [SessionTrigger.Reveal] = Phase.Onthulling },
            Phase.Onthulling => new() { [SessionTrigger.Discuss] = Phase.Gesprek },
            Phase.Gesprek => at.Settings.Herstemming
                ? new() { [SessionTrigger.Revote] = Phase.Herstemming }
                : new() { [SessionTrigger.Conclude] = Phase.Afspraak },
            Phase.Herstemming => new() { [SessionTrigger.SubmitRevote] = Phase.Herstemming, [SessionTrigger.Conclude] = Phase.Afspraak },
            Phase.Afspraak => new() { [SessionTrigger.RecordAgreement] = Phase.Afspraak, [SessionTrigger.SaveDraft] = Phase.Afspraak },
            Phase.Slotvraag => new()
            {
                [SessionTrigger.SubmitPoints] = Phase.Slotvraag,
                [SessionTrigger.Finish] = Phase.Debrief,
                [SessionTrigger.BackToConversation] = Phase.Gesprek,
                [SessionTrigger.BackToAgreement] = Phase.Afspraak,
            },
            _ => [],
        };
        if (phase != Phase.Debrief)
        {
            moves[SessionTrigger.Join] = phase;
            moves[SessionTrigger.Pause] = phase;

            // Seats (issue 10): the facilitator corrects the seats in every phase but the debrief.
            moves[SessionTrigger.RemoveSeat] = phase;
            moves[SessionTrigger.MoveSeat] = phase;
            moves[SessionTrigger.MergeSeats] = phase;
            if (at.TimerRuns && SessionSettings.TimedPhases.Contains(phase))
            {
                moves[SessionTrigger.ExtendTimer] = phase;
                moves[SessionTrigger.StopTimer] = phase;
            }
        }

        if (phase.HasCard())
        {
            moves[SessionTrigger.SkipCard] = moves[SessionTrigger.SkipCardDroppingAnswers] = lastCard ? Phase.Slotvraag : Phase.Situatie;
            moves[SessionTrigger.ToSlotvraag] = Phase.Slotvraag;
            moves[SessionTrigger.ToDebrief] = Phase.Debrief;
            if (at.CardIndex > 0)
            {
                moves[SessionTrigger.BackToConversation] = Phase.Gesprek;
                moves[SessionTrigger.BackToAgreement] = Phase.Afspraak;
            }

            if (phase != Phase.Situatie)
            {
                moves[SessionTrigger.ReplayCard] = Phase.Kiezen;
            }
        }

        // Part "practice" (issue 13): after the reveal a card that tells how it went can show that, and hide it again.
        if (phase.ShowsBoard() && at.Practice != Practice.None)
        {
            moves[at.Practice == Practice.Shown ? SessionTrigger.HidePractice : SessionTrigger.ShowPractice] = phase;
        }

        if (at.CanUndo && phase >= Phase.Situatie)
        {
            moves[SessionTrigger.Undo] = UndoneTo;
        }

        // Part "access": links are handed out and revoked in every phase; an unsaved draft holds up the next card
        // unless the session saves drafts by itself, and only a draft can be kept or discarded.
        moves[SessionTrigger.GrantConsole] = phase;
        moves[SessionTrigger.RevokeConsole] = phase;
        if (phase == Phase.Afspraak)
        {
            if (!at.Draft || at.Settings.SaveDraftOnNext)
            {
                moves[SessionTrigger.NextCard] = lastCard ? Phase.Slotvraag : Phase.Situatie;
            }

            if (at.Draft)
            {
                moves[SessionTrigger.KeepDraft] = phase;
                moves[SessionTrigger.DiscardDraft] = phase;
            }
        }

        return moves;
    }

    /// <summary>Why a trigger the table does not allow is refused: its guard's own reason, or the wrong phase.</summary>
    private static ErrorCode Refusal(Phase phase, SessionTrigger trigger, Situation at)
    {
        var unpaused = at with { Paused = false, TimerRuns = true, CanUndo = true, CardIndex = 1, Draft = phase == Phase.Afspraak };
        var exists = LegalMoves(phase, unpaused).ContainsKey(trigger)
            || (phase == Phase.Gesprek && trigger is SessionTrigger.Revote or SessionTrigger.Conclude)
            || (phase == Phase.Afspraak && trigger == SessionTrigger.NextCard)
            || (phase != Phase.Debrief && trigger == SessionTrigger.Resume)
            || (phase.ShowsBoard() && trigger is SessionTrigger.ShowPractice or SessionTrigger.HidePractice);
        return trigger switch
        {
            _ when !exists => ErrorCode.WrongPhase,
            _ when at.Paused => ErrorCode.Paused,
            SessionTrigger.Resume => ErrorCode.NotPaused,
            SessionTrigger.ExtendTimer or SessionTrigger.StopTimer => ErrorCode.NoTimerRunning,
            SessionTrigger.BackToConversation or SessionTrigger.BackToAgreement => ErrorCode.NoPreviousCard,
            SessionTrigger.Undo => ErrorCode.NothingToUndo,
            SessionTrigger.NextCard => ErrorCode.DraftNotSaved,
            SessionTrigger.KeepDraft or SessionTrigger.DiscardDraft => ErrorCode.NoDraft,
            SessionTrigger.ShowPractice => at.Practice == Practice.None ? ErrorCode.NoPracticeOnCard : ErrorCode.PracticeAlreadyShown,
            SessionTrigger.HidePractice => ErrorCode.PracticeNotShown,
            _ => ErrorCode.WrongPhase,
        };
    }

    private const int Cards = 3;

    /// <summary>Where an undo leads in the table: the phase the test's undo point remembers.</summary>
    private const Phase UndoneTo = Phase.Gesprek;

    /// <summary>
    /// What else than the settings decides a move: a running countdown, the card, a pause, a step to undo, an unsaved
    /// draft, whether the card tells what happened in practice and that is shown.
    /// </summary>
    private sealed record Situation(SessionSettings Settings, bool TimerRuns, int CardIndex, bool Paused, bool CanUndo, bool Draft, Practice Practice = Practice.None)
    {
        public override string ToString() =>
            $"{Settings with { CardIds = [] }}, timer {TimerRuns}, card {CardIndex + 1}, paused {Paused}, undo {CanUndo}, draft {Draft}, practice {Practice}";
    }

    /// <summary>The card on the table tells no what_happened, tells one that is hidden, or one that is shown.</summary>
    private enum Practice
    {
        None,
        Hidden,
        Shown,
    }

    /// <summary>
    /// Every combination of the settings, each with and without a running countdown, on the first, a middle and the
    /// last card, paused or not (never in the debrief, which cannot be paused), with and without a step to undo, and in
    /// the Afspraak with and without an unsaved draft, saved by itself or not.
    /// </summary>
    private static IEnumerable<Situation> EverySituation(Phase phase) =>
        from herstemming in new[] { false, true }
        from wisselperspectief in new[] { false, true }
        from anonymous in new[] { false, true }
        from share in new[] { false, true }
        from saveDraft in phase == Phase.Afspraak ? new[] { false, true } : new[] { false }
        from timer in new[] { false, true }
        from cardIndex in new[] { 0, 1, Cards - 1 }
        from paused in phase == Phase.Debrief ? new[] { false } : new[] { false, true }
        from undo in new[] { false, true }
        from draft in phase == Phase.Afspraak ? new[] { false, true } : new[] { false }
        from practice in phase.ShowsBoard() ? Enum.GetValues<Practice>() : [Practice.None]
        select new Situation(
            new SessionSettings(["kaart-1", "kaart-2", "kaart-3"], anonymous, herstemming, wisselperspectief, share, SaveDraftOnNext: saveDraft),
            timer, cardIndex, paused, undo, draft, practice);

    public static TheoryData<Phase, SessionTrigger> EveryPhaseAndTrigger()
    {
        var data = new TheoryData<Phase, SessionTrigger>();
        foreach (var phase in Enum.GetValues<Phase>())
        {
            foreach (var trigger in Enum.GetValues<SessionTrigger>())
            {
                data.Add(phase, trigger);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryPhaseAndTrigger))]
    public void Every_trigger_in_every_phase_follows_the_rules_with_every_setting(Phase phase, SessionTrigger trigger)
    {
        foreach (var at in EverySituation(phase))
        {
            var state = StateIn(phase, at.CardIndex, Cards);
            state.Settings = at.Settings;
            state.Timer = at.TimerRuns ? new RunningTimer(phase, 60, DateTimeOffset.UnixEpoch) : null;
            state.Paused = at.Paused;
            state.Undo = at.CanUndo ? new UndoPoint(HostCommand.SkipCard, UndoneTo, at.CardIndex, null, null, null, null, null, []) : null;
            state.Draft = at.Draft ? new AgreementDraft(state.CurrentCard!.Id, new Agreement(AgreementKind.OpenVraag, Text: "Wie beheert het?")) : null;
            if (at.Practice != Practice.None)
            {
                var cards = state.Deck!.Cards.ToList();
                cards[at.CardIndex] = cards[at.CardIndex] with { WhatHappened = "Het dorp deed het zelf." };
                state.Deck = state.Deck with { Cards = cards };
                state.PracticeShownFor = at.Practice == Practice.Shown ? cards[at.CardIndex].Id : null;
            }

            var flow = new SessionFlow(state);
            var because = $"{phase} + {trigger} with {at}";

            if (LegalMoves(phase, at).TryGetValue(trigger, out var expected))
            {
                Assert.True(flow.Refusal(trigger) is null, $"{because}: {flow.Refusal(trigger)}");
                flow.Fire(trigger);
                Assert.True(expected == state.Phase, $"{because}: {state.Phase}");
            }
            else
            {
                var refusal = flow.Refusal(trigger);
                Assert.True(Refusal(phase, trigger, at) == refusal, $"{because}: {refusal}");
                Assert.True(phase == state.Phase, because);
            }
        }
    }

    [Theory]
    [InlineData(false, new[] { Phase.Situatie, Phase.Kiezen, Phase.Onthulling, Phase.Gesprek, Phase.Afspraak })]
    [InlineData(true, new[] { Phase.Situatie, Phase.Kiezen, Phase.Onthulling, Phase.Gesprek, Phase.Herstemming, Phase.Afspraak })]
    public void A_round_has_a_herstemming_only_when_the_session_asks_for_one(bool herstemming, Phase[] expected)
    {
        var state = StateIn(Phase.Lobby, cardIndex: 0, cards: 2);
        state.Settings = state.Settings with { Herstemming = herstemming };
        var flow = new SessionFlow(state);
        var round = new List<Phase>();

        flow.Fire(SessionTrigger.Start);
        while (round.Count == 0 || state.Phase != Phase.Situatie)
        {
            round.Add(state.Phase);
            flow.Fire(SessionFlow.ToTrigger(flow.NextCommand!.Value));
        }

        Assert.Equal(expected, round);
    }

    [Fact]
    public void After_the_last_card_come_the_slotvraag_and_then_the_debrief()
    {
        var state = StateIn(Phase.Afspraak, cardIndex: 1, cards: 2);
        var flow = new SessionFlow(state);

        flow.Fire(SessionTrigger.NextCard);
        var afterLastCard = state.Phase;
        flow.Fire(flow.NextCommand is { } next ? SessionFlow.ToTrigger(next) : SessionTrigger.Finish);

        Assert.Equal((Phase.Slotvraag, Phase.Debrief), (afterLastCard, state.Phase));
    }

    [Fact]
    public void A_skipped_card_gone_back_to_and_played_to_its_end_is_no_longer_marked_skipped()
    {
        var state = StateIn(Phase.Gesprek, cardIndex: 0, cards: 3);
        var flow = new SessionFlow(state);

        flow.Fire(SessionTrigger.SkipCard);
        var skipped = (state.CardIndex, string.Join(",", state.SkippedCards));
        flow.Fire(SessionTrigger.BackToAgreement);
        flow.Fire(SessionTrigger.NextCard);

        Assert.Equal((1, "kaart-1"), skipped);
        Assert.Equal((Phase.Situatie, 1), (state.Phase, state.CardIndex));
        Assert.Empty(state.SkippedCards);
    }

    [Fact]
    public void Undo_puts_back_the_card_its_answers_and_the_countdown_with_the_time_it_had_left()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UnixEpoch);
        var state = StateIn(Phase.Onthulling, cardIndex: 1, cards: 3);
        state.Timer = new RunningTimer(Phase.Onthulling, 60, DateTimeOffset.UnixEpoch.AddSeconds(45));
        var answers = state.Answers["kaart-2"].ToList();
        var flow = new SessionFlow(state, time);

        flow.Fire(SessionTrigger.SkipCardDroppingAnswers);
        var afterSkip = (state.Phase, state.CardIndex, state.Answers.ContainsKey("kaart-2"));
        time.Advance(TimeSpan.FromMinutes(5));
        flow.Fire(SessionTrigger.Undo);

        Assert.Equal((Phase.Situatie, 2, false), afterSkip);
        Assert.Equal((Phase.Onthulling, 1), (state.Phase, state.CardIndex));
        Assert.Equal(answers, state.Answers["kaart-2"].ToList());
        Assert.Equal(time.GetUtcNow().AddSeconds(45), state.Timer!.EndsAt);
        Assert.Empty(state.SkippedCards);
        Assert.Equal(ErrorCode.NothingToUndo, flow.Refusal(SessionTrigger.Undo));
    }

    public static TheoryData<Phase, SessionTrigger> EveryUndoableStep()
    {
        var undoable = new[]
        {
            SessionTrigger.SkipCard, SessionTrigger.SkipCardDroppingAnswers, SessionTrigger.BackToConversation,
            SessionTrigger.BackToAgreement, SessionTrigger.ReplayCard, SessionTrigger.ToSlotvraag, SessionTrigger.ToDebrief,
        };
        var data = new TheoryData<Phase, SessionTrigger>();
        foreach (var phase in Enum.GetValues<Phase>())
        {
            foreach (var trigger in undoable.Where(t => new SessionFlow(StateIn(phase, cardIndex: 1, cards: 3)).Refusal(t) is null))
            {
                data.Add(phase, trigger);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryUndoableStep))]
    public void Undo_puts_every_step_back_exactly_as_it_was(Phase phase, SessionTrigger step)
    {
        var state = StateIn(phase, cardIndex: 1, cards: 3);
        state.Revotes["kaart-2"] = new() { ["seat-1"] = new Position(Eigenaarschap.Gemeenschap, Regie.Gedeeld) };
        state.SkippedCards = ["kaart-1"];
        var flow = new SessionFlow(state);
        var before = Snapshot(state);

        flow.Fire(step);
        var changed = Snapshot(state) != before;
        flow.Fire(SessionTrigger.Undo);

        Assert.True(changed, $"{step} from {phase} changed nothing");
        Assert.Equal(before, Snapshot(state));
        Assert.Null(state.Undo);
    }

    private static string Snapshot(SessionState state) =>
        $"{state.Phase} {state.CardIndex} skipped [{string.Join(",", state.SkippedCards)}] " +
        string.Join(";", state.Answers.OrderBy(a => a.Key).Select(a => $"{a.Key}:{a.Value.Count}")) + " " +
        string.Join(";", state.Revotes.OrderBy(r => r.Key).Select(r => $"{r.Key}:{r.Value.Count}"));

    [Fact]
    public void Start_is_refused_while_nobody_has_joined()
    {
        var state = StateIn(Phase.Lobby, cardIndex: 0, cards: 2);
        state.Seats.Clear();

        Assert.Equal(ErrorCode.NobodyJoined, new SessionFlow(state).Refusal(SessionTrigger.Start));
    }

    [Fact]
    public void Reveal_is_refused_before_anyone_has_answered()
    {
        var state = StateIn(Phase.Kiezen, cardIndex: 0, cards: 2);
        state.Answers.Clear();

        Assert.Equal(ErrorCode.NoAnswersYet, new SessionFlow(state).Refusal(SessionTrigger.Reveal));
    }

    [Fact]
    public void Start_puts_the_first_card_on_the_table()
    {
        var state = StateIn(Phase.Lobby, cardIndex: 5, cards: 8);

        new SessionFlow(state).Fire(SessionTrigger.Start);

        Assert.Equal((Phase.Situatie, 0), (state.Phase, state.CardIndex));
    }

    [Fact]
    public void Next_card_moves_to_the_following_card_while_cards_remain()
    {
        var state = StateIn(Phase.Afspraak, cardIndex: 0, cards: 2);

        new SessionFlow(state).Fire(SessionTrigger.NextCard);

        Assert.Equal((Phase.Situatie, 1), (state.Phase, state.CardIndex));
    }

    [Theory]
    [InlineData(Phase.Lobby, HostCommand.Start)]
    [InlineData(Phase.Situatie, HostCommand.OpenChoosing)]
    [InlineData(Phase.Kiezen, HostCommand.Reveal)]
    [InlineData(Phase.Onthulling, HostCommand.Discuss)]
    [InlineData(Phase.Gesprek, HostCommand.Conclude)]
    [InlineData(Phase.Herstemming, HostCommand.Conclude)]
    [InlineData(Phase.Afspraak, HostCommand.NextCard)]
    [InlineData(Phase.Slotvraag, HostCommand.Finish)]
    public void The_facilitator_is_offered_the_step_forward(Phase phase, HostCommand expected)
    {
        Assert.Equal(expected, new SessionFlow(StateIn(phase, cardIndex: 0, cards: 2)).NextCommand);
    }

    [Fact]
    public void With_herstemming_on_the_step_after_the_conversation_is_the_re_vote()
    {
        var state = StateIn(Phase.Gesprek, cardIndex: 0, cards: 2);
        state.Settings = state.Settings with { Herstemming = true };

        Assert.Equal(HostCommand.Revote, new SessionFlow(state).NextCommand);
    }

    [Fact]
    public void Timer_commands_are_never_offered_as_the_step_forward()
    {
        var state = StateIn(Phase.Gesprek, cardIndex: 0, cards: 2);
        state.Timer = new RunningTimer(Phase.Gesprek, 60, DateTimeOffset.UnixEpoch);

        Assert.Equal(HostCommand.Conclude, new SessionFlow(state).NextCommand);
    }

    [Fact]
    public void No_step_forward_is_offered_in_the_debrief_or_while_a_guard_blocks_it()
    {
        var empty = StateIn(Phase.Lobby, cardIndex: 0, cards: 2);
        empty.Seats.Clear();

        Assert.Null(new SessionFlow(empty).NextCommand);
        Assert.Null(new SessionFlow(StateIn(Phase.Debrief, cardIndex: 1, cards: 2)).NextCommand);
    }

    [Theory]
    [InlineData(SessionTrigger.RemoveSeat, ErrorCode.NobodyJoined, 0)]
    [InlineData(SessionTrigger.MoveSeat, ErrorCode.NobodyJoined, 0)]
    [InlineData(SessionTrigger.MergeSeats, ErrorCode.TwoSeatsNeeded, 0)]
    [InlineData(SessionTrigger.MergeSeats, ErrorCode.TwoSeatsNeeded, 1)]
    public void Seats_can_only_be_corrected_when_there_are_seats_to_correct(SessionTrigger trigger, ErrorCode expected, int seats)
    {
        foreach (var phase in Enum.GetValues<Phase>().Where(phase => phase != Phase.Debrief))
        {
            var state = StateIn(phase, cardIndex: 0, cards: 2);
            state.Seats.RemoveRange(seats, state.Seats.Count - seats);

            Assert.Equal(expected, new SessionFlow(state).Refusal(trigger));
        }
    }

    [Fact]
    public void Leaving_the_afspraak_with_drafts_saved_by_themselves_records_the_draft()
    {
        var state = StateIn(Phase.Afspraak, cardIndex: 0, cards: 2);
        state.Settings = state.Settings with { SaveDraftOnNext = true };
        var draft = new Agreement(AgreementKind.Bouwsteen, Text: "Het dorpshuis blijft van het dorp");
        state.Draft = new AgreementDraft(state.CurrentCard!.Id, draft);

        new SessionFlow(state).Fire(SessionTrigger.NextCard);

        Assert.Equal((Phase.Situatie, draft, (AgreementDraft?)null), (state.Phase, state.Agreements["kaart-1"], state.Draft));
    }

    [Fact]
    public void An_unsaved_draft_still_offers_the_next_card_as_the_step_forward_so_that_taking_it_asks()
    {
        var state = StateIn(Phase.Afspraak, cardIndex: 0, cards: 2);
        state.Draft = new AgreementDraft(state.CurrentCard!.Id, new Agreement(AgreementKind.OpenVraag, Text: "Wie?"));
        var flow = new SessionFlow(state);

        Assert.Equal((HostCommand.NextCard, ErrorCode.DraftNotSaved), (flow.NextCommand, flow.Refusal(SessionTrigger.NextCard)));
    }

    [Fact]
    public void Keeping_a_draft_records_it_and_discarding_one_drops_it()
    {
        var kept = StateIn(Phase.Afspraak, cardIndex: 0, cards: 2);
        var dropped = StateIn(Phase.Afspraak, cardIndex: 0, cards: 2);
        var draft = new Agreement(AgreementKind.OpenVraag, Text: "Wie?");
        kept.Draft = dropped.Draft = new AgreementDraft("kaart-1", draft);

        new SessionFlow(kept).Fire(SessionTrigger.KeepDraft);
        new SessionFlow(dropped).Fire(SessionTrigger.DiscardDraft);

        Assert.Equal(draft, kept.Agreements["kaart-1"]);
        Assert.Empty(dropped.Agreements);
        Assert.Null(kept.Draft);
        Assert.Null(dropped.Draft);
    }

    [Fact]
    public void A_session_hands_out_only_so_many_console_links()
    {
        var state = StateIn(Phase.Gesprek, cardIndex: 0, cards: 2);
        state.Consoles.AddRange(Enumerable.Range(0, ConsoleLinks.MaxPerSession).Select(i => new ConsoleGrant { Id = $"c{i}", Revoked = i % 2 == 0 }));

        Assert.Equal(ErrorCode.TooManyConsoles, new SessionFlow(state).Refusal(SessionTrigger.GrantConsole));
    }

    [Fact]
    public void The_published_state_diagram_matches_the_machine()
    {
        var path = Path.Combine(Repository.Root, "docs", "state-machine.md");
        var diagram = File.ReadAllText(path);
        var published = diagram.Split("```mermaid")[1].Split("```")[0].Trim();
        var machine = new SessionFlow(new SessionState()).ToMermaid();

        // After changing the machine: SPEL_WRITE_STATE_DIAGRAM=1 dotnet test --filter The_published_state_diagram
        // writes the machine's graph into the document (then read the prose around it).
        if (Environment.GetEnvironmentVariable("SPEL_WRITE_STATE_DIAGRAM") == "1")
        {
            File.WriteAllText(path, diagram.Replace(published, machine.ReplaceLineEndings("\n").Trim()));
            return;
        }

        Assert.Equal(Normalize(machine), Normalize(published));
    }

    private static string Normalize(string text) =>
        string.Join('\n', text.ReplaceLineEndings("\n").Split('\n').Select(line => line.TrimEnd()).Where(line => line.Length > 0));

    /// <summary>A session in <paramref name="phase"/> where every guard that could hold does: two seats, one answer.</summary>
    private static SessionState StateIn(Phase phase, int cardIndex, int cards)
    {
        var deck = TestDecks.WithCards(cards);
        var seat = new Seat { Id = "seat-1", Name = "Anna", Side = Side.Dorpsbelangen, RoleId = TestDecks.Bestuurslid.Id };
        return new SessionState
        {
            Deck = deck,
            Settings = SessionSettings.Default(deck.Cards.Select(c => c.Id)),
            Phase = phase,
            CardIndex = cardIndex,
            Seats = [seat, new Seat { Id = "seat-2", Name = "Henk", Side = Side.Gemeente, RoleId = TestDecks.Wethouder.Id }],
            Answers = new()
            {
                [deck.Cards[cardIndex].Id] = new() { [seat.Id] = new Answer(Eigenaarschap.Gemeenschap, Regie.Gedeeld, "samen") },
            },
        };
    }
}
