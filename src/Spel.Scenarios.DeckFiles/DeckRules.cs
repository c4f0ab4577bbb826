namespace Spel.Scenarios.Decks;

/// <summary>A check on a deck whose fields could be read; reports through <paramref name="problems"/>, never throws.</summary>
internal delegate void DeckRule(Deck deck, SourceMap where, DeckProblems problems);

/// <summary>
/// What makes a readable deck playable. Each rule is one method; a new rule is one more method and one more
/// entry in <see cref="All"/>. Rules skip fields whose place is unknown: those were missing or unreadable,
/// and that is reported already.
/// </summary>
internal static class DeckRules
{
    private static readonly IReadOnlyList<DeckRule> All =
    [
        HasCards,
        HasRolesOnBothSides,
        RoleIdsAreUnique,
        CardIdsAreUnique,
        OptionIdsAreUniqueWithinACard,
        EveryCardOffersTwoToFiveOptions,
        EveryCardHasEnoughPrompts,
        EveryCardHasATheme,
        EveryCardAsksTheStandardQuestions,
    ];

    public static void CheckAll(Deck deck, SourceMap where, DeckProblems problems)
    {
        foreach (var rule in All)
        {
            rule(deck, where, problems);
        }
    }

    private static void HasCards(Deck deck, SourceMap where, DeckProblems problems)
    {
        if (deck.Cards.Count == 0 && where.Field(deck, "cards") is { } cards)
        {
            problems.Add(cards.AtKey, DeckMessages.NoCards);
        }
    }

    private static void HasRolesOnBothSides(Deck deck, SourceMap where, DeckProblems problems)
    {
        // A role whose side could not be read might be the missing side; do not guess.
        if (where.Field(deck, "roles") is not { } roles || deck.Roles.Any(r => where.Field(r, "side") is null))
        {
            return;
        }

        foreach (var side in Enum.GetValues<Side>().Where(side => deck.Roles.All(r => r.Side != side)))
        {
            problems.Add(roles.AtKey, DeckMessages.NoRolesOnSide(DeckTokens.Sides.TokenOf(side)));
        }
    }

    private static void RoleIdsAreUnique(Deck deck, SourceMap where, DeckProblems problems) =>
        ReportDuplicateIds(deck.Roles, r => r.Id, Element.Role, where, problems);

    private static void CardIdsAreUnique(Deck deck, SourceMap where, DeckProblems problems) =>
        ReportDuplicateIds(deck.Cards, c => c.Id, Element.Card, where, problems);

    private static void OptionIdsAreUniqueWithinACard(Deck deck, SourceMap where, DeckProblems problems)
    {
        foreach (var card in deck.Cards)
        {
            ReportDuplicateIds(card.Options, o => o.Id, Element.Option, where, problems);
        }
    }

    private static void EveryCardOffersTwoToFiveOptions(Deck deck, SourceMap where, DeckProblems problems)
    {
        foreach (var card in deck.Cards)
        {
            if (card.Options.Count is < DeckLimits.MinOptions or > DeckLimits.MaxOptions && where.Field(card, "options") is { } options)
            {
                problems.Add(options.AtKey, DeckMessages.OptionCount(card.Id, card.Options.Count, DeckLimits.MinOptions, DeckLimits.MaxOptions));
            }
        }
    }

    private static void EveryCardHasEnoughPrompts(Deck deck, SourceMap where, DeckProblems problems)
    {
        foreach (var card in deck.Cards)
        {
            if (card.Prompts.Count < DeckLimits.MinPrompts && where.Field(card, "prompts") is { } prompts)
            {
                problems.Add(prompts.AtKey, DeckMessages.TooFewPrompts(card.Id, card.Prompts.Count, DeckLimits.MinPrompts));
            }
        }
    }

    private static void EveryCardHasATheme(Deck deck, SourceMap where, DeckProblems problems)
    {
        foreach (var card in deck.Cards)
        {
            if (card.Themes.Count == 0 && where.Field(card, "themes") is { } themes)
            {
                problems.Add(themes.AtKey, DeckMessages.NoThemes(card.Id));
            }
        }
    }

    private static void EveryCardAsksTheStandardQuestions(Deck deck, SourceMap where, DeckProblems problems)
    {
        foreach (var card in deck.Cards)
        {
            var missing = CardQuestions.Standard & ~card.Questions;
            if (missing != CardQuestions.None && where.Field(card, "questions") is { } questions)
            {
                problems.Add(questions.AtKey, DeckMessages.StandardQuestionsMissing(card.Id, DeckTokens.Questions.TokensIn(missing)));
            }
        }
    }

    private static void ReportDuplicateIds<T>(
        IEnumerable<T> elements, Func<T, string> idOf, Element kind, SourceMap where, DeckProblems problems)
        where T : notnull
    {
        // The first one's number in its list as well as its line: in the studio the line is of a file the trainer never sees.
        var firsts = new Dictionary<string, (int Number, int Line)>(StringComparer.Ordinal);
        foreach (var (element, index) in elements.Select((element, index) => (element, index)))
        {
            if (where.Field(element, "id") is not { } id)
            {
                continue;
            }

            if (firsts.TryGetValue(idOf(element), out var first))
            {
                problems.Add(id.AtValue, DeckMessages.DuplicateId(kind, idOf(element), first.Number, first.Line));
            }
            else
            {
                firsts[idOf(element)] = (index + 1, id.Value.Line);
            }
        }
    }
}
