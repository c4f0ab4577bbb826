namespace Spel.Scenarios.Decks;

// The records compare by value, lists included: every list property wraps what it is given in a ValueList,
// whose equality is by content. That is what lets a deck read, written and read again equal the first one.

/// <summary>A scenario deck as trainers write it: the roles it offers and its cards, in the deck's own language.</summary>
public sealed record Deck(
    string Id,
    string Title,
    string Language,
    string Description,
    string Audience,
    IReadOnlyList<Role> Roles,
    IReadOnlyList<Card> Cards)
{
    public IReadOnlyList<Role> Roles { get; init => field = ValueList.Of(value); } = ValueList.Of(Roles);

    public IReadOnlyList<Card> Cards { get; init => field = ValueList.Of(value); } = ValueList.Of(Cards);

    public Role? FindRole(string roleId) => Roles.FirstOrDefault(r => r.Id == roleId);
}

/// <summary>A role a participant can take, on one side (wethouder on the gemeente side, initiatiefnemer on the village side).</summary>
public sealed record Role(string Id, string Name, Side Side);

/// <summary>One situation from practice; one round of the game.</summary>
public sealed record Card(
    string Id,
    string Title,
    string Situation,
    string? Source,
    string ActionQuestion,
    IReadOnlyList<ActionOption> Options,
    IReadOnlyList<string> Prompts,
    string? WhatHappened,
    IReadOnlyList<string> Themes)
{
    /// <summary>What participants answer on this card; a deck file that does not say asks <see cref="CardQuestions.Standard"/>.</summary>
    public CardQuestions Questions { get; init; } = CardQuestions.Standard;

    /// <summary>Part of the short set the deck suggests for a first session (<c>suggested: true</c>); false when the file does not say.</summary>
    public bool Suggested { get; init; }

    public IReadOnlyList<ActionOption> Options { get; init => field = ValueList.Of(value); } = ValueList.Of(Options);

    public IReadOnlyList<string> Prompts { get; init => field = ValueList.Of(value); } = ValueList.Of(Prompts);

    public IReadOnlyList<string> Themes { get; init => field = ValueList.Of(value); } = ValueList.Of(Themes);

    public ActionOption? FindOption(string optionId) => Options.FirstOrDefault(o => o.Id == optionId);
}

/// <summary>
/// An answer to a card's action question: one course of action for the situation as a whole, tagged with the function
/// the village organisation takes in it and the stance the gemeente takes in it (a step of <see cref="Stances.Ladder"/>).
/// A card need not offer one option per function.
/// </summary>
public sealed record ActionOption(string Id, string Text, VillageFunction Function, Stance Stance);
