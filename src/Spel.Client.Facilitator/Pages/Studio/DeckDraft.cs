using Spel.Scenarios.Decks;

namespace Spel.Client.Pages.Studio;

/// <summary>
/// A deck as the editor's form holds it: mutable, so every field binds directly, and turned into the model's
/// <see cref="Deck"/> for the preview, the validator and a save. Ids the trainer never sees (roles, cards, options)
/// are made here and kept, because earlier answers hang on them.
/// </summary>
public sealed class DeckDraft
{
    public string Id { get; set; } = "";

    public string Title { get; set; } = "";

    public string Language { get; set; } = "nl";

    public string Description { get; set; } = "";

    public string Audience { get; set; } = "";

    public List<RoleDraft> Roles { get; } = [];

    public List<CardDraft> Cards { get; } = [];

    /// <summary>A new deck starts with one role on each side and one empty card, the least a playable deck has.</summary>
    public static DeckDraft New()
    {
        var draft = new DeckDraft();
        draft.AddRole(Side.Gemeente);
        draft.AddRole(Side.Dorpsbelangen);
        draft.AddCard();
        return draft;
    }

    public static DeckDraft From(Deck deck)
    {
        var draft = new DeckDraft
        {
            Id = deck.Id,
            Title = deck.Title,
            Language = deck.Language,
            Description = deck.Description,
            Audience = deck.Audience,
        };
        draft.Roles.AddRange(deck.Roles.Select(r => new RoleDraft { Id = r.Id, Name = r.Name, Side = r.Side }));
        draft.Cards.AddRange(deck.Cards.Select(CardDraft.From));
        return draft;
    }

    public Deck ToDeck() => new(
        Id.Trim(), Title, Language, Description, Audience,
        [.. Roles.Select(r => new Role(r.Id, r.Name, r.Side))],
        [.. Cards.Select(c => c.ToCard())]);

    public RoleDraft AddRole(Side side)
    {
        var role = new RoleDraft { Id = FreeId("rol", Roles.Select(r => r.Id)), Side = side };
        Roles.Add(role);
        return role;
    }

    public CardDraft AddCard()
    {
        var card = CardDraft.New(FreeId("kaart", Cards.Select(c => c.Id)));
        Cards.Add(card);
        return card;
    }

    /// <summary>A copy right after the card, under an id of its own.</summary>
    public CardDraft DuplicateCard(int index)
    {
        var copy = CardDraft.From(Cards[index].ToCard());
        copy.Id = FreeId(Cards[index].Id + "-kopie", Cards.Select(c => c.Id));
        Cards.Insert(index + 1, copy);
        return copy;
    }

    public void AddCards(IEnumerable<Card> cards)
    {
        foreach (var card in cards)
        {
            var draft = CardDraft.From(card);
            draft.Id = FreeId(card.Id, Cards.Select(c => c.Id), numberFirst: false);
            Cards.Add(draft);
        }
    }

    /// <summary>
    /// <paramref name="stem"/> itself when no other uses it (unless <paramref name="numberFirst"/>), otherwise the
    /// stem with the first free number: ids are kebab-case and unique where the validator asks them to be.
    /// </summary>
    internal static string FreeId(string stem, IEnumerable<string> taken, bool numberFirst = true)
    {
        var used = taken.ToHashSet(StringComparer.Ordinal);
        if (!numberFirst && !used.Contains(stem))
        {
            return stem;
        }

        var number = 1;
        while (used.Contains($"{stem}-{number}"))
        {
            number++;
        }

        return $"{stem}-{number}";
    }

    /// <summary>Moves an item to another place in its list; the rest keep their order.</summary>
    public static void Move<T>(List<T> list, int from, int to)
    {
        if (from == to || from < 0 || to < 0 || from >= list.Count || to >= list.Count)
        {
            return;
        }

        var item = list[from];
        list.RemoveAt(from);
        list.Insert(to, item);
    }
}

public sealed class RoleDraft
{
    public string Id { get; set; } = "";

    public string Name { get; set; } = "";

    public Side Side { get; set; }
}

public sealed class CardDraft
{
    public string Id { get; set; } = "";

    public string Title { get; set; } = "";

    public string Situation { get; set; } = "";

    public string Source { get; set; } = "";

    public string ActionQuestion { get; set; } = "";

    public List<OptionDraft> Options { get; } = [];

    public List<string> Prompts { get; } = [];

    public string WhatHappened { get; set; } = "";

    public List<string> Themes { get; } = [];

    public bool Suggested { get; set; }

    /// <summary>Kept as the deck had it: the editor does not ask which questions a card asks.</summary>
    public CardQuestions Questions { get; set; } = CardQuestions.Standard;

    public bool CanAddOption => Options.Count < DeckLimits.MaxOptions;

    public bool CanRemoveOption => Options.Count > DeckLimits.MinOptions;

    public bool CanRemovePrompt => Prompts.Count > DeckLimits.MinPrompts;

    public static CardDraft New(string id)
    {
        var card = new CardDraft { Id = id };
        while (card.Options.Count < DeckLimits.MinOptions)
        {
            card.AddOption();
        }

        card.Prompts.AddRange(Enumerable.Repeat("", DeckLimits.MinPrompts));
        return card;
    }

    public static CardDraft From(Card card)
    {
        var draft = new CardDraft
        {
            Id = card.Id,
            Title = card.Title,
            Situation = card.Situation,
            Source = card.Source ?? "",
            ActionQuestion = card.ActionQuestion,
            WhatHappened = card.WhatHappened ?? "",
            Suggested = card.Suggested,
            Questions = card.Questions,
        };
        draft.Options.AddRange(card.Options.Select(o => new OptionDraft { Id = o.Id, Text = o.Text, Function = o.Function, Stance = o.Stance }));
        draft.Prompts.AddRange(card.Prompts);
        draft.Themes.AddRange(card.Themes);
        return draft;
    }

    /// <summary>Empty optional texts are left out, as a file without them would be.</summary>
    public Card ToCard() => new(
        Id, Title, Situation, Blank(Source), ActionQuestion,
        [.. Options.Select(o => new ActionOption(o.Id, o.Text, o.Function, o.Stance))],
        [.. Prompts],
        Blank(WhatHappened),
        [.. Themes])
    {
        Questions = Questions,
        Suggested = Suggested,
    };

    /// <summary>False when the card already has <see cref="DeckLimits.MaxOptions"/>: the button says so instead.</summary>
    public bool AddOption()
    {
        if (!CanAddOption)
        {
            return false;
        }

        Options.Add(new OptionDraft { Id = DeckDraft.FreeId("optie", Options.Select(o => o.Id)) });
        return true;
    }

    public bool RemoveOption(int index)
    {
        if (!CanRemoveOption)
        {
            return false;
        }

        Options.RemoveAt(index);
        return true;
    }

    private static string? Blank(string text) => string.IsNullOrWhiteSpace(text) ? null : text;
}

public sealed class OptionDraft
{
    public string Id { get; set; } = "";

    public string Text { get; set; } = "";

    public VillageFunction Function { get; set; } = VillageFunction.Verbinder;

    // A new option has to start somewhere on the ladder; the trainer changes it in the picker below its text.
    public Stance Stance { get; set; } = Stance.Faciliteren;
}
