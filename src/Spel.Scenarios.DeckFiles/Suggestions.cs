namespace Spel.Scenarios.Decks;

/// <summary>Guesses what a trainer meant when a field name or value is not one we know.</summary>
internal static class Suggestions
{
    // Trainers write in Dutch all day; the field names are English, so the Dutch word is the likeliest slip.
    private static readonly Dictionary<string, string> DutchFieldNames = new()
    {
        ["titel"] = "title",
        ["naam"] = "name",
        ["kant"] = "side",
        ["zijde"] = "side",
        ["rollen"] = "roles",
        ["kaarten"] = "cards",
        ["taal"] = "language",
        ["beschrijving"] = "description",
        ["omschrijving"] = "description",
        ["doelgroep"] = "audience",
        ["publiek"] = "audience",
        ["situatie"] = "situation",
        ["bron"] = "source",
        ["vraag"] = "action_question",
        ["actievraag"] = "action_question",
        ["opties"] = "options",
        ["antwoorden"] = "options",
        ["keuzes"] = "options",
        ["tekst"] = "text",
        ["functie"] = "function",
        ["houding"] = "gemeente_stance",
        ["gemeentehouding"] = "gemeente_stance",
        ["houdinggemeente"] = "gemeente_stance",
        ["houdingvandegemeente"] = "gemeente_stance",
        ["stancegemeente"] = "gemeente_stance",
        ["municipalitystance"] = "gemeente_stance",
        ["stancemunicipality"] = "gemeente_stance",
        ["gespreksvragen"] = "prompts",
        ["vragen"] = "prompts",
        ["themas"] = "themes",
        ["thema"] = "themes",
        ["watergebeurde"] = "what_happened",
        ["afloop"] = "what_happened",
        ["voorgesteld"] = "suggested",
        ["aanbevolen"] = "suggested",
    };

    // Values that are not a typo but another word: Dutch for the English question names, and the
    // stances the game's description mentions under another name.
    private static readonly Dictionary<string, string> OtherWordsForValues = new()
    {
        ["actie"] = "action",
        ["actievraag"] = "action",
        ["voorspelling"] = "prediction",
        ["voorspellen"] = "prediction",
        ["wisselperspectief"] = "prediction",
        ["eigenaar"] = "eigenaarschap",
        ["eigendom"] = "eigenaarschap",
        ["kaderstellen"] = "reguleren",
        ["sturen"] = "regisseren",
    };

    public static string? ForField(string unknown, IReadOnlyCollection<string> known) =>
        Guess(DutchFieldNames, unknown, known);

    public static string? ForValue(string unknown, IReadOnlyCollection<string> allowed) =>
        Guess(OtherWordsForValues, unknown, allowed);

    /// <summary>The candidate that differs only in case, separators or a couple of typos; null when none is that close.</summary>
    private static string? Closest(string squashed, IEnumerable<string> candidates)
    {
        var allowedDistance = squashed.Length >= 5 ? 2 : 1;
        string? closest = null;
        var closestDistance = allowedDistance + 1;
        foreach (var candidate in candidates)
        {
            var other = Squash(candidate);

            // Lengths that differ by more than the allowed distance need more edits than that. Skipping them keeps the
            // work per candidate to the candidate's own size, however long the unknown text in the file is.
            if (Math.Abs(other.Length - squashed.Length) > allowedDistance)
            {
                continue;
            }

            var distance = Distance(squashed, other);
            if (distance < closestDistance)
            {
                (closest, closestDistance) = (candidate, distance);
            }
        }

        return closest;
    }

    private static string? Guess(Dictionary<string, string> otherWords, string unknown, IReadOnlyCollection<string> known)
    {
        var squashed = Squash(unknown);
        return otherWords.TryGetValue(squashed, out var meant) && known.Contains(meant)
            ? meant
            : Closest(squashed, known);
    }

    // "action_question", "actionQuestion" and "Action-Question" are the same word to a reader.
    internal static string Squash(string text) =>
        new(text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());

    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        var current = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
