namespace Spel.Scenarios.Play;

/// <summary>
/// Where a session is. A round walks Situatie → Kiezen → Onthulling → Gesprek → (Herstemming) → Afspraak
/// for each card; after the last card come the Slotvraag and the Debrief.
/// </summary>
public enum Phase
{
    Lobby,
    Situatie,
    Kiezen,
    Onthulling,
    Gesprek,

    /// <summary>A quick second vote after the conversation (when the session has herstemming on).</summary>
    Herstemming,

    /// <summary>The facilitator records the group's conclusion for the card.</summary>
    Afspraak,

    /// <summary>After the last card: every seat spreads 10 points over the four functions.</summary>
    Slotvraag,

    Debrief,
}

/// <summary>What the facilitator can ask of a session. Which one is legal depends on the phase and the settings.</summary>
public enum HostCommand
{
    /// <summary>Lobby → first card's Situatie.</summary>
    Start,

    /// <summary>Situatie → Kiezen: tablets show the answer form.</summary>
    OpenChoosing,

    /// <summary>Kiezen → Onthulling: the board shows every answer at once.</summary>
    Reveal,

    /// <summary>Onthulling → Gesprek: the card's conversation prompts.</summary>
    Discuss,

    /// <summary>Gesprek → Herstemming, when the session has herstemming on.</summary>
    Revote,

    /// <summary>Gesprek (herstemming off) or Herstemming → Afspraak; after a re-vote the board shows who moved.</summary>
    Conclude,

    /// <summary>Afspraak → the next card's Situatie, or the Slotvraag after the last card.</summary>
    NextCard,

    /// <summary>Slotvraag → Debrief.</summary>
    Finish,

    /// <summary>Adds a minute to the running timer.</summary>
    ExtendTimer,

    /// <summary>Stops the running timer; the phase stays until the facilitator moves on.</summary>
    StopTimer,

    // Round controls (issue 10, part "flow"): pause, skip, back, replay, finish now and their one-step undo.

    /// <summary>Pauses the session in any phase before the Debrief: countdowns freeze, inputs wait; joins stay open.</summary>
    Pause,

    /// <summary>Ends the pause: the phase goes on exactly where it was, a countdown with the time it had left.</summary>
    Resume,

    /// <summary>Leaves the card on the table for the next card's Situatie (or the Slotvraag), keeping its answers; the debrief marks it skipped.</summary>
    SkipCard,

    /// <summary>As <see cref="SkipCard"/>, but the card's answers and second votes are dropped.</summary>
    SkipCardDroppingAnswers,

    /// <summary>Opens the previous card's Gesprek again (from the Slotvraag: the last card's), with its answers.</summary>
    BackToConversation,

    /// <summary>Opens the previous card's Afspraak again (from the Slotvraag: the last card's), with its answers and agreement.</summary>
    BackToAgreement,

    /// <summary>Clears the current card's answers and second votes and opens its Kiezen again.</summary>
    ReplayCard,

    /// <summary>Ends the round of cards now: straight to the Slotvraag.</summary>
    ToSlotvraag,

    /// <summary>Ends the session now: straight to the Debrief, without the Slotvraag.</summary>
    ToDebrief,

    /// <summary>Undoes the last skip, back, replay or finish-now, until the next command or input.</summary>
    Undo,

    // Part "access" (issue 10): what happens to an afspraak still being typed when the facilitator moves on.

    /// <summary>Records the console's unsaved afspraak draft as the card's conclusion (Afspraak).</summary>
    KeepDraft,

    /// <summary>Throws the console's unsaved afspraak draft away (Afspraak).</summary>
    DiscardDraft,

    // Issue 13, part "practice": "Wat deden anderen?", the card's what_happened after the reveal.

    /// <summary>Shows "Zo ging het in de praktijk" on the projector and the tablets, from the reveal until the card is left.</summary>
    ShowPractice,

    /// <summary>Hides "Zo ging het in de praktijk" again; the projector shows the board.</summary>
    HidePractice,
}

/// <summary>What a phase means for the screens, in one place.</summary>
public static class Phases
{
    /// <summary>From the reveal until the card is left: the board shows every answer to the card on the table.</summary>
    public static bool ShowsBoard(this Phase phase) => phase is Phase.Onthulling or Phase.Gesprek or Phase.Herstemming or Phase.Afspraak;

    /// <summary>A card is on the table: from its Situatie until it is left for the next card or the Slotvraag.</summary>
    public static bool HasCard(this Phase phase) => phase is >= Phase.Situatie and <= Phase.Afspraak;

    /// <summary>The seats give something: an answer, a second vote or their points.</summary>
    public static bool AsksInput(this Phase phase) => phase is Phase.Kiezen or Phase.Herstemming or Phase.Slotvraag;
}
