namespace Spel.Scenarios.Decks;

/// <summary>The two worlds that meet in a workshop: the municipality and the village organisation.</summary>
public enum Side
{
    Gemeente,
    Dorpsbelangen,
}

/// <summary>
/// Who owns an initiative, from the community's living domain (1) to the public domain (4);
/// the Peel en Maas model from the sources.
/// </summary>
public enum Eigenaarschap
{
    /// <summary>Gemeenschap is eigenaar: self-steering.</summary>
    Gemeenschap = 1,

    /// <summary>Gemeenschap is eigenaar, gemeente of maatschappelijke partij levert bijdrage.</summary>
    GemeenschapMetBijdrage = 2,

    /// <summary>Gemeente of maatschappelijke partij is eigenaar, bewoners leveren bijdrage.</summary>
    GemeenteMetBijdrage = 3,

    /// <summary>Gemeente is eigenaar: public domain, rules.</summary>
    Gemeente = 4,
}

/// <summary>Who steers the process, in five steps; ordered like <see cref="Eigenaarschap"/>, community first.</summary>
public enum Regie
{
    VolledigGemeenschap = 1,
    VooralGemeenschap = 2,
    Gedeeld = 3,
    VooralGemeente = 4,
    VolledigGemeente = 5,
}

/// <summary>
/// The function the village organisation takes in an option, one of four (Universiteit Utrecht study): even when the
/// gemeente is the one acting, the option says what role that leaves dorpsbelangen.
/// </summary>
public enum VillageFunction
{
    Vertegenwoordiger,
    Kennisdeler,
    Verbinder,
    Aanjager,
}

/// <summary>
/// The stance the gemeente takes in an option, a step on the participation ladder (<see cref="Stances.Ladder"/>).
/// </summary>
public enum Stance
{
    Loslaten,
    Faciliteren,
    Stimuleren,
    Regisseren,
    Reguleren,

    /// <summary>
    /// Legacy: before issue 13 a stance was nobody's in particular and could be this. Only sessions saved before then
    /// hold it in their deck snapshot; a deck file can no longer say it. Not a step of the ladder.
    /// </summary>
    Samenwerken,

    /// <summary>Legacy, like <see cref="Samenwerken"/>: only in sessions saved before issue 13.</summary>
    NeeZeggen,
}

/// <summary>The stances a person is offered or shown, without the legacy members of <see cref="Stance"/>.</summary>
public static class Stances
{
    /// <summary>The five steps of the participation ladder, from the gemeente holding on most to letting go.</summary>
    public static IReadOnlyList<Stance> Ladder { get; } =
        [Stance.Reguleren, Stance.Regisseren, Stance.Stimuleren, Stance.Faciliteren, Stance.Loslaten];
}

/// <summary>The questions a card asks every participant in the choosing phase.</summary>
[Flags]
public enum CardQuestions
{
    None = 0,

    /// <summary>Who owns the initiative (<see cref="Decks.Eigenaarschap"/>).</summary>
    Eigenaarschap = 1,

    /// <summary>Who steers the process (<see cref="Decks.Regie"/>).</summary>
    Regie = 2,

    /// <summary>The card's own action question, answered with one of its options.</summary>
    Action = 4,

    /// <summary>Predict how the other side answers (wisselperspectief).</summary>
    Prediction = 8,

    /// <summary>What this version of the game asks on every card: the board and the debrief are built on these three.</summary>
    Standard = Eigenaarschap | Regie | Action,
}
