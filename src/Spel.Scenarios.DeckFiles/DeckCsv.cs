using System.Globalization;
using System.Text;
using System.Text.Unicode;

namespace Spel.Scenarios.Decks;

/// <summary>
/// Cards read from a spreadsheet, in the order of its rows, and what could not be read: each problem at its row (in
/// <see cref="DeckProblem.Line"/>, the header being row 1) and column number (in <see cref="DeckProblem.Column"/>; 0
/// when it is about a column that is not there), with <see cref="DeckProblem.Path"/> null.
/// </summary>
public sealed record DeckCsvImport(IReadOnlyList<Card> Cards, IReadOnlyList<DeckProblem> Problems);

/// <summary>
/// Reads cards from a spreadsheet saved as CSV, one row per option (docs/deck-format.md, "Kaarten uit een
/// spreadsheet"), for trainers who write in Excel. The cards are meant for the studio's editor, which checks them
/// with the deck's rules; this only reports what keeps a row from becoming part of a card.
/// </summary>
public static class DeckCsv
{
    public const string DefaultSource = "kaarten.csv";

    // Room for a "-2" when two derived ids would be the same, well within DeckLimits.Id.
    private const int MaxDerivedId = 40;

    // A spreadsheet for an English deck may well say the English words of docs/glossary.md; both sides squashed.
    private static readonly Dictionary<string, string> EnglishWords = new(StringComparer.Ordinal)
    {
        ["representative"] = "vertegenwoordiger",
        ["knowledgesharer"] = "kennisdeler",
        ["connector"] = "verbinder",
        ["activator"] = "aanjager",
        ["letgo"] = "loslaten",
        ["facilitate"] = "faciliteren",
        ["stimulate"] = "stimuleren",
        ["direct"] = "regisseren",
        ["regulate"] = "reguleren",
        ["worktogether"] = "samenwerken",
        ["sayno"] = "neezeggen",
    };

    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)!;

    private static readonly CsvColumn[] Columns =
    [
        new(CsvField.CardId, "kaart-id", "card id", Required: false, OfCard: true),
        new(CsvField.CardTitle, "kaarttitel", "card title", Required: true, OfCard: true, "titel", "title"),
        new(CsvField.Situation, "situatie", "situation", Required: true, OfCard: true),
        new(CsvField.Source, "bron", "source", Required: false, OfCard: true),
        new(CsvField.ActionQuestion, "actievraag", "action question", Required: true, OfCard: true, "vraag", "question"),
        new(CsvField.OptionId, "optie-id", "option id", Required: false, OfCard: false),
        new(CsvField.OptionText, "optie", "option", Required: true, OfCard: false, "optietekst", "option text", "antwoordoptie", "tekst", "text"),
        new(CsvField.Function, "functie", "function", Required: true, OfCard: false),
        // The gemeente's stance since issue 13; a sheet made before then calls the same column `houding` or `stance`.
        new(CsvField.Stance, "houding gemeente", "gemeente stance", Required: true, OfCard: false, "gemeente-houding", "houding", "stance", "municipality stance"),
        new(CsvField.Prompts, "gespreksvragen", "prompts", Required: false, OfCard: true, "gespreksvraag"),
        new(CsvField.WhatHappened, "wat er echt gebeurde", "what happened", Required: false, OfCard: true, "wat er gebeurde", "afloop"),
        new(CsvField.Themes, "thema's", "themes", Required: false, OfCard: true, "thema"),
        new(CsvField.Suggested, "voorgesteld", "suggested", Required: false, OfCard: true, "aanbevolen"),
    ];

    /// <summary>
    /// Reads a file's bytes: UTF-8 (with or without a byte order mark, Excel's "CSV UTF-8"), UTF-16 with a byte order
    /// mark (Excel's "Unicode text"), and otherwise Windows-1252, which Excel's plain "CSV" writes on Dutch Windows.
    /// Guessing is safe here, unlike for a deck file: the cards go into the editor, where the trainer sees every text
    /// before saving.
    /// </summary>
    public static DeckCsvImport Read(byte[] bytes, string sourceName = DefaultSource) => Read(Decode(bytes), sourceName);

    /// <summary>Reads CSV text; a text decoded with replacement characters (not UTF-8) gets a message to save it as "CSV UTF-8".</summary>
    public static DeckCsvImport Read(string text, string sourceName = DefaultSource)
    {
        var problems = new DeckProblems(sourceName);
        var cards = ReadCards(text.TrimStart('\uFEFF'), problems);
        return new DeckCsvImport(cards, problems.ToList());
    }

    private static string Decode(byte[] bytes)
    {
        if (bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) || Utf8.IsValid(bytes))
        {
            return Encoding.UTF8.GetString(bytes);
        }

        if (bytes.AsSpan().StartsWith(Encoding.Unicode.Preamble))
        {
            return Encoding.Unicode.GetString(bytes);
        }

        return bytes.AsSpan().StartsWith(Encoding.BigEndianUnicode.Preamble)
            ? Encoding.BigEndianUnicode.GetString(bytes)
            : Windows1252.GetString(bytes);
    }

    private static List<Card> ReadCards(string text, DeckProblems problems)
    {
        if (Encoding.UTF8.GetByteCount(text) is var size and > DeckReader.MaxBytes)
        {
            problems.AddForFile(DeckMessages.FileTooLarge(size, DeckReader.MaxBytes));
            return [];
        }

        var (rows, unclosed) = CsvRows.Split(text, CsvRows.SeparatorOf(text));
        if (rows.Count == 0 || rows.All(row => row.IsEmpty))
        {
            problems.AddForFile(CsvMessages.Empty);
            return [];
        }

        if (unclosed is { } quote)
        {
            problems.Add(new Position(quote.Row, quote.Column), CsvMessages.UnclosedQuote);
            return [];
        }

        if (FirstReplacementCharacter(rows) is { } garbled)
        {
            problems.Add(garbled, CsvMessages.NotUtf8);
            return [];
        }

        if (ReadHeader(rows[0], problems) is not { } header)
        {
            return [];
        }

        var cards = new List<CardRows>();
        foreach (var row in rows.Skip(1).Where(row => !row.IsEmpty))
        {
            var id = header.Cell(row, CsvField.CardId);
            var title = header.Cell(row, CsvField.CardTitle);
            if (cards.Count == 0
                || (id.Length > 0 && id != cards[^1].Value(CsvField.CardId))
                || (id.Length == 0 && title.Length > 0 && title != cards[^1].Value(CsvField.CardTitle)))
            {
                cards.Add(new CardRows(row.Number));
            }

            cards[^1].Add(row, header, problems);
        }

        if (cards.Count == 0)
        {
            problems.Add(new Position(1, 0), CsvMessages.NoCards);
        }

        var cardIds = new HashSet<string>(cards.Select(c => c.Value(CsvField.CardId)).Where(id => id.Length > 0), StringComparer.Ordinal);
        return cards.Select(card => card.ToCard(cardIds, header, problems)).ToList();
    }

    private static Position? FirstReplacementCharacter(IReadOnlyList<CsvRow> rows)
    {
        foreach (var row in rows)
        {
            for (var column = 0; column < row.Cells.Count; column++)
            {
                if (row.Cells[column].Contains('\uFFFD', StringComparison.Ordinal))
                {
                    return new Position(row.Number, column + 1);
                }
            }
        }

        return null;
    }

    /// <summary>Which column holds which field; null when a required one is missing (each is reported).</summary>
    private static CsvHeader? ReadHeader(CsvRow row, DeckProblems problems)
    {
        var found = new Dictionary<CsvField, int>();
        var names = new Dictionary<int, string>();
        var known = Columns.SelectMany(c => c.Names).ToArray();
        for (var index = 0; index < row.Cells.Count; index++)
        {
            var name = row.Cell(index);
            if (name.Length == 0)
            {
                continue;
            }

            var at = new Position(row.Number, index + 1);
            if (Columns.FirstOrDefault(c => c.Names.Any(n => Suggestions.Squash(n) == Suggestions.Squash(name))) is not { } column)
            {
                problems.Add(at, CsvMessages.UnknownColumn(name, Suggestions.ForValue(name, known), Columns));
            }
            else if (!found.TryAdd(column.Field, index))
            {
                problems.Add(at, CsvMessages.RepeatedColumn(name));
            }
            else
            {
                names[index] = name;
            }
        }

        var missing = Columns.Where(c => c.Required && !found.ContainsKey(c.Field)).ToList();
        foreach (var column in missing)
        {
            problems.Add(new Position(row.Number, 0), CsvMessages.MissingColumn(column));
        }

        return missing.Count == 0 ? new CsvHeader(found, names) : null;
    }

    /// <summary>Plain letters and digits from a text, as a kebab-case id (the deck format's rule), unique among <paramref name="taken"/>.</summary>
    internal static string IdFrom(string text, ISet<string> taken, string fallback)
    {
        var id = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            var lower = char.ToLowerInvariant(c);
            if (lower is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                id.Append(lower);
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && id.Length > 0 && id[^1] != '-')
            {
                id.Append('-');
            }
        }

        var plain = id.ToString().Trim('-');
        if (plain.Length > MaxDerivedId)
        {
            var cut = plain.LastIndexOf('-', MaxDerivedId);
            plain = (cut > 0 ? plain[..cut] : plain[..MaxDerivedId]).Trim('-');
        }

        var root = plain.Length == 0 ? fallback : plain;
        var unique = root;
        for (var number = 2; !taken.Add(unique); number++)
        {
            unique = $"{root}-{number}";
        }

        return unique;
    }

    /// <summary>
    /// A word of the deck format in any case, with spaces or hyphens as the trainer wrote them ("Nee zeggen"), or its
    /// English word ("Say no").
    /// </summary>
    private static bool TryParseWord<T>(Tokens<T> tokens, string text, out T value)
        where T : struct, Enum
    {
        var word = DutchWord(text);
        var token = tokens.All.FirstOrDefault(t => Suggestions.Squash(t) == word);
        value = default;
        return token is not null && tokens.TryParse(token, out value);
    }

    // Squashed, and the deck format's word for an English one.
    private static string DutchWord(string text)
    {
        var squashed = Suggestions.Squash(text);
        return EnglishWords.GetValueOrDefault(squashed, squashed);
    }

    private static IReadOnlyList<string> Split(string cell) =>
        cell.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The rows of one card: its fields from the first row that fills them, and one option per row.</summary>
    private sealed class CardRows(int firstRow)
    {
        private readonly Dictionary<CsvField, (string Value, int Row)> _fields = [];
        private readonly List<(string? Id, string Text, VillageFunction Function, Stance Stance)> _options = [];

        public string Value(CsvField field) => _fields.TryGetValue(field, out var found) ? found.Value : "";

        public void Add(CsvRow row, CsvHeader header, DeckProblems problems)
        {
            foreach (var column in Columns.Where(c => c.OfCard && header.Has(c.Field)))
            {
                var value = header.Cell(row, column.Field);
                if (value.Length == 0)
                {
                    continue;
                }

                if (!_fields.TryGetValue(column.Field, out var first))
                {
                    _fields[column.Field] = (value, row.Number);
                }
                else if (first.Value != value)
                {
                    problems.Add(header.At(row, column.Field), CsvMessages.DifferentCardValue(header.Name(column.Field), first.Row, firstRow));
                }
            }

            AddOption(row, header, problems);
        }

        public Card ToCard(ISet<string> cardIds, CsvHeader header, DeckProblems problems)
        {
            var title = Value(CsvField.CardTitle);
            var optionIds = new HashSet<string>(_options.Select(o => o.Id).OfType<string>(), StringComparer.Ordinal);
            return new Card(
                Value(CsvField.CardId) is { Length: > 0 } id ? id : IdFrom(title.Length > 0 ? title : Value(CsvField.Situation), cardIds, "kaart"),
                title,
                Value(CsvField.Situation),
                Value(CsvField.Source) is { Length: > 0 } source ? source : null,
                Value(CsvField.ActionQuestion),
                _options.Select(o => new ActionOption(o.Id ?? IdFrom(o.Text, optionIds, "optie"), o.Text, o.Function, o.Stance)).ToArray(),
                Split(Value(CsvField.Prompts)),
                Value(CsvField.WhatHappened) is { Length: > 0 } happened ? happened : null,
                Split(Value(CsvField.Themes)))
            {
                Suggested = YesNo(header, problems),
            };
        }

        private void AddOption(CsvRow row, CsvHeader header, DeckProblems problems)
        {
            var text = header.Cell(row, CsvField.OptionText);
            var id = header.Cell(row, CsvField.OptionId);
            var function = header.Cell(row, CsvField.Function);
            var stance = header.Cell(row, CsvField.Stance);
            if (text.Length == 0 && id.Length == 0 && function.Length == 0 && stance.Length == 0)
            {
                return;
            }

            var complete = true;
            if (text.Length == 0)
            {
                problems.Add(header.At(row, CsvField.OptionText), CsvMessages.NoOptionText(header.Name(CsvField.OptionText)));
                complete = false;
            }

            complete &= Word(row, header, CsvField.Function, DeckTokens.Functions, problems, out var parsedFunction);
            complete &= Word(row, header, CsvField.Stance, DeckTokens.Stances, problems, out var parsedStance);
            if (complete)
            {
                _options.Add((id.Length > 0 ? id : null, text, parsedFunction, parsedStance));
            }
        }

        private static bool Word<T>(CsvRow row, CsvHeader header, CsvField field, Tokens<T> tokens, DeckProblems problems, out T value)
            where T : struct, Enum
        {
            var text = header.Cell(row, field);
            if (TryParseWord(tokens, text, out value))
            {
                return true;
            }

            problems.Add(
                header.At(row, field),
                text.Length == 0 ? CsvMessages.NoWord(header.Name(field), tokens.All)
                : tokens.TryRetired(DutchWord(text), out _) && tokens.ExplainRetired is { } explain ? explain(text, header.Name(field))
                : DeckMessages.UnknownToken(tokens.Noun, text, Suggestions.ForValue(text, tokens.All), tokens.All));
            return false;
        }

        private bool YesNo(CsvHeader header, DeckProblems problems)
        {
            if (!_fields.TryGetValue(CsvField.Suggested, out var suggested))
            {
                return false;
            }

            switch (suggested.Value.ToLowerInvariant())
            {
                case "ja" or "yes" or "true" or "waar" or "x" or "1":
                    return true;
                case "nee" or "no" or "false" or "onwaar" or "0":
                    return false;
                default:
                    problems.Add(new Position(suggested.Row, header.Column(CsvField.Suggested)), CsvMessages.NotYesNo(header.Name(CsvField.Suggested), suggested.Value));
                    return false;
            }
        }
    }

    /// <summary>Where each field's column is, and what the header calls it (for messages, in the trainer's own words).</summary>
    private sealed class CsvHeader(Dictionary<CsvField, int> columns, Dictionary<int, string> names)
    {
        public bool Has(CsvField field) => columns.ContainsKey(field);

        public string Cell(CsvRow row, CsvField field) => columns.TryGetValue(field, out var index) ? row.Cell(index) : "";

        public int Column(CsvField field) => columns[field] + 1;

        public Position At(CsvRow row, CsvField field) => new(row.Number, Column(field));

        public string Name(CsvField field) => names[columns[field]];
    }
}

internal enum CsvField
{
    CardId,
    CardTitle,
    Situation,
    Source,
    ActionQuestion,
    OptionId,
    OptionText,
    Function,
    Stance,
    Prompts,
    WhatHappened,
    Themes,
    Suggested,
}

/// <summary>A column of the spreadsheet: its Dutch and English name, and other names a trainer may well use for it.</summary>
internal sealed record CsvColumn(CsvField Field, string Nl, string En, bool Required, bool OfCard, params string[] Others)
{
    public IEnumerable<string> Names => [Nl, En, .. Others];
}
