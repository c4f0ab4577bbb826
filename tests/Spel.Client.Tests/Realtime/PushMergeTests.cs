using Spel.Client.Realtime;
using Spel.Client.Tests.Support;
using Spel.Scenarios.Decks;
using Spel.Scenarios.Play;

namespace Spel.Client.Tests.Realtime;

/// <summary>The small pushes of the server become the whole views the screens show; what cannot be merged is watched again.</summary>
public sealed class PushMergeTests
{
    private static readonly Answer AnnasAnswer = new(Eigenaarschap.Gemeenschap, Regie.Gedeeld, "meedenken");

    private readonly FakeGameConnection _connection = new();

    [Fact]
    public async Task A_count_pushed_to_the_projector_shows_on_the_view_it_has()
    {
        _connection.ProjectorReply = () => Reply<ProjectorView>.Ok(Projector(5, Phase.Kiezen, TestData.Card()));
        using var live = LiveView.ForProjector(_connection, TestData.Code);
        await live.WatchAsync();

        _connection.Push(new ProgressPush(TestData.Code, 7, Since: 5, AnsweredCount: 2));

        Assert.Equal((7, 2), (live.Current!.Version, live.Current.Round.AnsweredCount));
        Assert.Equal("Het terras van het dorpshuis", live.Current.Round.Card?.Title);
        Assert.Single(_connection.Calls);
    }

    [Fact]
    public async Task The_console_sees_who_answered_and_its_next_step()
    {
        _connection.HostReply = () => Reply<FacilitatorView>.Ok(Console(5, "anna", "bert"));
        using var live = LiveView.ForHost(_connection, TestData.Code, "key");
        await live.WatchAsync();

        _connection.Push(new ProgressPush(TestData.Code, 6, Since: 5, AnsweredCount: 1, ["bert"], HostCommand.Reveal));

        Assert.Equal([false, true], live.Current!.Seats.Select(s => s.HasAnswered));
        Assert.Equal(1, live.Current.Round.AnsweredCount);
        Assert.Equal(HostCommand.Reveal, live.Current.NextCommand);
    }

    [Fact]
    public async Task A_step_without_the_cards_text_keeps_the_card_the_screen_has()
    {
        _connection.ProjectorReply = () => Reply<ProjectorView>.Ok(Projector(5, Phase.Situatie, TestData.Card()));
        using var live = LiveView.ForProjector(_connection, TestData.Code);
        await live.WatchAsync();

        _connection.Push(new ProjectorPush(Projector(6, Phase.Kiezen, card: null), CardId: "terras"));

        Assert.Equal(Phase.Kiezen, live.Current!.Round.Phase);
        Assert.Equal("Het dorpshuis wil een terras op het plein.", live.Current.Round.Card?.Situation);
        Assert.Single(_connection.Calls);
    }

    [Fact]
    public async Task A_step_to_a_card_the_screen_never_got_watches_again()
    {
        var version = 5;
        _connection.ProjectorReply = () => Reply<ProjectorView>.Ok(Projector(version, version == 5 ? Phase.Afspraak : Phase.Kiezen, TestData.Card(version == 5 ? 2 : 3)));
        using var live = LiveView.ForProjector(_connection, TestData.Code);
        await live.WatchAsync();

        version = 9;
        _connection.Push(new ProjectorPush(Projector(8, Phase.Kiezen, card: null), CardId: "kerkpad"));

        Assert.Equal(2, _connection.Calls.Count(c => c.StartsWith(nameof(IGameConnection.WatchProjectorAsync))));
        Assert.Equal((9, 3), (live.Current!.Version, live.Current.Round.Card!.Number));
    }

    [Fact]
    public async Task A_count_after_a_change_the_screen_missed_watches_again()
    {
        var version = 5;
        _connection.ProjectorReply = () => Reply<ProjectorView>.Ok(Projector(version, version == 5 ? Phase.Situatie : Phase.Kiezen, TestData.Card()));
        using var live = LiveView.ForProjector(_connection, TestData.Code);
        await live.WatchAsync();

        // Version 6 opened the answers; this screen never heard it.
        version = 7;
        _connection.Push(new ProgressPush(TestData.Code, 7, Since: 6, AnsweredCount: 1));

        Assert.Equal(2, _connection.Calls.Count);
        Assert.Equal((7, Phase.Kiezen), (live.Current!.Version, live.Current.Round.Phase));
    }

    [Fact]
    public async Task A_count_older_than_the_view_shown_is_dropped()
    {
        _connection.HostReply = () => Reply<FacilitatorView>.Ok(Console(9, "anna") with { Round = TestData.Round(Phase.Onthulling, TestData.Card(), answered: 1) });
        using var live = LiveView.ForHost(_connection, TestData.Code, "key");
        await live.WatchAsync();

        _connection.Push(new ProgressPush(TestData.Code, 8, Since: 6, AnsweredCount: 0, [], HostCommand.Reveal));

        Assert.Equal((9, Phase.Onthulling, 1), (live.Current!.Version, live.Current.Round.Phase, live.Current.Round.AnsweredCount));
        Assert.Single(_connection.Calls);
    }

    [Fact]
    public async Task A_push_that_comes_before_the_watch_answers_and_is_newer_than_it_watches_again()
    {
        var watches = 0;
        _connection.ProjectorReply = () =>
        {
            watches++;
            if (watches == 1)
            {
                // The answer of version 6 is pushed while the watch's answer of version 5 is on its way.
                _connection.Push(new ProgressPush(TestData.Code, 6, Since: 5, AnsweredCount: 1));
            }

            return Reply<ProjectorView>.Ok(new ProjectorView(4 + watches, TestData.Round(Phase.Kiezen, TestData.Card(), answered: watches - 1), [], null, null));
        };
        using var live = LiveView.ForProjector(_connection, TestData.Code);

        await live.WatchAsync();

        Assert.Equal(2, watches);
        Assert.Equal((6, 1), (live.Current!.Version, live.Current.Round.AnsweredCount));
    }

    [Fact]
    public async Task A_tablet_keeps_its_answer_through_the_steps_of_its_card()
    {
        _connection.ResumeReply = () => Reply<ParticipantView>.Ok(TestData.Participant(5, Phase.Kiezen, AnnasAnswer));
        using var live = LiveView.ForSeat(_connection, TestData.Code, "token");
        await live.WatchAsync();

        _connection.Push(new SeatsPush(9, TestData.Round(Phase.Onthulling, card: null, answered: 3), "terras", Summary: null));

        Assert.Equal((9, Phase.Onthulling), (live.Current!.Version, live.Current.Round.Phase));
        Assert.Equal(AnnasAnswer, live.Current.MyAnswer);
        Assert.Equal("Anna", live.Current.Me.Name);
        Assert.Equal("Wat doe jij?", live.Current.Round.Card?.ActionQuestion);
    }

    [Fact]
    public async Task A_tablet_on_the_next_card_has_not_answered_it_yet()
    {
        _connection.ResumeReply = () => Reply<ParticipantView>.Ok(TestData.Participant(5, Phase.Afspraak, AnnasAnswer));
        using var live = LiveView.ForSeat(_connection, TestData.Code, "token");
        await live.WatchAsync();

        var next = TestData.Card(3) with { Id = "kerkpad", Title = "Het kerkpad" };
        _connection.Push(new SeatsPush(9, TestData.Round(Phase.Situatie, next), "kerkpad", Summary: null));

        Assert.Equal("Het kerkpad", live.Current!.Round.Card?.Title);
        Assert.Null(live.Current.MyAnswer);
    }

    [Fact]
    public async Task A_reply_that_arrives_after_a_newer_push_still_shows_the_seats_answer()
    {
        _connection.ResumeReply = () => Reply<ParticipantView>.Ok(TestData.Participant(5, Phase.Kiezen));
        using var live = LiveView.ForSeat(_connection, TestData.Code, "token");
        await live.WatchAsync();

        _connection.Push(new SeatsPush(9, TestData.Round(Phase.Onthulling, card: null), "terras", Summary: null));
        live.Offer(TestData.Participant(7, Phase.Kiezen, AnnasAnswer));

        Assert.Equal((9, Phase.Onthulling), (live.Current!.Version, live.Current.Round.Phase));
        Assert.Equal(AnnasAnswer, live.Current.MyAnswer);
    }

    [Fact]
    public async Task A_tablet_that_missed_the_step_with_its_cards_text_watches_again()
    {
        var version = 5;
        _connection.ResumeReply = () => Reply<ParticipantView>.Ok(version == 5 ? TestData.Participant(5, Phase.Lobby) : TestData.Participant(version, Phase.Kiezen));
        using var live = LiveView.ForSeat(_connection, TestData.Code, "token");
        await live.WatchAsync();

        version = 8;
        _connection.Push(new SeatsPush(8, TestData.Round(Phase.Kiezen, card: null), "terras", Summary: null));

        Assert.Equal(2, _connection.Calls.Count(c => c.StartsWith(nameof(IGameConnection.ResumeAsync))));
        Assert.Equal("Wat doe jij?", live.Current!.Round.Card?.ActionQuestion);
    }

    private static ProjectorView Projector(long version, Phase phase, CardView? card) => new(version, TestData.Round(phase, card), [], null, null);

    private static FacilitatorView Console(long version, params string[] seats) => new(
        version,
        TestData.Round(Phase.Kiezen, TestData.Card(), seats: seats.Length),
        seats.Select(id => new SeatStatus(id, id, Side.Gemeente, null, SeatKind.Person, HasAnswered: false)).ToList(),
        NextCommand: null,
        Reveal: null,
        Debrief: null);
}
