using System.Globalization;

namespace Spel.Scenarios.Decks;

/// <summary>The words a deck file uses for one of the vocabulary enums, matched without regard to case.</summary>
internal sealed class Tokens<T>
    where T : struct, Enum
{
    private readonly (string Token, T Value)[] _pairs;

    public Tokens(Message noun, params (string Token, T Value)[] pairs)
    {
        Noun = noun;
        _pairs = pairs;
    }

    /// <summary>What the value is called, for messages ("functie" / "function").</summary>
    public Message Noun { get; }

    public IReadOnlyList<string> All => _pairs.Select(p => p.Token).ToArray();

    /// <summary>
    /// Words the format once allowed and now refuses, each with its value: written back as this word, so a deck that
    /// still holds one (a studio draft, an old saved deck) is read with <see cref="ExplainRetired"/>, not as a number.
    /// </summary>
    public IReadOnlyList<(string Token, T Value)> Retired { get; init; } = [];

    /// <summary>Why a retired word is refused and what to write instead, given the word and the field or column it is in.</summary>
    public Func<string, string, Message>? ExplainRetired { get; init; }

    /// <summary>
    /// Finds the retired word <paramref name="text"/> is, however it is written ("Nee zeggen", "nee_zeggen"), so the
    /// spreadsheet's spellings are refused with the same reason as the deck file's.
    /// </summary>
    public bool TryRetired(string text, out T value)
    {
        var found = Retired.FirstOrDefault(r => Suggestions.Squash(r.Token) == Suggestions.Squash(text));
        value = found.Value;
        return found.Token is not null;
    }

    public bool TryParse(string text, out T value)
    {
        foreach (var (token, candidate) in _pairs)
        {
            if (string.Equals(token, text.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }

    /// <summary>
    /// The word for <paramref name="value"/>; a number that is no value of the enum (JSON from the editor may carry
    /// one) as that number, which reading reports as an unknown word instead of the writer failing.
    /// </summary>
    public string TokenOf(T value) =>
        _pairs.Concat(Retired).FirstOrDefault(p => p.Value.Equals(value)).Token ?? Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);

    /// <summary>The tokens of the values set in <paramref name="flags"/>, in the order of the format.</summary>
    public IReadOnlyList<string> TokensIn(T flags) => _pairs.Where(p => flags.HasFlag(p.Value)).Select(p => p.Token).ToArray();
}

/// <summary>The allowed values of <c>side</c>, <c>function</c>, <c>gemeente_stance</c> and <c>questions</c> in a deck file.</summary>
internal static class DeckTokens
{
    public static readonly Tokens<Side> Sides = new(
        new("kant", "side"),
        ("gemeente", Side.Gemeente),
        ("dorpsbelangen", Side.Dorpsbelangen));

    public static readonly Tokens<VillageFunction> Functions = new(
        new("functie", "function"),
        ("vertegenwoordiger", VillageFunction.Vertegenwoordiger),
        ("kennisdeler", VillageFunction.Kennisdeler),
        ("verbinder", VillageFunction.Verbinder),
        ("aanjager", VillageFunction.Aanjager));

    // The gemeente's stance, in the order of the ladder (Stances.Ladder). Until issue 13 a stance could also be working
    // together or saying no, which are not steps of the gemeente on the ladder; decks that say them are refused.
    public static readonly Tokens<Stance> Stances = new(
        new("houding", "stance"),
        ("reguleren", Stance.Reguleren),
        ("regisseren", Stance.Regisseren),
        ("stimuleren", Stance.Stimuleren),
        ("faciliteren", Stance.Faciliteren),
        ("loslaten", Stance.Loslaten))
    {
        Retired = [("samenwerken", Stance.Samenwerken), ("nee-zeggen", Stance.NeeZeggen)],
        ExplainRetired = DeckMessages.RetiredStance,
    };

    public static readonly Tokens<CardQuestions> Questions = new(
        new("vraag", "question"),
        ("eigenaarschap", CardQuestions.Eigenaarschap),
        ("regie", CardQuestions.Regie),
        ("action", CardQuestions.Action),
        ("prediction", CardQuestions.Prediction));
}
