using Spel.Scenarios.Decks;
using Spel.Scenarios.Play;
using Spel.Server.Sessions;
using Spel.Server.Tests.Support;

namespace Spel.Server.Tests.Sessions;

public sealed class SessionFlowTests
{
    /// <summary>
    /// The rules of the game as a table: for every phase, where each trigger leads when its guards hold.
    /// A trigger missing from a phase's row must be refused as being in the wrong phase.
    /// </summary>
    private static readonly Dictionary<Phase, Dictionary<SessionTrigger, Phase>> LegalMoves = new()
    {
        [Phase.Lobby] = new() { [SessionTrigger.Join] = Phase.Lobby, [SessionTrigger.Start] = Phase.Situatie },
        [Phase.Situatie] = new() { [SessionTrigger.Join] = Phase.Situatie, [SessionTrigger.OpenChoosing] = Phase.Kiezen },
        [Phase.Kiezen] = new()
        {
            [SessionTrigger.Join] = Phase.Kiezen,
            [SessionTrigger.SubmitAnswer] = Phase.Kiezen,
            [SessionTrigger.Reveal] = Phase.Onthulling,
        },
        [Phase.Onthulling] = new() { [SessionTrigger.Join] = Phase.Onthulling, [SessionTrigger.Discuss] = Phase.Gesprek },
        [Phase.Gesprek] = new() { [SessionTrigger.Join] = Phase.Gesprek, [SessionTrigger.NextCard] = Phase.Situatie },
        [Phase.Debrief] = new(),
    };

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
    public void Every_trigger_in_every_phase_follows_the_rules(Phase phase, SessionTrigger trigger)
    {
        var state = StateIn(phase, cardIndex: 0, cards: 3);
        var flow = new SessionFlow(state);

        if (LegalMoves[phase].TryGetValue(trigger, out var expected))
        {
            Assert.Null(flow.Refusal(trigger));
            flow.Fire(trigger);
            Assert.Equal(expected, state.Phase);
        }
        else
        {
            Assert.Equal(ErrorCode.WrongPhase, flow.Refusal(trigger));
            Assert.Equal(phase, state.Phase);
        }
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
        var state = StateIn(Phase.Gesprek, cardIndex: 0, cards: 2);

        new SessionFlow(state).Fire(SessionTrigger.NextCard);

        Assert.Equal((Phase.Situatie, 1), (state.Phase, state.CardIndex));
    }

    [Fact]
    public void Next_card_after_the_last_card_opens_the_debrief()
    {
        var state = StateIn(Phase.Gesprek, cardIndex: 1, cards: 2);

        new SessionFlow(state).Fire(SessionTrigger.NextCard);

        Assert.Equal(Phase.Debrief, state.Phase);
    }

    [Theory]
    [InlineData(Phase.Lobby, HostCommand.Start)]
    [InlineData(Phase.Situatie, HostCommand.OpenChoosing)]
    [InlineData(Phase.Kiezen, HostCommand.Reveal)]
    [InlineData(Phase.Onthulling, HostCommand.Discuss)]
    [InlineData(Phase.Gesprek, HostCommand.NextCard)]
    public void The_facilitator_is_offered_the_step_forward(Phase phase, HostCommand expected)
    {
        Assert.Equal(expected, new SessionFlow(StateIn(phase, cardIndex: 0, cards: 2)).NextCommand);
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
