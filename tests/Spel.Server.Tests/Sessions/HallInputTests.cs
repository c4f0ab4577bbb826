using Spel.Scenarios.Decks;
using Spel.Scenarios.Play;
using Spel.Server.Tests.Support;

namespace Spel.Server.Tests.Sessions;

/// <summary>What a full hall and a careless or hostile tablet send: every join gets a seat or a refusal, and odd input stays out.</summary>
[Collection(ClusterCollection.Name)]
public sealed class HallInputTests(ClusterFixture fixture)
{
    [Fact]
    public async Task Of_61_people_joining_a_60_seat_session_at_once_60_get_a_working_seat_and_one_hears_it_is_full()
    {
        var play = await Play.OpenAsync(fixture.Grains, TestDecks.WithCards(1));

        var replies = await Task.WhenAll(Enumerable.Range(1, Limits.SeatsPerSession + 1)
            .Select(i => play.Session.Join(new JoinRequest($"Deelnemer {i}", Side.Dorpsbelangen, TestDecks.Bestuurslid.Id))));

        var tickets = replies.Where(r => r.IsOk).Select(r => r.Value!).ToList();
        Assert.Equal(Limits.SeatsPerSession, tickets.Count);
        Assert.Equal([ErrorCode.SessionFull], replies.Where(r => !r.IsOk).Select(r => r.Error));
        var projector = (await play.Session.GetProjectorView()).Value!;
        Assert.Equal(Limits.SeatsPerSession, projector.Participants.Count);
        foreach (var ticket in tickets)
        {
            Assert.True((await play.Session.Resume(ticket.SeatToken)).IsOk);
        }
    }

    [Theory]
    [InlineData("Anna\u202Eseirv")]
    [InlineData("An\u200Bna")]
    [InlineData("Anna\nHenk")]
    [InlineData("Anna\u0000")]
    public async Task A_name_with_invisible_or_direction_changing_characters_is_refused_and_takes_no_seat(string name)
    {
        var play = await Play.OpenAsync(fixture.Grains, TestDecks.WithCards(1));

        var reply = await play.Session.Join(new JoinRequest(name, Side.Dorpsbelangen, TestDecks.Bestuurslid.Id));

        Assert.Equal(ErrorCode.InvalidText, reply.Error);
        Assert.Empty((await play.Session.GetProjectorView()).Value!.Participants);
    }

    [Fact]
    public async Task A_name_is_kept_with_its_spaces_tidied()
    {
        var play = await Play.OpenAsync(fixture.Grains, TestDecks.WithCards(1));

        await play.JoinAsync("  Anna\u00A0 de\tVries ", TestDecks.Bestuurslid);

        Assert.Equal("Anna de Vries", Assert.Single((await play.Session.GetProjectorView()).Value!.Participants).Name);
    }

    [Fact]
    public async Task An_agreement_with_a_direction_override_is_refused_and_the_earlier_one_stays()
    {
        var play = await Play.OpenAsync(fixture.Grains, TestDecks.WithCards(1));
        var anna = await play.JoinAsync("Anna", TestDecks.Bestuurslid);
        await play.StartChoosingAsync();
        await play.AnswerAsync(anna, Eigenaarschap.Gemeenschap, Regie.Gedeeld, "samen");
        await play.AgreeAfterAsync(Phase.Afspraak, new Agreement(AgreementKind.OpenVraag, Text: "Wie betaalt het onderhoud?\nEn wie de verzekering?"));

        var refused = await play.Session.RecordAgreement(play.HostKey, new Agreement(AgreementKind.OpenVraag, Text: "Wie \u202Ebetaalt"));

        Assert.Equal(ErrorCode.InvalidText, refused.Error);
        var kept = (await play.Session.GetFacilitatorView(play.HostKey)).Value!.Round.Agreement;
        Assert.Equal("Wie betaalt het onderhoud?\nEn wie de verzekering?", kept!.Text);
    }

    [Theory]
    [InlineData(int.MaxValue, int.MaxValue, 6, 6)]
    [InlineData(int.MinValue, int.MinValue, 5, 5)]
    [InlineData(11, -1, 0, 0)]
    public async Task Points_that_only_add_up_to_10_by_overflowing_are_refused(int a, int b, int c, int d)
    {
        var play = await Play.OpenAsync(fixture.Grains, TestDecks.WithCards(1));
        var anna = await play.JoinAsync("Anna", TestDecks.Bestuurslid);
        await play.StartChoosingAsync();
        await play.AnswerAsync(anna, Eigenaarschap.Gemeenschap, Regie.Gedeeld, "samen");
        await play.AdvanceToAsync(Phase.Slotvraag);

        var reply = await play.Session.SubmitPoints(anna.SeatToken, new FunctionPoints(a, b, c, d));

        Assert.Equal(ErrorCode.InvalidPoints, reply.Error);
        Assert.Equal(0, (await play.Session.GetFacilitatorView(play.HostKey)).Value!.Round.AnsweredCount);
    }

    [Fact]
    public async Task An_answer_sent_again_after_a_lost_connection_is_one_answer_and_no_new_change()
    {
        var play = await Play.OpenAsync(fixture.Grains, TestDecks.WithCards(1));
        var anna = await play.JoinAsync("Anna", TestDecks.Bestuurslid);
        await play.StartChoosingAsync();
        var first = await play.AnswerAsync(anna, Eigenaarschap.Gemeenschap, Regie.Gedeeld, "samen");

        var again = await play.AnswerAsync(anna, Eigenaarschap.Gemeenschap, Regie.Gedeeld, "samen");
        var changed = await play.AnswerAsync(anna, Eigenaarschap.Gemeente, Regie.Gedeeld, "samen");

        Assert.Equal(first.Version, again.Version);
        Assert.Equal(1, again.Round.AnsweredCount);
        Assert.True(changed.Version > again.Version);
        Assert.Equal(Eigenaarschap.Gemeente, changed.MyAnswer!.Eigenaarschap);
    }
}
