using Orleans.Utilities;
using Spel.Scenarios.Decks;
using Spel.Scenarios.Play;

namespace Spel.Server.Sessions;

/// <summary>
/// Hosts one workshop. Every command is checked by the <see cref="SessionFlow"/>, saved, and only then
/// broadcast to the screens (write, then tell). Not reentrant: one command at a time.
/// </summary>
public sealed class SessionGrain : Grain, ISessionGrain
{
    /// <summary>Web servers renew their subscription well within this time.</summary>
    public static readonly TimeSpan SubscriptionLifetime = TimeSpan.FromMinutes(1);

    private readonly IPersistentState<SessionState> _state;
    private readonly ILogger<SessionGrain> _logger;
    private readonly TimeProvider _time;
    private readonly ObserverManager<ISessionObserver> _observers;
    private SessionFlow _flow = null!;

    public SessionGrain(
        [PersistentState("session", StorageNames.Sessions)] IPersistentState<SessionState> state,
        ILogger<SessionGrain> logger,
        TimeProvider time)
    {
        _state = state;
        _logger = logger;
        _time = time;
        _observers = new ObserverManager<ISessionObserver>(SubscriptionLifetime, logger);
    }

    private SessionState State => _state.State;

    private string Code => this.GetPrimaryKeyString();

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        // Built once the saved state is loaded: the machine reads the phase as it is constructed.
        _flow = new SessionFlow(() => _state.State);
        return base.OnActivateAsync(cancellationToken);
    }

    public async Task<string?> Create(Deck deck)
    {
        if (State.IsCreated)
        {
            return null;
        }

        var hostKey = Secrets.NewSecret();
        State.Deck = deck;
        State.HostKeyHash = Secrets.Hash(hostKey);
        State.CreatedAt = _time.GetUtcNow();
        await SaveAndBroadcastAsync();
        _logger.LogInformation("Session {Code} created with deck {DeckId} ({CardCount} cards)", Code, deck.Id, deck.Cards.Count);
        return hostKey;
    }

    public Task<Reply<JoinInfo>> GetJoinInfo() =>
        Task.FromResult(State.IsCreated
            ? Reply<JoinInfo>.Ok(SessionViews.JoinInfo(State, Code))
            : Reply<JoinInfo>.Refused(ErrorCode.SessionNotFound));

    public async Task<Reply<SeatTicket>> Join(JoinRequest request)
    {
        var name = request.Name?.Trim() ?? "";
        var refusal = Check(SessionTrigger.Join)
            ?? When(name.Length == 0, ErrorCode.NameRequired)
            ?? When(name.Length > Limits.NameLength, ErrorCode.NameTooLong)
            ?? When(State.Deck!.FindRole(request.RoleId)?.Side != request.Side, ErrorCode.RoleNotOffered);
        if (refusal is { } error)
        {
            return Refused<SeatTicket>(error, "join");
        }

        var token = Secrets.NewSecret();
        var seat = new Seat
        {
            Id = Secrets.NewId(),
            TokenHash = Secrets.Hash(token),
            Name = name,
            Side = request.Side,
            RoleId = request.RoleId,
            JoinedAt = _time.GetUtcNow(),
        };
        State.Seats.Add(seat);
        _flow.Fire(SessionTrigger.Join);
        await SaveAndBroadcastAsync();
        _logger.LogInformation("Session {Code}: seat {SeatId} joined on side {Side}", Code, seat.Id, seat.Side);
        return Reply<SeatTicket>.Ok(new SeatTicket(token, Views.Participant(seat)));
    }

    public Task<Reply<ParticipantView>> Resume(string seatToken) =>
        Task.FromResult(!State.IsCreated
            ? Refused<ParticipantView>(ErrorCode.SessionNotFound, "resume")
            : FindSeat(seatToken) is { } seat
                ? Reply<ParticipantView>.Ok(Views.Participant(seat))
                : Refused<ParticipantView>(ErrorCode.UnknownSeat, "resume"));

    public async Task<Reply<ParticipantView>> SubmitAnswer(string seatToken, Answer answer)
    {
        if (!State.IsCreated)
        {
            return Refused<ParticipantView>(ErrorCode.SessionNotFound, "answer");
        }

        var seat = FindSeat(seatToken);
        var card = State.CurrentCard;
        var refusal = When(seat is null, ErrorCode.UnknownSeat)
            ?? Check(SessionTrigger.SubmitAnswer)
            ?? When(!IsComplete(answer, card!), ErrorCode.InvalidAnswer);
        if (refusal is { } error)
        {
            return Refused<ParticipantView>(error, "answer");
        }

        if (!State.Answers.TryGetValue(card!.Id, out var answers))
        {
            State.Answers[card.Id] = answers = [];
        }

        answers[seat!.Id] = answer;
        _flow.Fire(SessionTrigger.SubmitAnswer);
        await SaveAndBroadcastAsync();
        return Reply<ParticipantView>.Ok(Views.Participant(seat));
    }

    public Task<Reply<ProjectorView>> GetProjectorView() =>
        Task.FromResult(State.IsCreated
            ? Reply<ProjectorView>.Ok(Views.Projector())
            : Refused<ProjectorView>(ErrorCode.SessionNotFound, "watch projector"));

    public Task<Reply<FacilitatorView>> GetFacilitatorView(string hostKey) =>
        Task.FromResult(CheckHost(hostKey) is { } error
            ? Refused<FacilitatorView>(error, "watch as host")
            : Reply<FacilitatorView>.Ok(FacilitatorView()));

    public async Task<Reply<FacilitatorView>> Command(string hostKey, HostCommand command)
    {
        var refusal = CheckHost(hostKey)
            ?? When(!Enum.IsDefined(command), ErrorCode.UnknownCommand)
            ?? Check(SessionFlow.ToTrigger(command));
        if (refusal is { } error)
        {
            return Refused<FacilitatorView>(error, $"command {command}");
        }

        _flow.Fire(SessionFlow.ToTrigger(command));
        await SaveAndBroadcastAsync();
        _logger.LogInformation("Session {Code}: {Command} → {Phase}, card {Card}", Code, command, State.Phase, State.CardIndex + 1);
        return Reply<FacilitatorView>.Ok(FacilitatorView());
    }

    public Task Subscribe(ISessionObserver observer)
    {
        _observers.Subscribe(observer, observer);
        return Task.CompletedTask;
    }

    public Task Unsubscribe(ISessionObserver observer)
    {
        _observers.Unsubscribe(observer);
        return Task.CompletedTask;
    }

    private ErrorCode? Check(SessionTrigger trigger) =>
        State.IsCreated ? _flow.Refusal(trigger) : ErrorCode.SessionNotFound;

    private ErrorCode? CheckHost(string hostKey) =>
        !State.IsCreated ? ErrorCode.SessionNotFound
        : Secrets.Matches(hostKey, State.HostKeyHash) ? null
        : ErrorCode.WrongHostKey;

    private Seat? FindSeat(string seatToken) => Secrets.FindByToken(State.Seats, seatToken, seat => seat.TokenHash);

    private static bool IsComplete(Answer? answer, Card card) =>
        answer is not null
        && Enum.IsDefined(answer.Eigenaarschap)
        && Enum.IsDefined(answer.Regie)
        && card.FindOption(answer.OptionId) is not null;

    private static ErrorCode? When(bool refused, ErrorCode error) => refused ? error : null;

    private SessionViews Views => new(State, Code);

    private FacilitatorView FacilitatorView() => Views.Facilitator(_flow.NextCommand);

    private Reply<T> Refused<T>(ErrorCode error, string action)
    {
        _logger.LogInformation("Session {Code}: {Action} refused: {Reason}", Code, action, error.Describe());
        return Reply<T>.Refused(error);
    }

    /// <summary>Write, then tell: a screen never shows a change that a restart could lose.</summary>
    private async Task SaveAndBroadcastAsync()
    {
        State.Version++;
        try
        {
            await _state.WriteStateAsync();
        }
        catch
        {
            // The change lives only in memory now; drop this activation so the next call starts from what was saved.
            DeactivateOnIdle();
            throw;
        }

        if (_observers.Count == 0)
        {
            return;
        }

        var views = Views;
        var broadcast = new SessionBroadcast(
            Code,
            views.Projector(),
            views.Facilitator(_flow.NextCommand),
            State.Seats.Select(views.Participant).ToList());
        await _observers.Notify(observer => observer.SessionChanged(broadcast));
    }
}
