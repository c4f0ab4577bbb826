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

/// <summary>The four functions a village organisation can take (Universiteit Utrecht study).</summary>
public enum VillageFunction
{
    Vertegenwoordiger,
    Kennisdeler,
    Verbinder,
    Aanjager,
}

/// <summary>The stance an action option expresses (government participation steps plus working together and saying no).</summary>
public enum Stance
{
    Loslaten,
    Faciliteren,
    Stimuleren,
    Regisseren,
    Reguleren,
    Samenwerken,
    NeeZeggen,
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
