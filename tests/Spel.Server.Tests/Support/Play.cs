using Spel.Scenarios.Decks;
using Spel.Scenarios.Play;
using Spel.Server.Sessions;

namespace Spel.Server.Tests.Support;

/// <summary>Drives a session grain the way the screens do, failing loudly on any refusal.</summary>
public sealed class Play(ISessionGrain session, SessionKeys keys)
{
    public ISessionGrain Session { get; } = session;

    public string HostKey { get; } = keys.HostKey;

    /// <summary>The code the facilitator wrote down at creation.</summary>
    public string RecoveryCode { get; } = keys.RecoveryCode;

    /// <summary>Opens a session on <paramref name="deck"/>; <paramref name="settings"/> change the defaults (every card, everything off).</summary>
    public static async Task<Play> OpenAsync(IGrainFactory grains, Deck deck, Func<SessionSettings, SessionSettings>? settings = null)
    {
        var code = JoinCode.NewCode();
        var session = grains.GetGrain<ISessionGrain>(code);
        var chosen = (settings ?? (s => s))(SessionSettings.Default(deck.Cards.Select(c => c.Id)));
        var (snapshot, kept) = SessionSetup.Prepare(deck, chosen).Value;
        var keys = await session.Create(snapshot, kept) ?? throw new InvalidOperationException("Join code taken.");
        return new Play(session, keys);
    }

    public string Code => Session.GetPrimaryKeyString();

    public async Task<SeatTicket> JoinAsync(string name, Role role) =>
        Expect(await Session.Join(new JoinRequest(name, role.Side, role.Id)));

    public async Task<FacilitatorView> CommandAsync(HostCommand command) =>
        Expect(await Session.Command(HostKey, command));

    /// <summary>Starts the session and opens the first card for answers.</summary>
    public async Task<FacilitatorView> StartChoosingAsync()
    {
        await CommandAsync(HostCommand.Start);
        return await CommandAsync(HostCommand.OpenChoosing);
    }

    public async Task<ParticipantView> AnswerAsync(SeatTicket seat, Eigenaarschap eigenaarschap, Regie regie, string optionId, Position? prediction = null) =>
        Expect(await Session.SubmitAnswer(seat.SeatToken, new Answer(eigenaarschap, regie, optionId, prediction)));

    public async Task<ParticipantView> RevoteAsync(SeatTicket seat, Eigenaarschap eigenaarschap, Regie regie, string optionId = "samen") =>
        Expect(await Session.SubmitRevote(seat.SeatToken, new Position(eigenaarschap, regie), optionId));

    public async Task<ParticipantView> PointsAsync(SeatTicket seat, FunctionPoints points) =>
        Expect(await Session.SubmitPoints(seat.SeatToken, points));

    public async Task<FacilitatorView> AgreeAsync(Agreement agreement) =>
        Expect(await Session.RecordAgreement(HostKey, agreement));

    /// <summary>Moves on to <paramref name="phase"/> (an Afspraak) and records <paramref name="agreement"/> there.</summary>
    public async Task<FacilitatorView> AgreeAfterAsync(Phase phase, Agreement agreement)
    {
        await AdvanceToAsync(phase);
        return await AgreeAsync(agreement);
    }

    /// <summary>Takes the facilitator's step forward until the session reaches <paramref name="phase"/>.</summary>
    public async Task<FacilitatorView> AdvanceToAsync(Phase phase)
    {
        var view = Expect(await Session.GetFacilitatorView(HostKey));
        while (view.Round.Phase != phase)
        {
            view = await CommandAsync(view.NextCommand ?? throw new InvalidOperationException($"Stuck in {view.Round.Phase} before {phase}."));
        }

        return view;
    }

    private static T Expect<T>(Reply<T> reply) =>
        reply.Value ?? throw new InvalidOperationException($"Refused: {reply.Error}");
}
