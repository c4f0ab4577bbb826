namespace Spel.Scenarios.Decks;

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
    public ActionOption? FindOption(string optionId) => Options.FirstOrDefault(o => o.Id == optionId);
}

/// <summary>An answer to a card's action question, tagged with the function and stance it expresses.</summary>
public sealed record ActionOption(string Id, string Text, VillageFunction Function, Stance Stance);
