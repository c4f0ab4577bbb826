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
    private static Dictionary<SessionTrigger, Phase> LegalMoves(Phase phase, SessionSettings settings, bool timerRuns)
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
            Phase.Afspraak => new() { [SessionTrigger.RecordAgreement] = Phase.Afspraak, [SessionTrigger.NextCard] = Phase.Situatie },
            Phase.Slotvraag => new() { [SessionTrigger.SubmitPoints] = Phase.Slotvraag, [SessionTrigger.Finish] = Phase.Debrief },
            _ => [],
        };
        if (phase != Phase.Debrief)
        {
            moves[SessionTrigger.Join] = phase;

            // Seats (issue 10): the facilitator corrects the seats in every phase but the debrief.
            moves[SessionTrigger.RemoveSeat] = phase;
            moves[SessionTrigger.MoveSeat] = phase;
            moves[SessionTrigger.MergeSeats] = phase;
            if (timerRuns && SessionSettings.TimedPhases.Contains(phase))
            {
                moves[SessionTrigger.ExtendTimer] = phase;
                moves[SessionTrigger.StopTimer] = phase;
            }
        }

        return moves;
    }

    /// <summary>Every combination of the settings, each with and without a running countdown.</summary>
    private static IEnumerable<(SessionSettings Settings, bool TimerRuns)> EverySetting() =>
        from herstemming in new[] { false, true }
        from wisselperspectief in new[] { false, true }
        from anonymous in new[] { false, true }
        from share in new[] { false, true }
        from timer in new[] { false, true }
        select (new SessionSettings(["kaart-1", "kaart-2", "kaart-3"], anonymous, herstemming, wisselperspectief, share), timer);

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
        foreach (var (settings, timerRuns) in EverySetting())
        {
            var state = StateIn(phase, cardIndex: 0, cards: 3);
            state.Settings = settings;
            state.Timer = timerRuns ? new RunningTimer(phase, 60, DateTimeOffset.UnixEpoch) : null;
            var flow = new SessionFlow(state);
            var because = $"{phase} + {trigger} with {settings} and timer {timerRuns}";

            if (LegalMoves(phase, settings, timerRuns).TryGetValue(trigger, out var expected))
            {
                Assert.True(flow.Refusal(trigger) is null, because);
                flow.Fire(trigger);
                Assert.True(expected == state.Phase, because);
            }
            else
            {
                var refusal = flow.Refusal(trigger);
                var timerCommand = trigger is SessionTrigger.ExtendTimer or SessionTrigger.StopTimer && SessionSettings.TimedPhases.Contains(phase);
                Assert.True((timerCommand ? ErrorCode.NoTimerRunning : ErrorCode.WrongPhase) == refusal, $"{because}: {refusal}");
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
    public void The_published_state_diagram_matches_the_machine()
    {
        var diagram = File.ReadAllText(Path.Combine(Repository.Root, "docs", "state-machine.md"));
        var published = diagram.Split("```mermaid")[1].Split("```")[0].Trim();

        Assert.Equal(Normalize(new SessionFlow(new SessionState()).ToMermaid()), Normalize(published));
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
