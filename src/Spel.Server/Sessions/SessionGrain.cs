using Spel.Scenarios.Decks;
using Spel.Scenarios.Play;
using Spel.Server.Hosting;
using Spel.Server.OtherVillages;
using Spel.Server.Realtime;

namespace Spel.Server.Sessions;

/// <summary>
/// Hosts one workshop. Every command is checked by the <see cref="SessionFlow"/>, saved, and only then
/// broadcast to the screens (write, then tell). Not reentrant: one command at a time.
/// </summary>
public sealed class SessionGrain : Grain, ISessionGrain
{
    /// <summary>The name of the session's state in grain storage.</summary>
    public const string StateName = "session";

    /// <summary>The name of the session's deck snapshot in grain storage, saved apart from the rest of its state.</summary>
    public const string DeckStateName = "deck";

    /// <summary>The name of the inputs to the card on the table in grain storage, saved apart so that an answer writes little.</summary>
    public const string InputsStateName = "inputs";

    /// <summary>How long a tally of other villages may take before the session gives up on it for this card.</summary>
    public static readonly TimeSpan OtherVillagesWait = TimeSpan.FromSeconds(5);

    private readonly IPersistentState<SessionState> _state;
    private readonly IPersistentState<SessionDeck> _deck;
    private readonly IPersistentState<SessionInputs> _inputs;
    private readonly ILogger<SessionGrain> _logger;
    private readonly TimeProvider _time;
    private readonly ClusterServers _servers;
    private readonly GameMetrics _metrics;
    private readonly SessionBroadcasts _broadcasts = new();
    private readonly SeatPresence _presence;

    // A session activated again (a failover, a restart, an idle one woken) does not know which tablets are connected:
    // its first push to the tablets asks every seat to resume, which tells it.
    private bool _relearnPresence;
    private SessionFlow _flow = null!;
    private IGrainTimer? _countdown;
    private bool _deckSavedThisActivation;

    public SessionGrain(
        [PersistentState(StateName, StorageNames.Sessions)] IPersistentState<SessionState> state,
        [PersistentState(DeckStateName, StorageNames.Sessions)] IPersistentState<SessionDeck> deck,
        [PersistentState(InputsStateName, StorageNames.Sessions)] IPersistentState<SessionInputs> inputs,
        ILogger<SessionGrain> logger,
        TimeProvider time,
        ClusterServers servers,
        GameMetrics metrics,
        IClusterMembershipService membership)
    {
        _presence = new SeatPresence(server => membership.CurrentSnapshot.GetSiloStatus(server) == SiloStatus.Dead);
        _state = state;
        _deck = deck;
        _inputs = inputs;
        _logger = logger;
        _time = time;
        _servers = servers;
        _metrics = metrics;
    }

    private SessionState State => _state.State;

    private string Code => this.GetPrimaryKeyString();

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        // A session saved before the deck was saved apart holds it inside; a deck without a session (a crash within
        // Create) stays unused.
        if (_state.RecordExists && _deck.State.Deck is { } deck)
        {
            State.Deck = deck;
        }

        // Answers given since the session's last save of its own were saved apart, with a higher version.
        if (_state.RecordExists && _inputs.RecordExists)
        {
            _inputs.State.Restore(State);
        }

        // Built once the saved state is loaded: the machine reads the phase as it is constructed.
        _flow = new SessionFlow(() => _state.State, _time);
        _relearnPresence = State.Seats.Count > 0;
        ArmCountdown();
        _metrics.SessionActivated();
        return base.OnActivateAsync(cancellationToken);
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        _metrics.SessionDeactivated();
        return base.OnDeactivateAsync(reason, cancellationToken);
    }

    public async Task<SessionKeys?> Create(Deck deck, SessionSettings settings)
    {
        if (State.IsCreated)
        {
            return null;
        }

        var hostKey = Secrets.NewSecret();
        var recoveryCode = Secrets.NewRecoveryCode();
        State.Deck = deck;
        State.Settings = settings;
        State.HostKeyHash = Secrets.Hash(hostKey);
        State.RecoveryCodeHash = Secrets.Hash(recoveryCode);
        State.CreatedAt = _time.GetUtcNow();
        await SaveAndBroadcastAsync();
        _logger.LogInformation("Session {Code} created with deck {DeckId} ({CardCount} cards)", Code, deck.Id, deck.Cards.Count);
        return new SessionKeys(hostKey, recoveryCode);
    }

    public Task<Reply<JoinInfo>> GetJoinInfo() =>
        Task.FromResult(State.IsCreated
            ? Reply<JoinInfo>.Ok(SessionViews.JoinInfo(State, Code))
            : Reply<JoinInfo>.Refused(ErrorCode.SessionNotFound));

    public async Task<Reply<SeatTicket>> Join(JoinRequest request)
    {
        var name = UserText.Clean(request.Name);
        var isTable = State.Settings.SeatKind == SeatKind.Table;
        var refusal = Check(SessionTrigger.Join)
            ?? NameRefusal(name)
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
            Name = name!,
            Side = request.Side,
            RoleId = isTable ? null : request.RoleId,
            Kind = State.Settings.SeatKind,
            JoinedAt = _time.GetUtcNow(),
        };
        _flow.Fire(SessionTrigger.Join, () => State.Seats.Add(seat));
        var views = await SaveAndBroadcastAsync(ChangeScope.Overview);
        _logger.LogInformation("Session {Code}: seat {SeatId} ({Kind}) joined on side {Side}", Code, seat.Id, seat.Kind, seat.Side);
        return Reply<SeatTicket>.Ok(new SeatTicket(token, views.Participant(seat)));
    }

    public Task<Reply<ParticipantView>> Resume(string seatToken) =>
        Task.FromResult(!State.IsCreated
            ? Refused<ParticipantView>(ErrorCode.SessionNotFound, "resume")
            : FindSeat(seatToken) is { } seat
                ? Reply<ParticipantView>.Ok(Views.Participant(seat))
                : Refused<ParticipantView>(UnknownSeatReason(seatToken), "resume"));

    public Task<Reply<ParticipantView>> SubmitAnswer(string seatToken, Answer answer) =>
        FromSeat(seatToken, SessionTrigger.SubmitAnswer, "answer", seat =>
        {
            var card = State.CurrentCard!;
            if (!IsComplete(answer, card))
            {
                return SeatInput.Refuse(ErrorCode.InvalidAnswer);
            }

            // A prediction counts only where the card asks for one; without it, a missing one is an incomplete answer.
            var asksPrediction = State.AsksPrediction(card);
            if (asksPrediction && !IsOnBoard(answer.Prediction))
            {
                return SeatInput.Refuse(ErrorCode.InvalidAnswer);
            }

            var kept = asksPrediction ? answer : answer with { Prediction = null };
            return SeatInput.Keep(Inputs(State.Answers, card.Id), seat.Id, kept);
        });

    public Task<Reply<ParticipantView>> SubmitRevote(string seatToken, Position revote, string? optionId) =>
        FromSeat(seatToken, SessionTrigger.SubmitRevote, "re-vote", seat =>
        {
            var card = State.CurrentCard!;
            if (!IsOnBoard(revote))
            {
                return SeatInput.Refuse(ErrorCode.InvalidAnswer);
            }

            // Where the card asks the action question the second vote asks it too; elsewhere an option means nothing.
            var asksAction = card.Questions.HasFlag(CardQuestions.Action);
            if (asksAction && (optionId is null || card.FindOption(optionId) is null))
            {
                return SeatInput.Refuse(ErrorCode.InvalidRevoteOption);
            }

            var option = asksAction ? optionId : null;
            if (State.RevotesTo(card.Id).GetValueOrDefault(seat.Id) == revote && State.RevoteOptionsTo(card.Id).GetValueOrDefault(seat.Id) == option)
            {
                return SeatInput.Unchanged;
            }

            return SeatInput.Do(() =>
            {
                Inputs(State.Revotes, card.Id)[seat.Id] = revote;
                if (option is null)
                {
                    Inputs(State.RevoteOptions, card.Id).Remove(seat.Id);
                }
                else
                {
                    Inputs(State.RevoteOptions, card.Id)[seat.Id] = option;
                }
            });
        });

    public Task<Reply<ParticipantView>> SubmitPoints(string seatToken, FunctionPoints points) =>
        FromSeat(seatToken, SessionTrigger.SubmitPoints, "slotvraag", seat =>
            points is { IsValid: true }
                ? SeatInput.Keep(State.Points, seat.Id, points)
                : SeatInput.Refuse(ErrorCode.InvalidPoints));

    public Task<Reply<ProjectorView>> GetProjectorView() =>
        Task.FromResult(State.IsCreated
            ? Reply<ProjectorView>.Ok(Views.Projector())
            : Refused<ProjectorView>(ErrorCode.SessionNotFound, "watch projector"));

    public Task<Reply<FacilitatorView>> GetFacilitatorView(string hostKey) =>
        Task.FromResult(CheckConsole(hostKey) is { } error
            ? Refused<FacilitatorView>(error, "watch as host")
            : Reply<FacilitatorView>.Ok(Facilitator(Views)));

    public async Task<Reply<FacilitatorView>> Command(string hostKey, HostCommand command)
    {
        var refusal = (IsAboutTheDraft(command) ? CheckConsole(hostKey) : CheckHost(hostKey))
            ?? When(!Enum.IsDefined(command), ErrorCode.UnknownCommand)
            ?? Check(SessionFlow.ToTrigger(command));
        if (refusal is { } error)
        {
            return Refused<FacilitatorView>(error, $"command {command}");
        }

        var views = await StepAsync(command);
        return Reply<FacilitatorView>.Ok(Facilitator(views));
    }

    public async Task<Reply<FacilitatorView>> RecordAgreement(string hostKey, Agreement agreement)
    {
        if (AgreementFrom(hostKey, SessionTrigger.RecordAgreement, agreement, out var tidy) is { } error)
        {
            return Refused<FacilitatorView>(error, "record agreement");
        }

        _flow.Fire(SessionTrigger.RecordAgreement, () =>
        {
            State.Agreements[State.CurrentCard!.Id] = tidy!;
            State.Draft = null;
        });
        var views = await SaveAndBroadcastAsync();
        _logger.LogInformation("Session {Code}: {Kind} recorded for card {Card}", Code, tidy!.Kind, State.CardIndex + 1);
        return Reply<FacilitatorView>.Ok(Facilitator(views));
    }

    public Task<Reply<DebriefView>> GetDebrief(string hostKey)
    {
        var refusal = CheckConsole(hostKey) ?? When(State.Phase != Phase.Debrief, ErrorCode.WrongPhase);
        return Task.FromResult(refusal is { } error
            ? Refused<DebriefView>(error, "debrief")
            : Reply<DebriefView>.Ok(Views.Debrief()!));
    }

    public async Task<Reply<bool>> Delete(string hostKey)
    {
        if (CheckMain(hostKey) is { } error)
        {
            return Refused<bool>(error, "delete");
        }

        var shared = State.Settings.ShareWithOtherVillages ? State.Deck!.Cards.Select(Tally).ToList() : [];
        await _state.ClearStateAsync();
        await _deck.ClearStateAsync();
        await _inputs.ClearStateAsync();
        _state.State = new SessionState();
        _deck.State = new SessionDeck();
        _inputs.State = new SessionInputs();
        _deckSavedThisActivation = false;
        _countdown?.Dispose();
        _countdown = null;
        DeactivateOnIdle();
        _logger.LogInformation("Session {Code} deleted by its facilitator", Code);

        // The tallies hold no names, but the promise is that the session's answers are gone: wait for them, briefly.
        try
        {
            await Task.WhenAll(shared.Select(tally => tally.Withdraw(Code))).WaitAsync(OtherVillagesWait, _time);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _logger.LogWarning(ex, "Session {Code}: could not withdraw its answers from every other-villages tally", Code);
        }

        return Reply<bool>.Ok(true);
    }

    /// <summary>
    /// Takes in what other villages chose on a card, read after its reveal without holding up the session. It
    /// only lands while that card is still on the table and only when it differs from what the session holds.
    /// </summary>
    public async Task OtherVillagesRead(string cardId, OtherVillagesView? view)
    {
        var known = State.OtherVillages.GetValueOrDefault(cardId);
        if (State.CurrentCard?.Id != cardId || !State.Phase.ShowsBoard() || Equals(known, view))
        {
            return;
        }

        if (view is null)
        {
            State.OtherVillages.Remove(cardId);
        }
        else
        {
            State.OtherVillages[cardId] = view;
        }

        await SaveAndBroadcastAsync(ChangeScope.Overview);
    }

    // Seats (issue 10, seats part) ---------------------------------------------------------------------------------

    /// <summary>How long a session stays active while a tablet is connected, so the console keeps knowing who is.</summary>
    public static readonly TimeSpan PresenceKeepsActive = TimeSpan.FromHours(3);

    public async Task<Reply<FacilitatorView>> RemoveSeat(string hostKey, string seatId)
    {
        var seat = State.FindSeatById(seatId);
        var refusal = CheckHost(hostKey)
            ?? Check(SessionTrigger.RemoveSeat)
            ?? When(seat is null, ErrorCode.SeatNotFound);
        if (refusal is { } error)
        {
            return Refused<FacilitatorView>(error, "remove seat");
        }

        _flow.Fire(SessionTrigger.RemoveSeat, () => State.RemoveSeat(seat!));
        _logger.LogInformation("Session {Code}: seat {SeatId} removed by the facilitator", Code, seat!.Id);
        return await SeatsChangedAsync(seat.Id, answersLeft: true);
    }

    public async Task<Reply<FacilitatorView>> MoveSeat(string hostKey, string seatId, Side side, string? roleId)
    {
        var seat = State.FindSeatById(seatId);
        var isTable = seat?.Kind == SeatKind.Table;
        var refusal = CheckHost(hostKey)
            ?? Check(SessionTrigger.MoveSeat)
            ?? When(seat is null, ErrorCode.SeatNotFound)
            ?? When(!Enum.IsDefined(side), ErrorCode.RoleNotOffered)
            ?? When(!isTable && State.Deck!.FindRole(roleId ?? "")?.Side != side, ErrorCode.RoleNotOffered);
        if (refusal is { } error)
        {
            return Refused<FacilitatorView>(error, "move seat");
        }

        var role = isTable ? null : roleId;
        if (seat!.Side == side && seat.RoleId == role)
        {
            return Reply<FacilitatorView>.Ok(Facilitator(Views));
        }

        _flow.Fire(SessionTrigger.MoveSeat, () =>
        {
            seat.Side = side;
            seat.RoleId = role;
        });
        _logger.LogInformation("Session {Code}: seat {SeatId} moved to side {Side}", Code, seat.Id, side);
        return await SeatsChangedAsync(seat.Id, answersLeft: false);
    }

    public async Task<Reply<FacilitatorView>> MergeSeats(string hostKey, string seatId, string intoSeatId)
    {
        var merged = State.FindSeatById(seatId);
        var kept = State.FindSeatById(intoSeatId);
        var refusal = CheckHost(hostKey)
            ?? Check(SessionTrigger.MergeSeats)
            ?? When(seatId == intoSeatId, ErrorCode.MergeWithItself)
            ?? When(merged is null || kept is null, ErrorCode.SeatNotFound);
        if (refusal is { } error)
        {
            return Refused<FacilitatorView>(error, "merge seats");
        }

        _flow.Fire(SessionTrigger.MergeSeats, () => State.MergeSeat(merged!, kept!));
        _logger.LogInformation("Session {Code}: seat {SeatId} merged into seat {KeptId}", Code, merged!.Id, kept!.Id);
        return await SeatsChangedAsync(merged.Id, answersLeft: true);
    }

    public async Task SeatConnected(string seatId, SiloAddress server, string connectionId)
    {
        if (State.FindSeatById(seatId) is null)
        {
            return;
        }

        DelayDeactivation(PresenceKeepsActive);
        if (_presence.Connected(seatId, server, connectionId))
        {
            await SaveAndBroadcastAsync(ChangeScope.Overview, written: Written.Inputs);
        }
    }

    public async Task SeatDisconnected(string seatId, SiloAddress server, string connectionId)
    {
        if (State.FindSeatById(seatId) is not null && _presence.Disconnected(seatId, server, connectionId))
        {
            await SaveAndBroadcastAsync(ChangeScope.Overview, written: Written.Inputs);
        }
    }

    /// <summary>
    /// After a seat was removed, moved or merged: every screen hears of it (the tallies and the side counts changed), and
    /// the seat's own tablet reads its view again. Cards already shared with other villages are shared again without
    /// the answers that left.
    /// </summary>
    private async Task<Reply<FacilitatorView>> SeatsChangedAsync(string seatId, bool answersLeft)
    {
        if (State.FindSeatById(seatId) is null)
        {
            _presence.Forget(seatId);
        }

        var views = await SaveAndBroadcastAsync(ChangeScope.Everyone, [seatId]);
        if (answersLeft && State.Settings.ShareWithOtherVillages)
        {
            foreach (var card in CardsShared())
            {
                ShareAgainWithOtherVillages(card);
            }
        }

        return Reply<FacilitatorView>.Ok(Facilitator(views));
    }

    /// <summary>The cards whose answers went to the other villages' tallies: every card left after its Afspraak.</summary>
    private IEnumerable<Card> CardsShared() =>
        State.Phase is Phase.Lobby ? []
        : State.Phase is Phase.Slotvraag or Phase.Debrief ? State.Deck!.Cards
        : State.Deck!.Cards.Take(State.CardIndex);

    /// <summary>Replaces this session's share of a card's tally with the answers it holds now (none: withdrawn).</summary>
    private void ShareAgainWithOtherVillages(Card card)
    {
        var answers = State.AnswersTo(card.Id).Values.ToList();
        var tally = Tally(card);
        var tallyId = TallyId;
        OffTurn("share again with other villages", card, () =>
            (answers.Count == 0 ? tally.Withdraw(Code) : tally.Contribute(Code, tallyId, answers)).WaitAsync(OtherVillagesWait, _time));
    }

    /// <summary>A token the session does not know: one of a seat the facilitator removed, or just unknown (stale or forged).</summary>
    private ErrorCode UnknownSeatReason(string seatToken) =>
        Secrets.FindByToken(State.RemovedSeatTokens, seatToken, hash => hash) is null ? ErrorCode.UnknownSeat : ErrorCode.SeatRemoved;

    /// <summary>One step of the facilitator's (or of a countdown that may advance): the flow moves, the timers follow.</summary>
    private async Task<SessionViews> StepAsync(HostCommand command)
    {
        var card = State.CurrentCard;
        var phaseBefore = State.Phase;
        _flow.Fire(SessionFlow.ToTrigger(command));
        State.Timer = command switch
        {
            HostCommand.ExtendTimer => Extended(State.Timer!),
            HostCommand.StopTimer => null,

            // The machine froze, thawed or restored the countdown: the phase goes on with the time it had left.
            HostCommand.Pause or HostCommand.Resume or HostCommand.Undo => State.Timer,

            // Showing or hiding what happened in practice is no step: the phase's countdown runs on.
            HostCommand.ShowPractice or HostCommand.HidePractice => State.Timer,
            _ when IsAboutTheDraft(command) => State.Timer,
            _ => NewCountdown(),
        };
        var views = await SaveAndBroadcastAsync();
        ArmCountdown();
        _logger.LogInformation("Session {Code}: {Command} → {Phase}, card {Card}", Code, command, State.Phase, State.CardIndex + 1);

        if (command == HostCommand.Reveal)
        {
            LookUpOtherVillages(card!);
        }
        else if (command == HostCommand.NextCard && phaseBefore == Phase.Afspraak)
        {
            ShareWithOtherVillages(card!);
        }

        return views;
    }

    /// <summary>
    /// Other villages are a nice-to-have: the tally is read off the session's turn, and what it says comes back as
    /// a call of its own (<see cref="OtherVillagesRead"/>), so a slow or failing tally never holds a join or an answer.
    /// </summary>
    private void LookUpOtherVillages(Card card)
    {
        var tally = Tally(card);
        var self = this.AsReference<ISessionGrain>();
        OffTurn("read other villages", card, async () =>
        {
            var view = await tally.Get(excludingSession: Code).WaitAsync(OtherVillagesWait, _time);
            await self.OtherVillagesRead(card.Id, view);
        });
    }

    private void ShareWithOtherVillages(Card card)
    {
        var answers = State.AnswersTo(card.Id).Values.ToList();
        if (!State.Settings.ShareWithOtherVillages || answers.Count == 0)
        {
            return;
        }

        var tally = Tally(card);
        var tallyId = TallyId;
        OffTurn("share with other villages", card, () => tally.Contribute(Code, tallyId, answers).WaitAsync(OtherVillagesWait, _time));
    }

    /// <summary>
    /// This session's first votes on every card it shared with other villages, for its tally file. The session is
    /// named by its tally id only, never by its code, seats or roles.
    /// </summary>
    public Task<Reply<SessionTally>> GetTally(string hostKey)
    {
        var refusal = CheckConsole(hostKey) ?? When(!State.Settings.ShareWithOtherVillages, ErrorCode.TallyNotShared);
        return Task.FromResult(refusal is { } error
            ? Refused<SessionTally>(error, "export tally")
            : Reply<SessionTally>.Ok(new SessionTally(TallyId, State.Deck!.Id, CardsShared()
                .Select(card => (card.Id, Answers: State.AnswersTo(card.Id).Values.Select(a => new SharedAnswer(a.Eigenaarschap, a.Regie, a.OptionId)).ToList()))
                .Where(card => card.Answers.Count > 0)
                .ToDictionary(card => card.Id, card => card.Answers, StringComparer.Ordinal))));
    }

    /// <summary>
    /// The session's anonymous id in tally files: derived one way from the host key's hash, so it is random (the key
    /// is), stays the same for the session's life without being saved, and tells nothing about the code or the key.
    /// It reads the state, so work off the grain's turn takes it along rather than reading it there.
    /// </summary>
    private string TallyId => Secrets.TallyId(State.HostKeyHash);

    private ICardTallyGrain Tally(Card card) => GrainFactory.GetGrain<ICardTallyGrain>(CardTally.Key(State.Deck!.Id, card.Id));

    /// <summary>Runs <paramref name="work"/> on the thread pool, outside this grain's turn; a failure is logged, never thrown.</summary>
    private void OffTurn(string what, Card card, Func<Task> work)
    {
        var code = Code;
        _ = Task.Run(async () =>
        {
            try
            {
                await work();
            }
            catch (Exception ex)
            {
                _logger.LogWarning(ex, "Session {Code}: could not {What} for card {CardId}", code, what, card.Id);
            }
        });
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

    /// <summary>
    /// A countdown only takes a step when the facilitator chose that; otherwise it just shows the time. A frozen one
    /// (a pause) waits for the pause to end, which arms it again with the time it had left.
    /// </summary>
    private void ArmCountdown()
    {
        _countdown?.Dispose();
        _countdown = null;
        if (State.Timer is not { IsFrozen: false } timer || !State.Settings.TimersAdvance || timer.Phase != State.Phase)
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
        // The facilitator may have moved on, stopped, paused or extended the countdown since it was armed.
        if (State.Timer != timer)
        {
            return;
        }

        _logger.LogInformation("Session {Code}: the {Phase} countdown ended", Code, timer.Phase);
        await StepWhenDueAsync(ended: true);
    }

    /// <summary>
    /// Keeps a countdown's promise: once its time is up, it takes its step as soon as the step is legal, so a Kiezen
    /// countdown that ran out before the first answer reveals at that answer. Called when a countdown ends and after
    /// every input; a stopped, frozen or manual countdown, or a step that still waits, does nothing. Returns the views
    /// after the step it took, if any. <paramref name="ended"/>: the countdown's own timer fired, which a clock may see
    /// a little before its end.
    /// </summary>
    private async Task<SessionViews?> StepWhenDueAsync(bool ended = false) =>
        State.Timer is { IsFrozen: false } timer
        && timer.Phase == State.Phase
        && State.Settings.TimersAdvance
        && (ended || timer.EndsAt <= _time.GetUtcNow())
        && _flow.NextCommand is { } next
            ? await StepAsync(next)
            : null;

    private async Task<Reply<ParticipantView>> FromSeat(string seatToken, SessionTrigger trigger, string action, Func<Seat, SeatInput> record)
    {
        if (!State.IsCreated)
        {
            return Refused<ParticipantView>(ErrorCode.SessionNotFound, action);
        }

        var seat = FindSeat(seatToken);
        var refusal = (seat is null ? UnknownSeatReason(seatToken) : (ErrorCode?)null) ?? Check(trigger);
        var input = refusal is null ? record(seat!) : default;
        if ((refusal ?? input.Refusal) is { } error)
        {
            return Refused<ParticipantView>(error, action);
        }

        // A tablet that lost its connection sends its input again; the same input twice is one input, not a change.
        if (input.Change is not { } change)
        {
            return Reply<ParticipantView>.Ok(Views.Participant(seat!));
        }

        // An input ends the offer to undo the last skip, back, replay or finish-now; the console must hear that.
        var undoEnds = State.Undo is not null;
        _flow.Fire(trigger, change);
        var views = undoEnds
            ? await SaveAndBroadcastAsync(ChangeScope.Overview)
            : await SaveAndBroadcastAsync(ChangeScope.Input, written: Written.Inputs);
        var stepped = await StepWhenDueAsync();
        return Reply<ParticipantView>.Ok((stepped ?? views).Participant(seat!));
    }

    private static Dictionary<string, T> Inputs<T>(Dictionary<string, Dictionary<string, T>> perCard, string cardId) =>
        perCard.TryGetValue(cardId, out var inputs) ? inputs : perCard[cardId] = [];

    private ErrorCode? Check(SessionTrigger trigger) =>
        State.IsCreated ? _flow.Refusal(trigger) : ErrorCode.SessionNotFound;

    /// <summary>Whether the caller may steer the session: a main console or a co-facilitator's.</summary>
    private ErrorCode? CheckHost(string hostKey) =>
        Caller(hostKey) is var (role, error) && error is not null ? error
        : role == ConsoleRole.Notulist ? ErrorCode.NotulistCannotSteer
        : null;

    private Seat? FindSeat(string seatToken) => Secrets.FindByToken(State.Seats, seatToken, seat => seat.TokenHash);

    private static bool IsComplete(Answer? answer, Card card) =>
        answer is not null
        && IsOnBoard(answer.Position)
        && card.FindOption(answer.OptionId) is not null;

    private static bool IsOnBoard(Position? position) =>
        position is not null && Enum.IsDefined(position.Eigenaarschap) && Enum.IsDefined(position.Regie);

    private static ErrorCode? NameRefusal(string? name) => name switch
    {
        null => ErrorCode.InvalidText,
        "" => ErrorCode.NameRequired,
        { Length: > Limits.NameLength } => ErrorCode.NameTooLong,
        _ => null,
    };

    /// <summary>Why a console's afspraak (recorded, or a draft) is refused, or null; <paramref name="tidy"/> is it cleaned up.</summary>
    private ErrorCode? AgreementFrom(string consoleKey, SessionTrigger trigger, Agreement? agreement, out Agreement? tidy)
    {
        tidy = agreement is null ? null : Tidy(agreement);
        return CheckConsole(consoleKey) ?? Check(trigger) ?? AgreementRefusal(tidy);
    }

    private static ErrorCode? AgreementRefusal(Agreement? tidy) =>
        tidy is null || !IsWellFormed(tidy) ? ErrorCode.InvalidAgreement
        : tidy.NextStep == Unshown || tidy.Who == Unshown || tidy.Text == Unshown ? ErrorCode.InvalidText
        : null;

    private static bool IsWellFormed(Agreement agreement) =>
        Enum.IsDefined(agreement.Kind)
        && (agreement.Owner is null || Enum.IsDefined(agreement.Owner.Value))
        && (agreement.Regie is null || Enum.IsDefined(agreement.Regie.Value))
        && (agreement.NextStep?.Length ?? 0) <= Limits.NextStepLength
        && (agreement.Who?.Length ?? 0) <= Limits.WhoLength
        && (agreement.Text?.Length ?? 0) <= Limits.AgreementTextLength;

    /// <summary>Stands in for a text that holds characters no screen would show as typed.</summary>
    private const string Unshown = "\0";

    private static Agreement Tidy(Agreement agreement) => agreement with
    {
        NextStep = Tidy(agreement.NextStep, multiline: false),
        Who = Tidy(agreement.Who, multiline: false),
        Text = Tidy(agreement.Text, multiline: true),
    };

    private static string? Tidy(string? text, bool multiline) =>
        UserText.Clean(text, multiline) switch
        {
            null => Unshown,
            "" => null,
            var clean => clean,
        };

    private static ErrorCode? When(bool refused, ErrorCode error) => refused ? error : null;

    private SessionViews Views => new(State, Code, _time.GetUtcNow(), _flow.StepForwardWaitsFor, _presence.ConnectedSeats);

    private FacilitatorView Facilitator(SessionViews views) => views.Facilitator(_flow.NextCommand, _flow.Controls);

    private Reply<T> Refused<T>(ErrorCode error, string action)
    {
        _logger.LogInformation("Session {Code}: {Action} refused: {Reason}", Code, action, error.Describe());
        return Reply<T>.Refused(error);
    }

    /// <summary>
    /// Write, then tell: a screen never shows a change that a restart could lose. Returns the views of the saved
    /// change, built once for the broadcast and the caller's reply; <paramref name="scope"/> says which screens it concerns.
    /// </summary>
    private async Task<SessionViews> SaveAndBroadcastAsync(
        ChangeScope scope = ChangeScope.Everyone,
        IReadOnlyList<string>? seatsToResume = null,
        string? revokedConsole = null,
        Written written = Written.Session)
    {
        State.Version++;
        try
        {
            await _metrics.TimeWriteAsync(written == Written.Inputs ? WriteInputsAsync : WriteAsync);
        }
        catch
        {
            // The change lives only in memory now; drop this activation so the next call starts from what was saved.
            DeactivateOnIdle();
            throw;
        }

        if (_relearnPresence && scope == ChangeScope.Everyone)
        {
            _relearnPresence = false;
            seatsToResume = State.Seats.Select(seat => seat.Id).Union(seatsToResume ?? []).ToList();
        }

        var views = Views;
        var broadcast = _broadcasts.After(scope, State, Code, views, _flow.NextCommand, () => _flow.Controls, seatsToResume);
        await _servers.TellAsync(revokedConsole is null ? broadcast : () => broadcast() with { RevokedConsole = revokedConsole });

        return views;
    }

    /// <summary>
    /// Saves the change. The deck is saved apart, before the session's first change of each activation: at creation,
    /// when a session saved with its deck inside moves it out, and again after each activation so that a storage that
    /// forgets what went unwritten for the session lifetime (Redis) never forgets a live session's deck first.
    /// </summary>
    private async Task WriteAsync()
    {
        if (!_deckSavedThisActivation)
        {
            _deck.State.Deck = State.Deck;
            await _deck.WriteStateAsync();
            _deckSavedThisActivation = true;
        }

        await _state.WriteStateAsync();
    }

    /// <summary>
    /// Saves only the inputs to the card on the table and the version, for a change that touched nothing else (an
    /// answer, a second vote, points, a tablet coming or going): a few KB instead of the session.
    /// </summary>
    private Task WriteInputsAsync()
    {
        _inputs.State = SessionInputs.Of(State);
        return _inputs.WriteStateAsync();
    }

    /// <summary>What a change touched: the whole session, or only what <see cref="WriteInputsAsync"/> saves.</summary>
    private enum Written
    {
        Session,
        Inputs,
    }

    // Part "access" (issue 10): who may hold a console, coming back with the recovery code, afspraak drafts.

    public Task<Reply<ConsoleAccess>> GetConsoleAccess(string consoleKey) =>
        Task.FromResult(Caller(consoleKey) is var (role, error) && error is not null
            ? Refused<ConsoleAccess>(error.Value, "read console access")
            : Reply<ConsoleAccess>.Ok(Access(role) with { ConsoleId = Secrets.FindByToken(State.Consoles, consoleKey, c => c.TokenHash)?.Id }));

    public async Task<Reply<ConsoleGranted>> GrantConsole(string consoleKey, ConsoleRole role)
    {
        var refusal = CheckMain(consoleKey)
            ?? When(role is not (ConsoleRole.CoFacilitator or ConsoleRole.Notulist), ErrorCode.UnknownCommand)
            ?? Check(SessionTrigger.GrantConsole);
        if (refusal is { } error)
        {
            return Refused<ConsoleGranted>(error, $"grant a {role} console");
        }

        var (grant, secret) = await GrantAsync(role);
        _logger.LogInformation("Session {Code}: console link {ConsoleId} ({Role}) handed out", Code, grant.Id, role);
        return Reply<ConsoleGranted>.Ok(new ConsoleGranted(LinkView(grant), secret, Access(ConsoleRole.Main)));
    }

    public async Task<Reply<ConsoleAccess>> RevokeConsole(string consoleKey, string consoleId)
    {
        var grant = State.Consoles.FirstOrDefault(c => c.Id == consoleId && !c.Revoked);
        var refusal = CheckMain(consoleKey)
            ?? When(grant is null, ErrorCode.UnknownConsoleLink)
            ?? Check(SessionTrigger.RevokeConsole);
        if (refusal is { } error)
        {
            return Refused<ConsoleAccess>(error, "revoke a console");
        }

        _flow.Fire(SessionTrigger.RevokeConsole, () => grant!.Revoked = true);
        await SaveAndBroadcastAsync(ChangeScope.Overview, revokedConsole: grant!.Id);
        _logger.LogInformation("Session {Code}: console link {ConsoleId} ({Role}) revoked", Code, grant!.Id, grant.Role);
        return Reply<ConsoleAccess>.Ok(Access(ConsoleRole.Main));
    }

    public async Task<Reply<ConsoleRecovered>> Recover(string recoveryCode)
    {
        var normalized = RecoveryCodes.Normalize(recoveryCode);
        var refusal = When(!State.IsCreated, ErrorCode.SessionNotFound)
            ?? When(normalized is null || !Secrets.Matches(normalized, State.RecoveryCodeHash), ErrorCode.WrongRecoveryCode)
            ?? Check(SessionTrigger.GrantConsole);
        if (refusal is { } error)
        {
            return Refused<ConsoleRecovered>(error, "recover the console");
        }

        var (grant, secret) = await GrantAsync(ConsoleRole.Main);
        _logger.LogInformation("Session {Code}: the console came back with the recovery code as {ConsoleId}", Code, grant.Id);
        return Reply<ConsoleRecovered>.Ok(new ConsoleRecovered(Code, secret, State.Deck!.Title));
    }

    public async Task<Reply<FacilitatorView>> SaveDraft(string consoleKey, Agreement draft)
    {
        if (AgreementFrom(consoleKey, SessionTrigger.SaveDraft, draft, out var tidy) is { } error)
        {
            return Refused<FacilitatorView>(error, "save a draft");
        }

        // A draft that says what is recorded already is no draft: nothing would be lost by moving on.
        var cardId = State.CurrentCard!.Id;
        var kept = Equals(State.Agreements.GetValueOrDefault(cardId), tidy) ? null : new AgreementDraft(cardId, tidy!);
        if (Equals(State.Draft, kept))
        {
            return Reply<FacilitatorView>.Ok(Views.Facilitator(_flow.NextCommand));
        }

        _flow.Fire(SessionTrigger.SaveDraft, () => State.Draft = kept);
        var views = await SaveAndBroadcastAsync(ChangeScope.Overview);
        return Reply<FacilitatorView>.Ok(views.Facilitator(_flow.NextCommand));
    }

    private async Task<(ConsoleGrant Grant, string Secret)> GrantAsync(ConsoleRole role)
    {
        var secret = Secrets.NewSecret();
        var grant = new ConsoleGrant { Id = Secrets.NewId(), Role = role, TokenHash = Secrets.Hash(secret), CreatedAt = _time.GetUtcNow() };
        _flow.Fire(SessionTrigger.GrantConsole, () => State.Consoles.Add(grant));
        await SaveAndBroadcastAsync(ChangeScope.Overview);
        return (grant, secret);
    }

    /// <summary>
    /// Who holds <paramref name="consoleKey"/>: the host key and a recovered console are the main console; a revoked
    /// secret is told so, any other key is a wrong one (a guess, for the door).
    /// </summary>
    private (ConsoleRole Role, ErrorCode? Refusal) Caller(string consoleKey)
    {
        if (!State.IsCreated)
        {
            return (default, ErrorCode.SessionNotFound);
        }

        if (Secrets.Matches(consoleKey, State.HostKeyHash))
        {
            return (ConsoleRole.Main, null);
        }

        return Secrets.FindByToken(State.Consoles, consoleKey, c => c.TokenHash) switch
        {
            { Revoked: true } => (default, ErrorCode.LinkRevoked),
            { } grant => (grant.Role, null),
            null => (default, ErrorCode.WrongHostKey),
        };
    }

    /// <summary>Whether the caller holds any console: it may watch, read the debrief and record afspraken.</summary>
    private ErrorCode? CheckConsole(string consoleKey) => Caller(consoleKey).Refusal;

    /// <summary>Whether the caller holds a main console: only it hands out and revokes links, and deletes the session.</summary>
    private ErrorCode? CheckMain(string consoleKey) =>
        Caller(consoleKey) is var (role, error) && error is not null ? error
        : role != ConsoleRole.Main ? ErrorCode.MainConsoleOnly
        : null;

    /// <summary>Keeping or discarding the draft is part of recording afspraken, which a notulist may do.</summary>
    private static bool IsAboutTheDraft(HostCommand command) => command is HostCommand.KeepDraft or HostCommand.DiscardDraft;

    private ConsoleAccess Access(ConsoleRole role) =>
        new(role, role == ConsoleRole.Main ? State.Consoles.Select(LinkView).ToList() : []);

    private static ConsoleLinkView LinkView(ConsoleGrant grant) => new(grant.Id, grant.Role, grant.CreatedAt, grant.Revoked);
}

/// <summary>What a seat's input does: refused, a change for the flow to make, or nothing new (a resend).</summary>
internal readonly record struct SeatInput(ErrorCode? Refusal, Action? Change)
{
    public static SeatInput Refuse(ErrorCode error) => new(error, null);

    /// <summary>The seat sent exactly what it gave before: nothing to change.</summary>
    public static SeatInput Unchanged => new(null, null);

    public static SeatInput Do(Action change) => new(null, change);

    /// <summary>Keeps <paramref name="value"/> as the seat's input, unless it is exactly what the seat already gave.</summary>
    public static SeatInput Keep<T>(Dictionary<string, T> inputs, string seatId, T value) =>
        inputs.TryGetValue(seatId, out var given) && EqualityComparer<T>.Default.Equals(given, value)
            ? Unchanged
            : Do(() => inputs[seatId] = value);
}
