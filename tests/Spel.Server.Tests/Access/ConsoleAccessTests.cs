using System.Text.Json;
using Spel.Scenarios.Decks;
using Spel.Scenarios.Play;
using Spel.Server.Sessions;
using Spel.Server.Tests.Support;

namespace Spel.Server.Tests.Access;

/// <summary>
/// A second console (co-facilitator, notulist), coming back with the recovery code, and afspraak drafts that nothing
/// but the consoles ever sees (issue 10, part "access").
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class ConsoleAccessTests(ClusterFixture fixture)
{
    private static readonly Agreement Typed = new(AgreementKind.Afspraak, Eigenaarschap.Gemeenschap, Regie.Gedeeld, "Werkgroep dorpshuis", "Marije");

    [Fact]
    public async Task A_co_facilitator_link_steers_the_session_like_the_host()
    {
        var play = await OpenWithSeatAsync();
        var cohost = await GrantAsync(play, ConsoleRole.CoFacilitator);

        var started = await play.Session.Command(cohost.Secret, HostCommand.Start);
        var watched = await play.Session.GetFacilitatorView(cohost.Secret);
        var access = await play.Session.GetConsoleAccess(cohost.Secret);

        Assert.Equal(Phase.Situatie, started.Value!.Round.Phase);
        Assert.Equal(Phase.Situatie, watched.Value!.Round.Phase);
        Assert.Equal((ConsoleRole.CoFacilitator, 0), (access.Value!.Role, access.Value.Links.Count));
    }

    [Fact]
    public async Task A_notulist_records_afspraken_but_a_round_command_is_refused_and_changes_nothing()
    {
        var play = await OpenWithSeatAsync();
        var notulist = await GrantAsync(play, ConsoleRole.Notulist);

        var start = await play.Session.Command(notulist.Secret, HostCommand.Start);
        var stillLobby = await play.Session.GetFacilitatorView(notulist.Secret);
        await AnswerAndConcludeAsync(play);
        var recorded = await play.Session.RecordAgreement(notulist.Secret, Typed);
        var next = await play.Session.Command(notulist.Secret, HostCommand.NextCard);

        Assert.Equal(ErrorCode.NotulistCannotSteer, start.Error);
        Assert.Equal(Phase.Lobby, stillLobby.Value!.Round.Phase);
        Assert.Equal(Typed, recorded.Value!.Round.Agreement);
        Assert.Equal(ErrorCode.NotulistCannotSteer, next.Error);
    }

    [Fact]
    public async Task A_revoked_link_is_refused_as_revoked_and_a_new_one_can_be_made()
    {
        var play = await OpenWithSeatAsync();
        var cohost = await GrantAsync(play, ConsoleRole.CoFacilitator);

        var revoked = await play.Session.RevokeConsole(play.HostKey, cohost.Link.Id);
        var command = await play.Session.Command(cohost.Secret, HostCommand.Start);
        var watch = await play.Session.GetFacilitatorView(cohost.Secret);
        var again = await play.Session.RevokeConsole(play.HostKey, cohost.Link.Id);
        var fresh = await GrantAsync(play, ConsoleRole.CoFacilitator);
        var started = await play.Session.Command(fresh.Secret, HostCommand.Start);

        Assert.Equal([true], revoked.Value!.Links.Select(l => l.Revoked));
        Assert.Equal((ErrorCode.LinkRevoked, ErrorCode.LinkRevoked), (command.Error, watch.Error));
        Assert.Equal(ErrorCode.UnknownConsoleLink, again.Error);
        Assert.Equal(Phase.Situatie, started.Value!.Round.Phase);
    }

    [Fact]
    public async Task Only_the_main_console_hands_out_and_revokes_links_and_deletes_the_session()
    {
        var play = await OpenWithSeatAsync();
        var cohost = await GrantAsync(play, ConsoleRole.CoFacilitator);
        var notulist = await GrantAsync(play, ConsoleRole.Notulist);

        var grant = await play.Session.GrantConsole(cohost.Secret, ConsoleRole.CoFacilitator);
        var revoke = await play.Session.RevokeConsole(cohost.Secret, notulist.Link.Id);
        var delete = await play.Session.Delete(notulist.Secret);
        var stillThere = await play.Session.GetJoinInfo();

        Assert.Equal([ErrorCode.MainConsoleOnly, ErrorCode.MainConsoleOnly, ErrorCode.MainConsoleOnly], [grant.Error, revoke.Error, delete.Error]);
        Assert.True(stillThere.IsOk);
    }

    [Fact]
    public async Task A_main_console_link_cannot_be_handed_out()
    {
        var play = await OpenWithSeatAsync();

        Assert.Equal(ErrorCode.UnknownCommand, (await play.Session.GrantConsole(play.HostKey, ConsoleRole.Main)).Error);
    }

    [Fact]
    public async Task The_recovery_code_as_typed_by_hand_makes_a_fresh_browser_the_main_console()
    {
        var play = await OpenWithSeatAsync();
        var typed = " " + RecoveryCodes.Display(play.RecoveryCode).ToLowerInvariant() + " ";

        var recovered = (await play.Session.Recover(typed)).Value!;
        var access = await play.Session.GetConsoleAccess(recovered.ConsoleKey);
        var started = await play.Session.Command(recovered.ConsoleKey, HostCommand.Start);
        var link = await play.Session.GrantConsole(recovered.ConsoleKey, ConsoleRole.Notulist);

        Assert.Equal(play.Code, recovered.Code);
        Assert.NotEqual(play.HostKey, recovered.ConsoleKey);
        Assert.Equal(ConsoleRole.Main, access.Value!.Role);
        Assert.Equal(Phase.Situatie, started.Value!.Round.Phase);
        Assert.True(link.IsOk);
    }

    [Fact]
    public async Task A_wrong_recovery_code_is_refused_and_gives_no_console()
    {
        var play = await OpenWithSeatAsync();
        var wrong = new string(play.RecoveryCode.Reverse().ToArray());

        var refused = await play.Session.Recover(wrong);
        var garbage = await play.Session.Recover("geen-code");

        Assert.Equal((ErrorCode.WrongRecoveryCode, ErrorCode.WrongRecoveryCode), (refused.Error, garbage.Error));
        Assert.Empty((await play.Session.GetConsoleAccess(play.HostKey)).Value!.Links);
    }

    [Fact]
    public async Task A_recovered_console_can_be_revoked_when_the_laptop_it_was_on_is_lost()
    {
        var play = await OpenWithSeatAsync();
        var recovered = (await play.Session.Recover(play.RecoveryCode)).Value!;
        var id = (await play.Session.GetConsoleAccess(play.HostKey)).Value!.Links.Single().Id;

        await play.Session.RevokeConsole(play.HostKey, id);

        Assert.Equal(ErrorCode.LinkRevoked, (await play.Session.Command(recovered.ConsoleKey, HostCommand.Start)).Error);
    }

    [Fact]
    public async Task A_draft_reaches_every_console_but_never_the_projector_or_the_tablets()
    {
        var play = await OpenWithSeatAsync();
        var notulist = await GrantAsync(play, ConsoleRole.Notulist);
        var anna = await AnswerAndConcludeAsync(play);

        var saved = await play.Session.SaveDraft(notulist.Secret, Typed);
        var host = (await play.Session.GetFacilitatorView(play.HostKey)).Value!;
        var projector = JsonSerializer.Serialize((await play.Session.GetProjectorView()).Value);
        var tablet = JsonSerializer.Serialize((await play.Session.Resume(anna.SeatToken)).Value);

        Assert.True(saved.IsOk);
        Assert.Equal(new AgreementDraft("kaart-1", Typed), host.Draft);
        Assert.Null(host.Round.Agreement);
        Assert.DoesNotContain("Werkgroep dorpshuis", projector);
        Assert.DoesNotContain("Werkgroep dorpshuis", tablet);
    }

    [Fact]
    public async Task Next_card_with_an_unsaved_draft_is_refused_until_it_is_kept_and_then_the_afspraak_is_recorded()
    {
        var play = await OpenWithSeatAsync(cards: 2);
        await AnswerAndConcludeAsync(play);
        await play.Session.SaveDraft(play.HostKey, Typed);

        var refused = await play.Session.Command(play.HostKey, HostCommand.NextCard);
        var waiting = (await play.Session.GetFacilitatorView(play.HostKey)).Value!;
        var kept = (await play.Session.Command(play.HostKey, HostCommand.KeepDraft)).Value!;
        var next = (await play.Session.Command(play.HostKey, HostCommand.NextCard)).Value!;

        Assert.Equal(ErrorCode.DraftNotSaved, refused.Error);
        Assert.Equal((Phase.Afspraak, HostCommand.NextCard), (waiting.Round.Phase, waiting.NextCommand));
        Assert.Equal((Typed, (AgreementDraft?)null), (kept.Round.Agreement, kept.Draft));
        Assert.Equal((Phase.Situatie, 2), (next.Round.Phase, next.Round.Card!.Number));
    }

    [Fact]
    public async Task A_discarded_draft_is_gone_and_the_round_moves_on_without_an_afspraak()
    {
        var play = await OpenWithSeatAsync(cards: 1);
        await AnswerAndConcludeAsync(play);
        await play.Session.SaveDraft(play.HostKey, Typed);

        await play.Session.Command(play.HostKey, HostCommand.DiscardDraft);
        await play.AdvanceToAsync(Phase.Debrief);

        Assert.Empty((await play.Session.GetDebrief(play.HostKey)).Value!.Agreements);
    }

    [Fact]
    public async Task With_drafts_saved_on_next_the_typed_afspraak_is_recorded_by_moving_on()
    {
        var play = await OpenWithSeatAsync(cards: 1, settings => settings with { SaveDraftOnNext = true });
        await AnswerAndConcludeAsync(play);
        await play.Session.SaveDraft(play.HostKey, Typed);

        var next = await play.Session.Command(play.HostKey, HostCommand.NextCard);
        await play.AdvanceToAsync(Phase.Debrief);

        Assert.Equal(Phase.Slotvraag, next.Value!.Round.Phase);
        Assert.Equal([Typed], (await play.Session.GetDebrief(play.HostKey)).Value!.Agreements.Select(a => a.Agreement));
    }

    [Fact]
    public async Task Recording_the_afspraak_ends_its_draft_and_typing_what_is_recorded_is_no_draft()
    {
        var play = await OpenWithSeatAsync(cards: 2);
        await AnswerAndConcludeAsync(play);
        await play.Session.SaveDraft(play.HostKey, Typed with { Who = "Mar" });

        var recorded = (await play.Session.RecordAgreement(play.HostKey, Typed)).Value!;
        var same = (await play.Session.SaveDraft(play.HostKey, Typed)).Value!;
        var next = await play.Session.Command(play.HostKey, HostCommand.NextCard);

        Assert.Null(recorded.Draft);
        Assert.Null(same.Draft);
        Assert.True(next.IsOk);
    }

    [Fact]
    public async Task A_draft_outside_the_afspraak_or_with_unshown_characters_is_refused()
    {
        var play = await OpenWithSeatAsync();
        var early = await play.Session.SaveDraft(play.HostKey, Typed);
        await AnswerAndConcludeAsync(play);

        var hidden = await play.Session.SaveDraft(play.HostKey, Typed with { Who = "Mar\u202Eije" });
        var keepNothing = await play.Session.Command(play.HostKey, HostCommand.KeepDraft);

        Assert.Equal([ErrorCode.WrongPhase, ErrorCode.InvalidText, ErrorCode.NoDraft], [early.Error, hidden.Error, keepNothing.Error]);
    }

    private async Task<Play> OpenWithSeatAsync(int cards = 1, Func<SessionSettings, SessionSettings>? settings = null)
    {
        var play = await Play.OpenAsync(fixture.Grains, TestDecks.WithCards(cards), settings);
        await play.JoinAsync("Henk", TestDecks.Wethouder);
        return play;
    }

    private static async Task<ConsoleGranted> GrantAsync(Play play, ConsoleRole role) =>
        (await play.Session.GrantConsole(play.HostKey, role)).Value ?? throw new InvalidOperationException("No link handed out.");

    /// <summary>A seat answers the first card and the host steps on to its Afspraak.</summary>
    private static async Task<SeatTicket> AnswerAndConcludeAsync(Play play)
    {
        var anna = await play.JoinAsync("Anna", TestDecks.Bestuurslid);
        await play.StartChoosingAsync();
        await play.AnswerAsync(anna, Eigenaarschap.Gemeenschap, Regie.Gedeeld, "samen");
        await play.AdvanceToAsync(Phase.Afspraak);
        return anna;
    }
}
