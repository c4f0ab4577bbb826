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
        _pairs.FirstOrDefault(p => p.Value.Equals(value)).Token ?? Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);

    /// <summary>The tokens of the values set in <paramref name="flags"/>, in the order of the format.</summary>
    public IReadOnlyList<string> TokensIn(T flags) => _pairs.Where(p => flags.HasFlag(p.Value)).Select(p => p.Token).ToArray();
}

/// <summary>The allowed values of <c>side</c>, <c>function</c>, <c>stance</c> and <c>questions</c> in a deck file.</summary>
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

    public static readonly Tokens<Stance> Stances = new(
        new("houding", "stance"),
        ("loslaten", Stance.Loslaten),
        ("faciliteren", Stance.Faciliteren),
        ("stimuleren", Stance.Stimuleren),
        ("regisseren", Stance.Regisseren),
        ("reguleren", Stance.Reguleren),
        ("samenwerken", Stance.Samenwerken),
        ("nee-zeggen", Stance.NeeZeggen));

    public static readonly Tokens<CardQuestions> Questions = new(
        new("vraag", "question"),
        ("eigenaarschap", CardQuestions.Eigenaarschap),
        ("regie", CardQuestions.Regie),
        ("action", CardQuestions.Action),
        ("prediction", CardQuestions.Prediction));
}
