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
    private static Dictionary<SessionTrigger, Phase> LegalMoves(Phase phase, SessionSettings settings, bool timerRuns, bool draft)
    {
        var moves = phase switch
        {
            Phase.Lobby => new Dictionary<SessionTrigger, Phase> { [SessionTrigger.Start] = Phase.Situatie },
            Phase.Situatie => new() { [SessionTrigger.OpenChoosing] = Phase.Kiezen },
            Phase.Kiezen => new() { [SessionTrigger.SubmitAnswer] = Phase.Kiezen, [SessionTrigger.Reveal] = Phase.Onthulling },
            Phase.Onthulling => new() { [SessionTrigger.Discuss] = Phase.Gesprek },
            Phase.Gesprek => settings.Herstemming
                ? new() { [SessionTrigger.Revote] = Phase.Herstemming }
                : new() { [SessionTrigger.Conclude] = Phase.Afspraak },
            Phase.Herstemming => new() { [SessionTrigger.SubmitRevote] = Phase.Herstemming, [SessionTrigger.Conclude] = Phase.Afspraak },
            Phase.Afspraak => new() { [SessionTrigger.RecordAgreement] = Phase.Afspraak, [SessionTrigger.SaveDraft] = Phase.Afspraak },
            Phase.Slotvraag => new() { [SessionTrigger.SubmitPoints] = Phase.Slotvraag, [SessionTrigger.Finish] = Phase.Debrief },
            _ => [],
        };
        if (phase != Phase.Debrief)
        {
            moves[SessionTrigger.Join] = phase;
            if (timerRuns && SessionSettings.TimedPhases.Contains(phase))
            {
                moves[SessionTrigger.ExtendTimer] = phase;
                moves[SessionTrigger.StopTimer] = phase;
            }
        }

        // Part "access": links are handed out and revoked in every phase; an unsaved draft holds up the next card
        // unless the session saves drafts by itself, and only a draft can be kept or discarded.
        moves[SessionTrigger.GrantConsole] = phase;
        moves[SessionTrigger.RevokeConsole] = phase;
        if (phase == Phase.Afspraak)
        {
            if (!draft || settings.SaveDraftOnNext)
            {
                moves[SessionTrigger.NextCard] = Phase.Situatie;
            }

            if (draft)
            {
                moves[SessionTrigger.KeepDraft] = phase;
                moves[SessionTrigger.DiscardDraft] = phase;
            }
        }

        return moves;
    }

    /// <summary>The specific refusal of a trigger the table does not allow.</summary>
    private static ErrorCode Refusal(Phase phase, SessionTrigger trigger) => (phase, trigger) switch
    {
        (_, SessionTrigger.ExtendTimer or SessionTrigger.StopTimer) when SessionSettings.TimedPhases.Contains(phase) => ErrorCode.NoTimerRunning,
        (Phase.Afspraak, SessionTrigger.NextCard) => ErrorCode.DraftNotSaved,
        (Phase.Afspraak, SessionTrigger.KeepDraft or SessionTrigger.DiscardDraft) => ErrorCode.NoDraft,
        _ => ErrorCode.WrongPhase,
    };

    /// <summary>Every combination of the settings, each with and without a running countdown and an unsaved afspraak draft.</summary>
    private static IEnumerable<(SessionSettings Settings, bool TimerRuns, bool Draft)> EverySetting() =>
        from herstemming in new[] { false, true }
        from wisselperspectief in new[] { false, true }
        from anonymous in new[] { false, true }
        from share in new[] { false, true }
        from saveDraft in new[] { false, true }
        from timer in new[] { false, true }
        from draft in new[] { false, true }
        select (new SessionSettings(["kaart-1", "kaart-2", "kaart-3"], anonymous, herstemming, wisselperspectief, share, SaveDraftOnNext: saveDraft), timer, draft);

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
        foreach (var (settings, timerRuns, draft) in EverySetting())
        {
            var state = StateIn(phase, cardIndex: 0, cards: 3);
            state.Settings = settings;
            state.Timer = timerRuns ? new RunningTimer(phase, 60, DateTimeOffset.UnixEpoch) : null;
            state.Draft = draft && phase == Phase.Afspraak ? new AgreementDraft(state.CurrentCard!.Id, new Agreement(AgreementKind.OpenVraag, Text: "Wie beheert het?")) : null;
            var flow = new SessionFlow(state);
            var because = $"{phase} + {trigger} with {settings}, timer {timerRuns} and draft {draft}";

            if (LegalMoves(phase, settings, timerRuns, draft && phase == Phase.Afspraak).TryGetValue(trigger, out var expected))
            {
                Assert.True(flow.Refusal(trigger) is null, because);
                flow.Fire(trigger);
                Assert.True(expected == state.Phase, because);
            }
            else
            {
                var refusal = flow.Refusal(trigger);
                Assert.True(Refusal(phase, trigger) == refusal, $"{because}: {refusal}");
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
        var diagram = File.ReadAllText(Path.Combine(Repository.Root, "docs", "state-machine.md"));
        var published = diagram.Split("```mermaid")[1].Split("```")[0].Trim();

        Assert.Equal(Normalize(new SessionFlow(new SessionState()).ToMermaid()), Normalize(published));
    }

    private static string Normalize(string text) =>
        string.Join('\n', text.ReplaceLineEndings("\n").Split('\n').Select(line => line.TrimEnd()).Where(line => line.Length > 0));

    /// <summary>A session in <paramref name="phase"/> where every guard that could hold does: one seat, one answer.</summary>
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
            Seats = [seat],
            Answers = new()
            {
                [deck.Cards[cardIndex].Id] = new() { [seat.Id] = new Answer(Eigenaarschap.Gemeenschap, Regie.Gedeeld, "samen") },
            },
        };
    }
}
