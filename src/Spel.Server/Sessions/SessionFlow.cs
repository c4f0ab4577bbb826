using Spel.Scenarios.Play;
using Stateless;
using Stateless.Graph;

namespace Spel.Server.Sessions;

/// <summary>What can happen to a session: the facilitator's commands and the participants' actions.</summary>
public enum SessionTrigger
{
    Join,
    Start,
    OpenChoosing,
    SubmitAnswer,
    Reveal,
    Discuss,
    Revote,
    SubmitRevote,
    Conclude,
    RecordAgreement,
    NextCard,
    SubmitPoints,
    Finish,
    ExtendTimer,
    StopTimer,

    // Round controls (issue 10, part "flow").
    Pause,
    Resume,
    SkipCard,
    SkipCardDroppingAnswers,
    BackToConversation,
    BackToAgreement,
    ReplayCard,
    ToSlotvraag,
    ToDebrief,
    Undo,
    // Seats (issue 10, seats part): the facilitator corrects who is in the room; each carries its change.
    RemoveSeat,
    MoveSeat,
    MergeSeats,
    // Part "access" (issue 10): second consoles and afspraak drafts.
    GrantConsole,
    RevokeConsole,
    SaveDraft,
    KeepDraft,
    DiscardDraft,
    // Issue 13, part "practice": "Zo ging het in de praktijk", after the reveal.
    ShowPractice,
    HidePractice,
}

/// <summary>
/// The rules of the game: which trigger is legal in which phase, given the session's settings. The one place
/// that decides it; the machine reads and writes the phase in the grain's persisted state.
/// </summary>
public sealed class SessionFlow
{
    /// <summary>The facilitator's steps forward, in the order the "Volgende" button prefers them.</summary>
    private static readonly HostCommand[] StepsForward =
    [
        HostCommand.Start, HostCommand.OpenChoosing, HostCommand.Reveal, HostCommand.Discuss,
        HostCommand.Revote, HostCommand.Conclude, HostCommand.NextCard, HostCommand.Finish,
    ];

    /// <summary>The triggers that carry their change: the machine's own action makes it, after the guards held.</summary>
    private static readonly SessionTrigger[] InputTriggers =
    [
        SessionTrigger.Join, SessionTrigger.SubmitAnswer, SessionTrigger.SubmitRevote, SessionTrigger.SubmitPoints,
        SessionTrigger.RecordAgreement, SessionTrigger.GrantConsole, SessionTrigger.RevokeConsole, SessionTrigger.SaveDraft,
    ];

    /// <summary>The round controls: commands beside the step forward, which the console offers as buttons when legal.</summary>
    private static readonly HostCommand[] RoundControls =
    [
        HostCommand.Pause, HostCommand.Resume, HostCommand.Undo, HostCommand.BackToConversation, HostCommand.BackToAgreement,
        HostCommand.ReplayCard, HostCommand.SkipCard, HostCommand.SkipCardDroppingAnswers, HostCommand.ToSlotvraag, HostCommand.ToDebrief,
        HostCommand.ShowPractice, HostCommand.HidePractice,
    ];

    /// <summary>The steps a clicker can hit by mistake, which <see cref="SessionTrigger.Undo"/> can take back.</summary>
    private static readonly SessionTrigger[] Undoable =
    [
        SessionTrigger.SkipCard, SessionTrigger.SkipCardDroppingAnswers, SessionTrigger.BackToConversation,
        SessionTrigger.BackToAgreement, SessionTrigger.ReplayCard, SessionTrigger.ToSlotvraag, SessionTrigger.ToDebrief,
    ];

    private readonly StateMachine<Phase, SessionTrigger> _machine;
    private readonly List<Guard> _guards = [];
    private readonly Dictionary<SessionTrigger, StateMachine<Phase, SessionTrigger>.TriggerWithParameters<Action>> _withChange;
    private readonly Func<SessionState> _current;
    private readonly TimeProvider _time;

    public SessionFlow(SessionState state, TimeProvider? time = null)
        : this(() => state, time)
    {
    }

    /// <summary>
    /// Reads the state through <paramref name="current"/>, because a grain's persisted state object is replaced when it
    /// is read again; <paramref name="time"/> is the clock a pause freezes a countdown by.
    /// </summary>
    public SessionFlow(Func<SessionState> current, TimeProvider? time = null)
    {
        _current = current;
        _time = time ?? TimeProvider.System;

        // Every action is synchronous and fired with Fire, so the machine never awaits and never leaves the
        // grain's scheduler. (Stateless' RetainSynchronizationContext needs a SynchronizationContext, which
        // Orleans 10 grains do not have: it throws there. See docs/decisions.md.)
        _machine = new StateMachine<Phase, SessionTrigger>(() => current().Phase, phase => current().Phase = phase);
        _withChange = InputTriggers.Concat(SeatTriggers).ToDictionary(trigger => trigger, trigger => _machine.SetTriggerParameters<Action>(trigger));

        // While paused, the first guard of every trigger but Join and Resume fails: the refusal says "paused", and
        // nothing moves or changes until the facilitator resumes.
        var notPaused = Use("not paused", ErrorCode.Paused, () => !current().Paused);
        var paused = Use("paused", ErrorCode.NotPaused, () => current().Paused);
        var seatFree = Use("a seat is free", ErrorCode.SessionFull, () => current().Seats.Count < Limits.SeatsPerSession);
        var cardOpen = notPaused.And(Use("a card is open", ErrorCode.WrongPhase, () => current().CurrentCard is not null));
        var someoneJoined = Use("someone has joined", ErrorCode.NobodyJoined, () => current().Seats.Count > 0);
        var someoneAnswered = Use("someone has answered", ErrorCode.NoAnswersYet,
            () => current().CurrentCard is { } card && current().AnswersTo(card.Id).Count > 0);
        var herstemmingOn = notPaused.And(Use("herstemming on", ErrorCode.WrongPhase, () => current().Settings.Herstemming));
        var herstemmingOff = notPaused.And(Use("herstemming off", ErrorCode.WrongPhase, () => !current().Settings.Herstemming));
        var moreCards = notPaused.And(Use("more cards", ErrorCode.WrongPhase, () => current().CardIndex + 1 < current().Deck!.Cards.Count));
        var lastCard = notPaused.And(Use("last card", ErrorCode.WrongPhase, () => current().CardIndex + 1 >= current().Deck!.Cards.Count));
        var timerRuns = notPaused.And(Use("a timer runs", ErrorCode.NoTimerRunning, () => current().Timer?.Phase == current().Phase));
        var previousCard = notPaused.And(Use("a previous card", ErrorCode.NoPreviousCard, () => current().CardIndex > 0));
        var stepToUndo = notPaused.And(Use("a step to undo", ErrorCode.NothingToUndo, () => current().Undo is not null));
        var twoSeats = Use("two seats", ErrorCode.TwoSeatsNeeded, () => current().Seats.Count >= 2);
        var consoleFree = Use("a console link is free", ErrorCode.TooManyConsoles, () => current().Consoles.Count < ConsoleLinks.MaxPerSession);
        var cardOnTable = Use("a card is on the table", ErrorCode.WrongPhase, () => current().CurrentCard is not null);
        var draftWaits = notPaused.And(Use("a draft waits", ErrorCode.NoDraft, () => current().Draft is not null));
        var draftSettled = Use("no unsaved draft or drafts saved", ErrorCode.DraftNotSaved,
            () => current().Draft is null || current().Settings.SaveDraftOnNext);
        var practiceOnCard = notPaused.And(Use("the card tells what happened", ErrorCode.NoPracticeOnCard,
            () => current().CurrentCard?.WhatHappened is not null));
        var practiceHidden = practiceOnCard.And(Use("practice hidden", ErrorCode.PracticeAlreadyShown, () => !current().ShowsPractice));
        var practiceShown = notPaused.And(Use("practice shown", ErrorCode.PracticeNotShown, () => current().ShowsPractice));

        // Late joiners are welcome in every phase until the debrief, also during a pause (coffee is when they come
        // in); in the phases that can have a countdown, the facilitator can extend or stop it while it runs.
        StateMachine<Phase, SessionTrigger>.StateConfiguration Open(StateMachine<Phase, SessionTrigger>.StateConfiguration phase)
        {
            phase
                .InternalTransitionIf(_withChange[SessionTrigger.Join], _ => seatFree.Holds(), MakeChange, seatFree.Description)
                .InternalTransitionIf(SessionTrigger.Pause, _ => notPaused.Holds(), Pause, notPaused.Description)
                .InternalTransitionIf(SessionTrigger.Resume, _ => paused.Holds(), Resume, paused.Description);
            Consoles(phase);
            return SessionSettings.TimedPhases.Contains(phase.State)
                ? phase
                    .InternalTransitionIf(SessionTrigger.ExtendTimer, _ => timerRuns.Holds(), () => { }, timerRuns.Description)
                    .InternalTransitionIf(SessionTrigger.StopTimer, _ => timerRuns.Holds(), () => { }, timerRuns.Description)
                : phase;
        }

        // While a card is on the table the facilitator can skip it, go back to the previous card, replay its vote once
        // it was asked, or end early; from the Slotvraag go back to the last card. Each of these can be undone once,
        // until what comes next.
        StateMachine<Phase, SessionTrigger>.StateConfiguration WithCard(StateMachine<Phase, SessionTrigger>.StateConfiguration phase)
        {
            foreach (var skip in new[] { SessionTrigger.SkipCard, SessionTrigger.SkipCardDroppingAnswers })
            {
                Move(Move(phase, skip, Phase.Situatie, moreCards), skip, Phase.Slotvraag, lastCard);
            }

            Move(phase, SessionTrigger.BackToConversation, Phase.Gesprek, previousCard);
            Move(phase, SessionTrigger.BackToAgreement, Phase.Afspraak, previousCard);
            Move(phase, SessionTrigger.ToSlotvraag, Phase.Slotvraag, notPaused);
            Move(phase, SessionTrigger.ToDebrief, Phase.Debrief, notPaused);
            if (phase.State != Phase.Situatie)
            {
                Move(phase, SessionTrigger.ReplayCard, Phase.Kiezen, notPaused);
            }

            return Undoes(phase.State.ShowsBoard() ? Practice(phase) : phase);
        }

        // "Wat deden anderen?": from the reveal until the card is left, the facilitator can show how the card went in
        // practice, when the card tells, and hide it again. The card's id is kept, so a next card starts hidden.
        StateMachine<Phase, SessionTrigger>.StateConfiguration Practice(StateMachine<Phase, SessionTrigger>.StateConfiguration phase) => phase
            .InternalTransitionIf(SessionTrigger.ShowPractice, _ => practiceHidden.Holds(), () => current().PracticeShownFor = current().CurrentCard!.Id, practiceHidden.Description)
            .InternalTransitionIf(SessionTrigger.HidePractice, _ => practiceShown.Holds(), () => current().PracticeShownFor = null, practiceShown.Description);

        // Undo leads back to the phase the undone step left, and entering it (every phase a step can leave) restores the rest.
        StateMachine<Phase, SessionTrigger>.StateConfiguration Undoes(StateMachine<Phase, SessionTrigger>.StateConfiguration phase) =>
            (phase.State == Phase.Debrief ? phase : phase.OnEntryFrom(SessionTrigger.Undo, Restore, "as before")).PermitDynamicIf(
                SessionTrigger.Undo,
                () => current().Undo!.Phase,
                "as before",
                stepToUndo.Holds,
                stepToUndo.Description,
                new Stateless.Reflection.DynamicStateInfos());

        Open(_machine.Configure(Phase.Lobby)
            .PermitIf(SessionTrigger.Start, Phase.Situatie, notPaused.And(someoneJoined).Holds, notPaused.And(someoneJoined).Description));

        WithCard(Open(_machine.Configure(Phase.Situatie)
            .OnEntryFrom(SessionTrigger.Start, () => current().CardIndex = 0, "first card")
            .OnEntryFrom(SessionTrigger.NextCard, () => FinishCard(current().CardIndex++), "next card")
            .OnEntryFrom(SessionTrigger.SkipCard, t => Leave(t, dropAnswers: false, next: true), "skip, next card")
            .OnEntryFrom(SessionTrigger.SkipCardDroppingAnswers, t => Leave(t, dropAnswers: true, next: true), "skip without answers, next card")
            .PermitIf(SessionTrigger.OpenChoosing, Phase.Kiezen, notPaused.Holds, notPaused.Description)));

        WithCard(Open(_machine.Configure(Phase.Kiezen)
            .InternalTransitionIf(_withChange[SessionTrigger.SubmitAnswer], _ => cardOpen.Holds(), MakeChange, cardOpen.Description)
            .OnEntryFrom(SessionTrigger.ReplayCard, Replay, "answers cleared")
            .PermitIf(SessionTrigger.Reveal, Phase.Onthulling, notPaused.And(someoneAnswered).Holds, notPaused.And(someoneAnswered).Description)));

        WithCard(Open(_machine.Configure(Phase.Onthulling)
            .PermitIf(SessionTrigger.Discuss, Phase.Gesprek, notPaused.Holds, notPaused.Description)));

        WithCard(Open(_machine.Configure(Phase.Gesprek)
            .OnEntryFrom(SessionTrigger.BackToConversation, t => Back(t), "previous card")
            .PermitIf(SessionTrigger.Revote, Phase.Herstemming, herstemmingOn.Holds, herstemmingOn.Description)
            .PermitIf(SessionTrigger.Conclude, Phase.Afspraak, herstemmingOff.Holds, herstemmingOff.Description)));

        WithCard(Open(_machine.Configure(Phase.Herstemming)
            .InternalTransitionIf(_withChange[SessionTrigger.SubmitRevote], _ => cardOpen.Holds(), MakeChange, cardOpen.Description)
            .PermitIf(SessionTrigger.Conclude, Phase.Afspraak, notPaused.Holds, notPaused.Description)));

        WithCard(Open(_machine.Configure(Phase.Afspraak)
            .InternalTransitionIf(_withChange[SessionTrigger.RecordAgreement], _ => cardOpen.Holds(), MakeChange, cardOpen.Description)
            .OnEntryFrom(SessionTrigger.BackToAgreement, t => Back(t), "previous card")
            .PermitIf(SessionTrigger.NextCard, Phase.Situatie, Both(moreCards, draftSettled))
            .PermitIf(SessionTrigger.NextCard, Phase.Slotvraag, Both(lastCard, draftSettled))
            .InternalTransitionIf(_withChange[SessionTrigger.SaveDraft], _ => cardOnTable.Holds(), MakeChange, cardOnTable.Description)
            .InternalTransitionIf(SessionTrigger.KeepDraft, _ => draftWaits.Holds(), () => KeepDraft(current()), draftWaits.Description)
            .InternalTransitionIf(SessionTrigger.DiscardDraft, _ => draftWaits.Holds(), () => current().Draft = null, draftWaits.Description)
            .OnExit(() => KeepDraft(current()), "an unsaved draft is recorded")));

        Undoes(Open(_machine.Configure(Phase.Slotvraag)
            .InternalTransitionIf(_withChange[SessionTrigger.SubmitPoints], _ => notPaused.And(someoneJoined).Holds(), MakeChange, notPaused.And(someoneJoined).Description)
            .OnEntryFrom(SessionTrigger.NextCard, () => FinishCard(current().CardIndex), "card played")
            .OnEntryFrom(SessionTrigger.SkipCard, t => Leave(t, dropAnswers: false, next: false), "skip")
            .OnEntryFrom(SessionTrigger.SkipCardDroppingAnswers, t => Leave(t, dropAnswers: true, next: false), "skip without answers")
            .OnEntryFrom(SessionTrigger.ToSlotvraag, t => Leave(t, dropAnswers: false, next: false), "ended early")
            .PermitIf(SessionTrigger.Finish, Phase.Debrief, notPaused.Holds, notPaused.Description)
            .PermitIf(SessionTrigger.BackToConversation, Phase.Gesprek, notPaused.Holds, notPaused.Description)
            .PermitIf(SessionTrigger.BackToAgreement, Phase.Afspraak, notPaused.Holds, notPaused.Description)));

        Undoes(_machine.Configure(Phase.Debrief)
            .OnEntryFrom(SessionTrigger.ToDebrief, t => Leave(t, dropAnswers: false, next: false), "ended early"));

        Consoles(_machine.Configure(Phase.Debrief));
        ConfigureSeats(someoneJoined, twoSeats);

        // A main console hands out and revokes console links in every phase, the debrief and a pause too (who may is
        // the grain's check of the caller's console, not a rule of the game).
        void Consoles(StateMachine<Phase, SessionTrigger>.StateConfiguration phase) => phase
            .InternalTransitionIf(_withChange[SessionTrigger.GrantConsole], _ => consoleFree.Holds(), MakeChange, consoleFree.Description)
            .InternalTransitionIf(_withChange[SessionTrigger.RevokeConsole], _ => true, MakeChange, RevokesAnActiveLink);
    }

    // Part "access" (issue 10) ------------------------------------------------------------------------------------

    /// <summary>
    /// The draft becomes the card's conclusion: asked for (<see cref="SessionTrigger.KeepDraft"/>), or as the Afspraak is
    /// left with a draft that the guard let through (the session saves drafts by itself), so nothing typed is lost.
    /// </summary>
    private static void KeepDraft(SessionState state)
    {
        if (state.Draft is { } draft)
        {
            state.Agreements[draft.CardId] = draft.Agreement;
            state.Draft = null;
        }
    }

    private static Tuple<Func<bool>, string>[] Both(Guard first, Guard second) =>
        [Tuple.Create(first.Holds, first.Description), Tuple.Create(second.Holds, second.Description)];

    // Seats (issue 10, seats part) ---------------------------------------------------------------------------------

    /// <summary>The seat corrections, which carry their change like an input: which seat, and how, the grain checks first.</summary>
    private static readonly SessionTrigger[] SeatTriggers = [SessionTrigger.RemoveSeat, SessionTrigger.MoveSeat, SessionTrigger.MergeSeats];

    /// <summary>
    /// Seats can be corrected in every phase until the debrief: removed, moved to another side or role, or two seats of
    /// one person merged. The debrief is the record of the workshop (its exports may be out already), so it stays as it
    /// was played.
    /// </summary>
    private void ConfigureSeats(Guard someoneJoined, Guard twoSeats)
    {
        foreach (var phase in Enum.GetValues<Phase>().Where(phase => phase != Phase.Debrief))
        {
            _machine.Configure(phase)
                .InternalTransitionIf(_withChange[SessionTrigger.RemoveSeat], _ => someoneJoined.Holds(), MakeChange, someoneJoined.Description)
                .InternalTransitionIf(_withChange[SessionTrigger.MoveSeat], _ => someoneJoined.Holds(), MakeChange, someoneJoined.Description)
                .InternalTransitionIf(_withChange[SessionTrigger.MergeSeats], _ => twoSeats.Holds(), MakeChange, twoSeats.Description);
        }
    }

    /// <summary>Registers a guard, so that <see cref="Refusal"/> can name it when it fails.</summary>
    private Guard Use(string description, ErrorCode refusal, Func<bool> holds)
    {
        var guard = new Guard(description, refusal, holds);
        _guards.Add(guard);
        return guard;
    }

    /// <summary>A move to <paramref name="destination"/> under <paramref name="guard"/>; into the same phase it is a re-entry, with its entry actions.</summary>
    private StateMachine<Phase, SessionTrigger>.StateConfiguration Move(
        StateMachine<Phase, SessionTrigger>.StateConfiguration phase, SessionTrigger trigger, Phase destination, Guard guard) =>
        phase.State == destination
            ? phase.PermitReentryIf(trigger, guard.Holds, guard.Description)
            : phase.PermitIf(trigger, destination, guard.Holds, guard.Description);

    public Phase Phase => _machine.State;

    /// <summary>Why <paramref name="trigger"/> may not fire now, or null when it may.</summary>
    public ErrorCode? Refusal(SessionTrigger trigger)
    {
        var allowed = _withChange.TryGetValue(trigger, out var withChange)
            ? _machine.CanFire(withChange, NoChange, out var unmetGuards)
            : _machine.CanFire(trigger, out unmetGuards);
        if (allowed)
        {
            return null;
        }

        // A guard's description may name several guards ("not paused, more cards"), and a trigger with two ways (the
        // next card, or the Slotvraag after the last) reports the guards of both: the first guard that fails with a
        // reason of its own speaks ("paused", "an afspraak is still being typed"), else it is the wrong phase.
        return (unmetGuards ?? [])
            .SelectMany(description => description.Split(", "))
            .Select(part => _guards.FirstOrDefault(g => g.Description == part))
            .Where(guard => guard is not null && !guard.Holds())
            .Select(guard => guard!.Refusal)
            .FirstOrDefault(refusal => refusal != ErrorCode.WrongPhase, ErrorCode.WrongPhase);
    }

    /// <summary>
    /// Fires a trigger that <see cref="Refusal"/> allowed. An input trigger (a join, an answer, a re-vote, points, an
    /// agreement) carries its <paramref name="change"/>, which the machine makes as its action once the guards hold.
    /// </summary>
    public void Fire(SessionTrigger trigger, Action? change = null)
    {
        if (_withChange.TryGetValue(trigger, out var withChange))
        {
            _machine.Fire(withChange, change ?? NoChange);
        }
        else if (change is null)
        {
            _machine.Fire(trigger);
        }
        else
        {
            throw new ArgumentException($"Trigger {trigger} carries no change.", nameof(change));
        }

        // An undo is offered until what comes next: any other command, or any input (which a restore would overrule).
        // A join changes nothing a step did, so it keeps the offer.
        if (trigger != SessionTrigger.Join && !Undoable.Contains(trigger))
        {
            _current().Undo = null;
        }
    }

    /// <summary>The grain checks that the link named is one of the session's and still active; no rule of the game limits it.</summary>
    private const string RevokesAnActiveLink = "an active link is named";

    private static void NoChange()
    {
    }

    /// <summary>
    /// An input's change is the machine's own action, so it happens only once the guards held: a refused join
    /// leaves no seat behind, and no guard ever re-checks a state the change already altered.
    /// </summary>
    private static void MakeChange(Action change, StateMachine<Phase, SessionTrigger>.Transition transition) => change();

    /// <summary>A pause freezes the countdown with exactly the time it has left.</summary>
    private void Pause()
    {
        var state = _current();
        state.Paused = true;
        state.Timer = state.Timer?.FrozenAt(_time.GetUtcNow());
    }

    private void Resume()
    {
        var state = _current();
        state.Paused = false;
        state.Timer = state.Timer?.ThawedAt(_time.GetUtcNow());
    }

    /// <summary>Remembers the session as it is before <paramref name="step"/> changes it, for one undo.</summary>
    private void Remember(StateMachine<Phase, SessionTrigger>.Transition step)
    {
        var state = _current();
        var card = step.Source.HasCard() ? state.Deck!.Cards[state.CardIndex].Id : null;
        state.Undo = new UndoPoint(
            ToCommand(step.Trigger),
            step.Source,
            state.CardIndex,
            state.Timer?.FrozenAt(_time.GetUtcNow()),
            card,
            card is not null && state.Answers.TryGetValue(card, out var answers) ? new(answers) : null,
            card is not null && state.Revotes.TryGetValue(card, out var revotes) ? new(revotes) : null,
            card is not null ? state.OtherVillages.GetValueOrDefault(card) : null,
            [.. state.SkippedCards],
            card is not null && state.RevoteOptions.TryGetValue(card, out var options) ? new(options) : null);
    }

    /// <summary>Leaves the card on the table early (skipped, or ended early), to the next card when <paramref name="next"/>.</summary>
    private void Leave(StateMachine<Phase, SessionTrigger>.Transition step, bool dropAnswers, bool next)
    {
        Remember(step);
        var state = _current();
        if (step.Source.HasCard())
        {
            var card = state.Deck!.Cards[state.CardIndex].Id;
            // A card whose Afspraak was reached was played: ending early from there skips nothing.
            if (step.Source != Phase.Afspraak || step.Trigger is SessionTrigger.SkipCard or SessionTrigger.SkipCardDroppingAnswers)
            {
                Mark(card, skipped: true);
            }

            if (dropAnswers)
            {
                DropInputs(card);
            }
        }

        if (next)
        {
            state.CardIndex++;
        }
    }

    /// <summary>A card played to its end is no longer skipped, even if it was skipped before and gone back to.</summary>
    private void FinishCard(int cardIndex) => Mark(_current().Deck!.Cards[cardIndex].Id, skipped: false);

    private void Replay(StateMachine<Phase, SessionTrigger>.Transition step)
    {
        Remember(step);
        var card = _current().Deck!.Cards[_current().CardIndex].Id;
        DropInputs(card);
        Mark(card, skipped: false);

        // A vote asked again is revealed again: what happened in practice waits for the facilitator once more.
        _current().PracticeShownFor = null;
    }

    /// <summary>To the previous card; from the Slotvraag that is the card the session left last.</summary>
    private void Back(StateMachine<Phase, SessionTrigger>.Transition step)
    {
        Remember(step);
        if (step.Source != Phase.Slotvraag)
        {
            _current().CardIndex--;
        }
    }

    /// <summary>Puts back what the undone step changed; the countdown goes on with the time it had left then.</summary>
    private void Restore()
    {
        var state = _current();
        var undo = state.Undo!;
        state.CardIndex = undo.CardIndex;
        state.Timer = undo.Timer?.ThawedAt(_time.GetUtcNow());
        state.SkippedCards = [.. undo.SkippedCards];
        if (undo.CardId is { } card)
        {
            Put(state.Answers, card, undo.Answers);
            Put(state.Revotes, card, undo.Revotes);
            Put(state.RevoteOptions, card, undo.RevoteOptions);
            Put(state.OtherVillages, card, undo.OtherVillages);
        }

        state.Undo = null;
    }

    private static void Put<T>(Dictionary<string, T> perCard, string cardId, T? value)
    {
        if (value is null)
        {
            perCard.Remove(cardId);
        }
        else
        {
            perCard[cardId] = value;
        }
    }

    private void DropInputs(string cardId)
    {
        var state = _current();
        state.Answers.Remove(cardId);
        state.Revotes.Remove(cardId);
        state.RevoteOptions.Remove(cardId);
        state.OtherVillages.Remove(cardId);
    }

    private void Mark(string cardId, bool skipped)
    {
        var cards = _current().SkippedCards;
        cards.Remove(cardId);
        if (skipped)
        {
            cards.Add(cardId);
        }
    }

    /// <summary>
    /// The facilitator's step forward from here, when one is possible now. A step that only waits for the console to
    /// keep or discard its unsaved draft is still offered: taking it asks (<see cref="ErrorCode.DraftNotSaved"/>).
    /// </summary>
    public HostCommand? NextCommand =>
        StepsForward
            .Where(command => Refusal(ToTrigger(command)) is null or ErrorCode.DraftNotSaved)
            .Select(command => (HostCommand?)command)
            .FirstOrDefault();

    /// <summary>
    /// What the step forward waits for when it exists in this phase but a guard holds it back (a Kiezen without
    /// answers: <see cref="ErrorCode.NoAnswersYet"/>); null when a step is possible, or none is, or the session is paused.
    /// </summary>
    public ErrorCode? StepForwardWaitsFor =>
        NextCommand is null && !_current().Paused
            ? StepsForward.Select(command => Refusal(ToTrigger(command))).FirstOrDefault(refusal => refusal is not (null or ErrorCode.WrongPhase))
            : null;

    /// <summary>The round controls the session allows now, in the order the console shows them.</summary>
    public IReadOnlyList<HostCommand> Controls =>
        RoundControls.Where(command => _machine.CanFire(ToTrigger(command))).ToList();

    public static SessionTrigger ToTrigger(HostCommand command) => command switch
    {
        HostCommand.Start => SessionTrigger.Start,
        HostCommand.OpenChoosing => SessionTrigger.OpenChoosing,
        HostCommand.Reveal => SessionTrigger.Reveal,
        HostCommand.Discuss => SessionTrigger.Discuss,
        HostCommand.Revote => SessionTrigger.Revote,
        HostCommand.Conclude => SessionTrigger.Conclude,
        HostCommand.NextCard => SessionTrigger.NextCard,
        HostCommand.Finish => SessionTrigger.Finish,
        HostCommand.ExtendTimer => SessionTrigger.ExtendTimer,
        HostCommand.StopTimer => SessionTrigger.StopTimer,
        HostCommand.Pause => SessionTrigger.Pause,
        HostCommand.Resume => SessionTrigger.Resume,
        HostCommand.SkipCard => SessionTrigger.SkipCard,
        HostCommand.SkipCardDroppingAnswers => SessionTrigger.SkipCardDroppingAnswers,
        HostCommand.BackToConversation => SessionTrigger.BackToConversation,
        HostCommand.BackToAgreement => SessionTrigger.BackToAgreement,
        HostCommand.ReplayCard => SessionTrigger.ReplayCard,
        HostCommand.ToSlotvraag => SessionTrigger.ToSlotvraag,
        HostCommand.ToDebrief => SessionTrigger.ToDebrief,
        HostCommand.Undo => SessionTrigger.Undo,
        HostCommand.KeepDraft => SessionTrigger.KeepDraft,
        HostCommand.DiscardDraft => SessionTrigger.DiscardDraft,
        HostCommand.ShowPractice => SessionTrigger.ShowPractice,
        HostCommand.HidePractice => SessionTrigger.HidePractice,
        _ => throw new ArgumentOutOfRangeException(nameof(command), command, "Unknown host command."),
    };

    private static HostCommand ToCommand(SessionTrigger trigger) =>
        Enum.GetValues<HostCommand>().First(command => ToTrigger(command) == trigger);

    /// <summary>The machine as a Mermaid state diagram; docs/state-machine.md holds the same text.</summary>
    public string ToMermaid() => MermaidGraph.Format(_machine.GetInfo());

    private sealed record Guard(string Description, ErrorCode Refusal, Func<bool> Holds)
    {
        /// <summary>Both guards; its description names both, so that a refusal can say which one failed.</summary>
        public Guard And(Guard other) => new($"{Description}, {other.Description}", other.Refusal, () => Holds() && other.Holds());
    }
}
