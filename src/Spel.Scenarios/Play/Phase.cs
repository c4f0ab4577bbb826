namespace Spel.Scenarios.Play;

/// <summary>Where a session is. A round walks Situatie → Kiezen → Onthulling → Gesprek for each card.</summary>
public enum Phase
{
    Lobby,
    Situatie,
    Kiezen,
    Onthulling,
    Gesprek,
    Debrief,
}

/// <summary>What the facilitator can ask of a session. Which one is legal depends on the phase.</summary>
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

    /// <summary>Gesprek → the next card's Situatie, or the Debrief after the last card.</summary>
    NextCard,
}
