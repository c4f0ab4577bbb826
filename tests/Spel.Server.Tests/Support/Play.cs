using Spel.Scenarios.Decks;
using Spel.Scenarios.Play;
using Spel.Server.Sessions;

namespace Spel.Server.Tests.Support;

/// <summary>Drives a session grain the way the screens do, failing loudly on any refusal.</summary>
public sealed class Play(ISessionGrain session, string hostKey)
{
    public ISessionGrain Session { get; } = session;

    public string HostKey { get; } = hostKey;

    /// <summary>Opens a session on <paramref name="deck"/>; <paramref name="settings"/> change the defaults (every card, everything off).</summary>
    public static async Task<Play> OpenAsync(IGrainFactory grains, Deck deck, Func<SessionSettings, SessionSettings>? settings = null)
    {
        var code = JoinCode.NewCode();
        var session = grains.GetGrain<ISessionGrain>(code);
        var chosen = (settings ?? (s => s))(SessionSettings.Default(deck.Cards.Select(c => c.Id)));
        var (snapshot, kept) = SessionSetup.Prepare(deck, chosen).Value;
        var hostKey = await session.Create(snapshot, kept) ?? throw new InvalidOperationException("Join code taken.");
        return new Play(session, hostKey);
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

    public async Task<ParticipantView> AnswerAsync(SeatTicket seat, Eigenaarschap eigenaarschap, Regie regie, string optionId) =>
        Expect(await Session.SubmitAnswer(seat.SeatToken, new Answer(eigenaarschap, regie, optionId)));

    private static T Expect<T>(Reply<T> reply) =>
        reply.Value ?? throw new InvalidOperationException($"Refused: {reply.Error}");
}
