using Spel.Scenarios.Decks;
using Spel.Scenarios.Play;
using Spel.Server.OtherVillages;
using Spel.Server.Realtime;

namespace Spel.Server.Sessions;

/// <summary>
/// Hosts one workshop. Every command is checked by the <see cref="SessionFlow"/>, saved, and only then
/// broadcast to the screens (write, then tell). Not reentrant: one command at a time.
/// </summary>
public sealed class SessionGrain : Grain, ISessionGrain
{
    private readonly IPersistentState<SessionState> _state;
    private readonly ILogger<SessionGrain> _logger;
    private readonly TimeProvider _time;
    private readonly ClusterServers _servers;
    private SessionFlow _flow = null!;
    private IGrainTimer? _countdown;

    public SessionGrain(
        [PersistentState("session", StorageNames.Sessions)] IPersistentState<SessionState> state,
        ILogger<SessionGrain> logger,
        TimeProvider time,
        ClusterServers servers)
    {
        _state = state;
        _logger = logger;
        _time = time;
        _servers = servers;
    }

    private SessionState State => _state.State;

    private string Code => this.GetPrimaryKeyString();

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        // Built once the saved state is loaded: the machine reads the phase as it is constructed.
        _flow = new SessionFlow(() => _state.State);
        ArmCountdown();
        return base.OnActivateAsync(cancellationToken);
    }

    public async Task<string?> Create(Deck deck, SessionSettings settings)
    {
        if (State.IsCreated)
        {
            return null;
        }

        var hostKey = Secrets.NewSecret();
        State.Deck = deck;
        State.Settings = settings;
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
        var isTable = State.Settings.SeatKind == SeatKind.Table;
        var refusal = Check(SessionTrigger.Join)
            ?? When(name.Length == 0, ErrorCode.NameRequired)
            ?? When(name.Length > Limits.NameLength, ErrorCode.NameTooLong)
            ?? When(!Enum.IsDefined(request.Side), ErrorCode.RoleNotOffered)
            ?? When(!isTable && State.Deck!.FindRole(request.RoleId ?? "")?.Side != request.Side, ErrorCode.RoleNotOffered);
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
            RoleId = isTable ? null : request.RoleId,
            Kind = State.Settings.SeatKind,
            JoinedAt = _time.GetUtcNow(),
        };
        State.Seats.Add(seat);
        _flow.Fire(SessionTrigger.Join);
        var views = await SaveAndBroadcastAsync();
        _logger.LogInformation("Session {Code}: seat {SeatId} ({Kind}) joined on side {Side}", Code, seat.Id, seat.Kind, seat.Side);
        return Reply<SeatTicket>.Ok(new SeatTicket(token, views.Participant(seat)));
    }

    public Task<Reply<ParticipantView>> Resume(string seatToken) =>
        Task.FromResult(!State.IsCreated
            ? Refused<ParticipantView>(ErrorCode.SessionNotFound, "resume")
            : FindSeat(seatToken) is { } seat
                ? Reply<ParticipantView>.Ok(Views.Participant(seat))
                : Refused<ParticipantView>(ErrorCode.UnknownSeat, "resume"));

    public Task<Reply<ParticipantView>> SubmitAnswer(string seatToken, Answer answer) =>
        FromSeat(seatToken, SessionTrigger.SubmitAnswer, "answer", seat =>
        {
            var card = State.CurrentCard!;
            if (!IsComplete(answer, card))
            {
                return ErrorCode.InvalidAnswer;
            }

            // A prediction counts only where the card asks for one; without it, a missing one is an incomplete answer.
            var asksPrediction = State.AsksPrediction(card);
            if (asksPrediction && !IsOnBoard(answer.Prediction))
            {
                return ErrorCode.InvalidAnswer;
            }

            Inputs(State.Answers, card.Id)[seat.Id] = asksPrediction ? answer : answer with { Prediction = null };
            return null;
        });

    public Task<Reply<ParticipantView>> SubmitRevote(string seatToken, Position revote) =>
        FromSeat(seatToken, SessionTrigger.SubmitRevote, "re-vote", seat =>
        {
            if (!IsOnBoard(revote))
            {
                return ErrorCode.InvalidAnswer;
            }

            Inputs(State.Revotes, State.CurrentCard!.Id)[seat.Id] = revote;
            return null;
        });

    public Task<Reply<ParticipantView>> SubmitPoints(string seatToken, FunctionPoints points) =>
        FromSeat(seatToken, SessionTrigger.SubmitPoints, "slotvraag", seat =>
        {
            if (points is not { IsValid: true })
            {
                return ErrorCode.InvalidPoints;
            }

            State.Points[seat.Id] = points;
            return null;
        });

    public Task<Reply<ProjectorView>> GetProjectorView() =>
        Task.FromResult(State.IsCreated
            ? Reply<ProjectorView>.Ok(Views.Projector())
            : Refused<ProjectorView>(ErrorCode.SessionNotFound, "watch projector"));

    public Task<Reply<FacilitatorView>> GetFacilitatorView(string hostKey) =>
        Task.FromResult(CheckHost(hostKey) is { } error
            ? Refused<FacilitatorView>(error, "watch as host")
            : Reply<FacilitatorView>.Ok(Views.Facilitator(_flow.NextCommand)));

    public async Task<Reply<FacilitatorView>> Command(string hostKey, HostCommand command)
    {
        var refusal = CheckHost(hostKey)
            ?? When(!Enum.IsDefined(command), ErrorCode.UnknownCommand)
            ?? Check(SessionFlow.ToTrigger(command));
        if (refusal is { } error)
        {
            return Refused<FacilitatorView>(error, $"command {command}");
        }

        var views = await StepAsync(command);
        return Reply<FacilitatorView>.Ok(views.Facilitator(_flow.NextCommand));
    }

    public async Task<Reply<FacilitatorView>> RecordAgreement(string hostKey, Agreement agreement)
    {
        var refusal = CheckHost(hostKey)
            ?? Check(SessionTrigger.RecordAgreement)
            ?? When(!IsWellFormed(agreement), ErrorCode.InvalidAgreement);
        if (refusal is { } error)
        {
            return Refused<FacilitatorView>(error, "record agreement");
        }

        State.Agreements[State.CurrentCard!.Id] = Tidy(agreement);
        _flow.Fire(SessionTrigger.RecordAgreement);
        var views = await SaveAndBroadcastAsync();
        _logger.LogInformation("Session {Code}: {Kind} recorded for card {Card}", Code, agreement.Kind, State.CardIndex + 1);
        return Reply<FacilitatorView>.Ok(views.Facilitator(_flow.NextCommand));
    }

    public Task<Reply<DebriefView>> GetDebrief(string hostKey)
    {
        var refusal = CheckHost(hostKey) ?? When(State.Phase != Phase.Debrief, ErrorCode.WrongPhase);
        return Task.FromResult(refusal is { } error
            ? Refused<DebriefView>(error, "debrief")
            : Reply<DebriefView>.Ok(Views.Debrief()!));
    }

    /// <summary>One step of the facilitator's (or of a countdown that may advance): the flow moves, the timers follow.</summary>
    private async Task<SessionViews> StepAsync(HostCommand command)
    {
        var card = State.CurrentCard;
        var phaseBefore = State.Phase;
        if (command == HostCommand.Reveal)
        {
            await LookUpOtherVillagesAsync(card!);
        }

        _flow.Fire(SessionFlow.ToTrigger(command));
        State.Timer = command switch
        {
            HostCommand.ExtendTimer => Extended(State.Timer!),
            HostCommand.StopTimer => null,
            _ => NewCountdown(),
        };
        var views = await SaveAndBroadcastAsync();
        ArmCountdown();
        _logger.LogInformation("Session {Code}: {Command} → {Phase}, card {Card}", Code, command, State.Phase, State.CardIndex + 1);

        if (command == HostCommand.NextCard && phaseBefore == Phase.Afspraak)
        {
            await ShareWithOtherVillagesAsync(card!);
        }

        return views;
    }

    private async Task LookUpOtherVillagesAsync(Card card)
    {
        try
        {
            var view = await GrainFactory.GetGrain<ICardTallyGrain>(CardTally.Key(State.Deck!.Id, card.Id)).Get(excludingSession: Code);
            if (view is null)
            {
                State.OtherVillages.Remove(card.Id);
            }
            else
            {
                State.OtherVillages[card.Id] = view;
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Other villages are a nice-to-have; a reveal never waits on them.
            _logger.LogWarning(ex, "Session {Code}: could not read other villages for card {CardId}", Code, card.Id);
        }
    }

    private async Task ShareWithOtherVillagesAsync(Card card)
    {
        var answers = State.AnswersTo(card.Id).Values.ToList();
        if (!State.Settings.ShareWithOtherVillages || answers.Count == 0)
        {
            return;
        }

        try
        {
            await GrainFactory.GetGrain<ICardTallyGrain>(CardTally.Key(State.Deck!.Id, card.Id)).Contribute(Code, answers);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _logger.LogWarning(ex, "Session {Code}: could not share card {CardId} with other villages", Code, card.Id);
        }
    }

    private RunningTimer? NewCountdown() =>
        State.Settings.TimerFor(State.Phase) is { } seconds
            ? new RunningTimer(State.Phase, seconds, _time.GetUtcNow().AddSeconds(seconds))
            : null;

    private RunningTimer Extended(RunningTimer timer)
    {
        var from = timer.EndsAt > _time.GetUtcNow() ? timer.EndsAt : _time.GetUtcNow();
        return timer with { Seconds = timer.Seconds + SessionSettings.ExtendSeconds, EndsAt = from.AddSeconds(SessionSettings.ExtendSeconds) };
    }

    /// <summary>A countdown only takes a step when the facilitator chose that; otherwise it just shows the time.</summary>
    private void ArmCountdown()
    {
        _countdown?.Dispose();
        _countdown = null;
        if (State.Timer is not { } timer || !State.Settings.TimersAdvance || timer.Phase != State.Phase)
        {
            return;
        }

        var due = timer.EndsAt - _time.GetUtcNow();
        _countdown = this.RegisterGrainTimer(
            CountdownEndedAsync,
            timer,
            new GrainTimerCreationOptions(due > TimeSpan.Zero ? due : TimeSpan.Zero, Timeout.InfiniteTimeSpan) { KeepAlive = true });
    }

    private async Task CountdownEndedAsync(RunningTimer timer, CancellationToken cancellationToken)
    {
        // The facilitator may have moved on, stopped or extended the countdown since it was armed.
        if (State.Timer != timer || _flow.NextCommand is not { } next)
        {
            return;
        }

        _logger.LogInformation("Session {Code}: the {Phase} countdown ended", Code, timer.Phase);
        await StepAsync(next);
    }

    private async Task<Reply<ParticipantView>> FromSeat(string seatToken, SessionTrigger trigger, string action, Func<Seat, ErrorCode?> record)
    {
        if (!State.IsCreated)
        {
            return Refused<ParticipantView>(ErrorCode.SessionNotFound, action);
        }

        var seat = FindSeat(seatToken);
        var refusal = When(seat is null, ErrorCode.UnknownSeat) ?? Check(trigger) ?? record(seat!);
        if (refusal is { } error)
        {
            return Refused<ParticipantView>(error, action);
        }

        _flow.Fire(trigger);
        var views = await SaveAndBroadcastAsync();
        return Reply<ParticipantView>.Ok(views.Participant(seat!));
    }

    private static Dictionary<string, T> Inputs<T>(Dictionary<string, Dictionary<string, T>> perCard, string cardId) =>
        perCard.TryGetValue(cardId, out var inputs) ? inputs : perCard[cardId] = [];

    private ErrorCode? Check(SessionTrigger trigger) =>
        State.IsCreated ? _flow.Refusal(trigger) : ErrorCode.SessionNotFound;

    private ErrorCode? CheckHost(string hostKey) =>
        !State.IsCreated ? ErrorCode.SessionNotFound
        : Secrets.Matches(hostKey, State.HostKeyHash) ? null
        : ErrorCode.WrongHostKey;

    private Seat? FindSeat(string seatToken) => Secrets.FindByToken(State.Seats, seatToken, seat => seat.TokenHash);

    private static bool IsComplete(Answer? answer, Card card) =>
        answer is not null
        && IsOnBoard(answer.Position)
        && card.FindOption(answer.OptionId) is not null;

    private static bool IsOnBoard(Position? position) =>
        position is not null && Enum.IsDefined(position.Eigenaarschap) && Enum.IsDefined(position.Regie);

    private static bool IsWellFormed(Agreement? agreement) =>
        agreement is not null
        && Enum.IsDefined(agreement.Kind)
        && (agreement.Owner is null || Enum.IsDefined(agreement.Owner.Value))
        && (agreement.Regie is null || Enum.IsDefined(agreement.Regie.Value))
        && (agreement.NextStep?.Trim().Length ?? 0) <= Limits.NextStepLength
        && (agreement.Who?.Trim().Length ?? 0) <= Limits.WhoLength
        && (agreement.Text?.Trim().Length ?? 0) <= Limits.AgreementTextLength;

    private static Agreement Tidy(Agreement agreement) => agreement with
    {
        NextStep = Blank(agreement.NextStep),
        Who = Blank(agreement.Who),
        Text = Blank(agreement.Text),
    };

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static ErrorCode? When(bool refused, ErrorCode error) => refused ? error : null;

    private SessionViews Views => new(State, Code, _time.GetUtcNow());

    private Reply<T> Refused<T>(ErrorCode error, string action)
    {
        _logger.LogInformation("Session {Code}: {Action} refused: {Reason}", Code, action, error.Describe());
        return Reply<T>.Refused(error);
    }

    /// <summary>
    /// Write, then tell: a screen never shows a change that a restart could lose. Returns the views of the saved
    /// change, built once for the broadcast and the caller's reply.
    /// </summary>
    private async Task<SessionViews> SaveAndBroadcastAsync()
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

        var views = Views;
        await _servers.TellAsync(() => new SessionBroadcast(
            Code,
            views.Projector(),
            views.Facilitator(_flow.NextCommand),
            State.Seats.Select(views.Participant).ToList()));

        return views;
    }
}
