using Spel.Scenarios.Decks;
using Spel.Scenarios.Play;
using Spel.Server.OtherVillages;
using Spel.Server.Sessions;
using Spel.Server.Tests.Support;

namespace Spel.Server.Tests.OtherVillages;

/// <summary>"Zo kozen andere dorpen": only sharing sessions count, never the current one, and only from three others on.</summary>
[Collection(ClusterCollection.Name)]
public sealed class OtherVillagesTests(ClusterFixture fixture)
{
    private static Answer Vote(Eigenaarschap eigenaarschap, Regie regie, string option) => new(eigenaarschap, regie, option);

    private static string TallyIdOf(string letter) => new(char.ToLowerInvariant(letter[0]), 32);

    [Fact]
    public async Task The_tally_needs_three_other_sessions_and_never_counts_the_one_asking()
    {
        var tally = fixture.Grains.GetGrain<ICardTallyGrain>(CardTally.Key($"deck-{Guid.NewGuid():n}", "kaart-1"));
        await tally.Contribute("AAAAAAA", TallyIdOf("A"), [Vote(Eigenaarschap.Gemeenschap, Regie.VolledigGemeenschap, "loslaten")]);
        await tally.Contribute("BBBBBBB", TallyIdOf("B"), [Vote(Eigenaarschap.Gemeenschap, Regie.Gedeeld, "samen"), Vote(Eigenaarschap.Gemeente, Regie.VolledigGemeente, "regels")]);
        await tally.Contribute("CCCCCCC", TallyIdOf("C"), [Vote(Eigenaarschap.GemeenschapMetBijdrage, Regie.Gedeeld, "samen")]);

        var askedByA = await tally.Get(excludingSession: "AAAAAAA");
        var askedByNewcomer = await tally.Get(excludingSession: "DDDDDDD");
        await tally.Contribute("CCCCCCC", TallyIdOf("C"), [Vote(Eigenaarschap.Gemeente, Regie.Gedeeld, "regels")]);
        var afterCChangedItsMind = await tally.Get(excludingSession: "DDDDDDD");

        Assert.Null(askedByA);
        Assert.Equal((3, 4), (askedByNewcomer!.Sessions, askedByNewcomer.Answers.Count));
        Assert.Equal([2, 1, 0, 1], askedByNewcomer.Answers.Eigenaarschap);
        Assert.Equal([new OptionCount("loslaten", 1), new OptionCount("regels", 1), new OptionCount("samen", 2)], askedByNewcomer.Options);
        Assert.Equal([2, 0, 0, 2], afterCChangedItsMind!.Answers.Eigenaarschap);
    }

    [Fact]
    public async Task A_reveal_shows_how_three_earlier_sharing_sessions_chose_and_a_session_that_does_not_share_adds_nothing()
    {
        var deck = TestDecks.WithCards(1) with { Id = $"deck-{Guid.NewGuid():n}" };
        for (var i = 0; i < 3; i++)
        {
            await PlayOneCard(deck, share: true, Eigenaarschap.Gemeenschap);
        }

        await PlayOneCard(deck, share: false, Eigenaarschap.Gemeente);
        var fourth = await PlayOneCard(deck, share: true, Eigenaarschap.Gemeente);

        var others = fourth.OtherVillages!;
        Assert.Equal(3, others.Sessions);
        Assert.Equal([3, 0, 0, 0], others.Answers.Eigenaarschap);
    }

    [Fact]
    public async Task Until_three_other_sessions_shared_the_reveal_shows_no_other_villages()
    {
        var deck = TestDecks.WithCards(1) with { Id = $"deck-{Guid.NewGuid():n}" };
        await PlayOneCard(deck, share: true, Eigenaarschap.Gemeenschap);
        await PlayOneCard(deck, share: true, Eigenaarschap.Gemeenschap);

        var third = await PlayOneCard(deck, share: true, Eigenaarschap.Gemeenschap);

        Assert.Null(third.OtherVillages);
    }

    [Fact]
    public async Task A_slow_tally_holds_up_no_join_answer_or_step_and_its_answer_reaches_the_board_when_it_comes()
    {
        var deck = TestDecks.WithCards(2) with { Id = $"deck-{Guid.NewGuid():n}" };
        for (var i = 0; i < 3; i++)
        {
            await PlayOneCard(deck, share: true, Eigenaarschap.Gemeenschap);
        }

        var play = await Play.OpenAsync(fixture.Grains, deck, s => s with { ShareWithOtherVillages = true });
        var anna = await play.JoinAsync("Anna", TestDecks.Bestuurslid);
        await play.StartChoosingAsync();
        await play.AnswerAsync(anna, Eigenaarschap.Gemeente, Regie.Gedeeld, "samen");
        RevealView? revealWhileHeld;
        using (GrainCalls.Instance.Hold(deck.Id))
        {
            revealWhileHeld = (await play.CommandAsync(HostCommand.Reveal)).Reveal;
            await play.JoinAsync("Henk", TestDecks.Wethouder);
            await play.CommandAsync(HostCommand.Discuss);
        }

        await GrainCalls.Instance.FinishedAsync(nameof(ISessionGrain.OtherVillagesRead), play.Code);
        var projector = (await play.Session.GetProjectorView()).Value!;
        Assert.Null(revealWhileHeld!.OtherVillages);
        Assert.Equal((Phase.Gesprek, 2), (projector.Round.Phase, projector.Round.SeatCount));
        Assert.Equal(3, projector.Reveal!.OtherVillages!.Sessions);
    }

    [Fact]
    public async Task A_deleted_session_takes_its_answers_out_of_the_other_villages_tally()
    {
        var deck = TestDecks.WithCards(1) with { Id = $"deck-{Guid.NewGuid():n}" };
        var sessions = new List<Play>();
        for (var i = 0; i < 3; i++)
        {
            sessions.Add((await PlayOneCardAsync(deck, share: true, Eigenaarschap.Gemeenschap)).Play);
        }

        var tally = fixture.Grains.GetGrain<ICardTallyGrain>(CardTally.Key(deck.Id, deck.Cards[0].Id));
        var before = await tally.Get(excludingSession: "NIEMAND");

        var deleted = await sessions[0].Session.Delete(sessions[0].HostKey);

        Assert.Equal(3, before!.Sessions);
        Assert.True(deleted.IsOk);
        Assert.Null(await tally.Get(excludingSession: "NIEMAND"));
        Assert.Equal(ErrorCode.SessionNotFound, (await sessions[0].Session.GetJoinInfo()).Error);
    }

    /// <summary>
    /// Plays the deck's first card to the next card (or the slotvraag), which is when a card is shared, and waits until
    /// the tally has its contribution; returns the card's reveal once the tally was read.
    /// </summary>
    private async Task<RevealView> PlayOneCard(Deck deck, bool share, Eigenaarschap answer) =>
        (await PlayOneCardAsync(deck, share, answer)).Reveal;

    private async Task<(Play Play, RevealView Reveal)> PlayOneCardAsync(Deck deck, bool share, Eigenaarschap answer)
    {
        var play = await Play.OpenAsync(fixture.Grains, deck, s => s with { ShareWithOtherVillages = share });
        var anna = await play.JoinAsync("Anna", TestDecks.Bestuurslid);
        await play.StartChoosingAsync();
        await play.AnswerAsync(anna, answer, Regie.Gedeeld, "samen");
        await play.CommandAsync(HostCommand.Reveal);
        await GrainCalls.Instance.FinishedAsync(nameof(ISessionGrain.OtherVillagesRead), play.Code);
        var reveal = (await play.Session.GetProjectorView()).Value!.Reveal!;
        await play.AdvanceToAsync(deck.Cards.Count > 1 ? Phase.Situatie : Phase.Slotvraag);
        if (share)
        {
            await GrainCalls.Instance.FinishedAsync(nameof(ICardTallyGrain.Contribute), CardTally.Key(deck.Id, deck.Cards[0].Id), play.Code);
        }

        return (play, reveal);
    }
}
