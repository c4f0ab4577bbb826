using System.Text.RegularExpressions;

namespace Spel.Scenarios.Decks;

/// <summary>
/// Reads the fields of one YAML block (a deck, role, card or option) into values, reporting what is wrong
/// and carrying on with a placeholder, so one pass finds every problem. The fields a mapper asks for are the
/// known fields: whatever else is in the block is reported as unknown by <see cref="Done{T}"/>.
/// </summary>
internal sealed partial class FieldReader
{
    private readonly Dictionary<string, KeyValuePair<Node, Node>> _entries = new(StringComparer.Ordinal);
    private readonly HashSet<string> _asked = new(StringComparer.Ordinal);
    private readonly List<string> _missing = [];
    private readonly Dictionary<string, FieldPlace> _read = new(StringComparer.Ordinal);

    // A field read under its old name (`stance` for `gemeente_stance`): messages about its value quote the name the file says.
    private readonly Dictionary<string, string> _writtenAs = new(StringComparer.Ordinal);
    private readonly DeckProblems _problems;
    private readonly SourceMap _where;
    private readonly Position _start;

    // Where this block is in the deck, as the studio names it (`cards[2]`); null for the deck itself.
    private readonly string? _path;

    // Set when the node is not a block of fields at all; that one problem says it all, so missing fields are not reported.
    private readonly bool _broken;

    private FieldReader(Node node, Element element, string? path, DeckProblems problems, SourceMap where)
    {
        _problems = problems;
        _where = where;
        _start = node.Start;
        _path = path;
        Element = element;

        if (node is not MappingNode mapping)
        {
            _broken = true;
            problems.Add(new Place(node.Start, path), DeckMessages.ExpectedFields(element, node));
            return;
        }

        var repeated = new List<ScalarNode>();
        foreach (var entry in mapping.Entries)
        {
            if (entry.Key is not ScalarNode { IsNull: false } key)
            {
                problems.Add(new Place(entry.Key.Start, path), DeckMessages.FieldNameNotText);
            }
            else if (!_entries.TryAdd(key.Value, entry))
            {
                repeated.Add(key);
            }
        }

        if (_entries.TryGetValue("id", out var id) && id.Value is ScalarNode { IsNull: false } idValue && !string.IsNullOrWhiteSpace(idValue.Value))
        {
            Element = element.Named(idValue.Value.Trim());
        }

        // Reported once the id is known, so the message can say which card the field is repeated in.
        foreach (var key in repeated)
        {
            problems.Add(new Place(key.Start, PathOf(key.Value)), DeckMessages.DuplicateField(key.Value, Element));
        }
    }

    public Element Element { get; }

    /// <param name="path">Where the block is in the deck (<c>cards[2]</c>), null for the deck itself; problems carry it.</param>
    public static FieldReader Open(Node node, Element element, string? path, DeckProblems problems, SourceMap where) =>
        new(node, element, path, problems, where);

    /// <summary>Required text of at most <paramref name="maxLength"/> characters; empty text counts as missing.</summary>
    public string Text(string field, int maxLength)
    {
        var text = PlainText(field);
        if (_read.TryGetValue(field, out var place))
        {
            CheckText(field, text, maxLength, place.AtValue);
        }

        return text;
    }

    /// <summary>Text that may be left out or left empty.</summary>
    public string? OptionalText(string field, int maxLength)
    {
        if (Find(field, required: false) is not { } entry
            || entry.Value is ScalarNode scalar && (scalar.IsNull || string.IsNullOrWhiteSpace(scalar.Value)))
        {
            return null;
        }

        return Text(field, maxLength);
    }

    /// <summary>A field that is <c>true</c> or <c>false</c> (any case); left out or empty, it is false.</summary>
    public bool OptionalYesNo(string field)
    {
        if (Find(field, required: false) is not { } entry || entry.Value is ScalarNode { IsNull: true })
        {
            return false;
        }

        var text = entry.Value is ScalarNode scalar ? scalar.Value.Trim() : null;
        if (string.Equals(text, "true", StringComparison.OrdinalIgnoreCase) || string.Equals(text, "false", StringComparison.OrdinalIgnoreCase))
        {
            Remember(field, entry);
            return string.Equals(text, "true", StringComparison.OrdinalIgnoreCase);
        }

        _problems.Add(new Place(entry.Value.Start, PathOf(field)), DeckMessages.ExpectedYesNo(field, Element, entry.Value));
        return false;
    }

    /// <summary>The <c>id</c> field: short kebab-case, because ids travel in links, commands and stored answers.</summary>
    public string Id()
    {
        var id = PlainText("id");
        if (_read.TryGetValue("id", out var place) && (id.Length > DeckLimits.Id || !KebabCase().IsMatch(id)))
        {
            _problems.Add(place.AtValue, DeckMessages.InvalidId(id));
        }

        return id;
    }

    public string Language()
    {
        var language = PlainText("language");
        if (_read.TryGetValue("language", out var place) && !LanguageTag().IsMatch(language))
        {
            _problems.Add(place.AtValue, DeckMessages.InvalidLanguage(language));
        }

        return language;
    }

    public T Token<T>(string field, Tokens<T> tokens)
        where T : struct, Enum
    {
        var text = PlainText(field);
        if (tokens.TryParse(text, out var value) || !_read.TryGetValue(field, out var place))
        {
            return value;
        }

        _read.Remove(field);
        if (tokens.TryRetired(text, out var retired) && tokens.ExplainRetired is { } explain)
        {
            // Kept, not a placeholder: a deck the studio opens with this problem still says what the file said, so the
            // trainer is asked to choose a step instead of finding one chosen for them.
            _problems.Add(place.AtValue, explain(text, _writtenAs.GetValueOrDefault(field, field)));
            return retired;
        }

        ReportUnknownToken(place.AtValue, text, tokens);
        return default;
    }

    /// <summary>
    /// Reads a field written under its old name as <paramref name="current"/>, at the place it was written and with the
    /// path of <paramref name="current"/>; call it before reading <paramref name="current"/>. Both written is a problem
    /// at the old one, and only the current one is read.
    /// </summary>
    public void Renamed(string old, string current)
    {
        if (!_entries.Remove(old, out var entry))
        {
            return;
        }

        if (_entries.ContainsKey(current))
        {
            _problems.Add(new Place(entry.Key.Start, PathOf(current)), DeckMessages.BothFields(old, current, Element));
            return;
        }

        _entries[current] = entry;
        _writtenAs[current] = old;
    }

    /// <summary>
    /// A list of allowed words that may be left out (then null). An unknown word is reported at its place and
    /// makes the whole field unreadable for the rules; a word written twice is reported at the second.
    /// </summary>
    public IReadOnlyList<T>? OptionalTokenList<T>(string field, Tokens<T> tokens)
        where T : struct, Enum
    {
        if (Find(field, required: false) is null)
        {
            return null;
        }

        var allRead = true;
        var seen = new HashSet<T>();
        var values = List(field, (item, path) =>
        {
            var text = ListItemText(field, item, path);
            if (text.Length == 0)
            {
                allRead = false;
                return (T?)null;
            }

            if (!tokens.TryParse(text, out var value))
            {
                ReportUnknownToken(new Place(item.Start, path), text, tokens);
                allRead = false;
                return null;
            }

            if (!seen.Add(value))
            {
                _problems.Add(new Place(item.Start, path), DeckMessages.RepeatedValue(text, field, Element));
            }

            return value;
        });

        if (!allRead)
        {
            _read.Remove(field);
        }

        return values.OfType<T>().ToArray();
    }

    /// <summary>
    /// A required list; written with nothing after the colon it is an empty list, which the rules judge.
    /// <paramref name="read"/> gets each item with its path (<c>cards[2]</c>).
    /// </summary>
    public IReadOnlyList<T> List<T>(string field, Func<Node, string, T> read)
    {
        if (Find(field, required: true) is not { } entry)
        {
            return [];
        }

        switch (entry.Value)
        {
            case SequenceNode sequence:
                Remember(field, entry);
                return sequence.Items.Select((item, index) => read(item, $"{PathOf(field)}[{index}]")).ToArray();
            case ScalarNode { IsNull: true }:
                Remember(field, entry);
                return [];
            default:
                _problems.Add(new Place(entry.Value.Start, PathOf(field)), DeckMessages.ExpectedList(field, Element, entry.Value));
                return [];
        }
    }

    /// <summary>A required list of texts, each of at most <paramref name="maxLength"/> characters.</summary>
    public IReadOnlyList<string> TextList(string field, int maxLength) => List(field, (item, path) =>
    {
        var text = ListItemText(field, item, path);
        CheckText(field, text, maxLength, new Place(item.Start, path));
        return text;
    });

    /// <summary>Reports the fields nobody asked for, and remembers where <paramref name="element"/> was written.</summary>
    public T Done<T>(T element)
        where T : notnull
    {
        // Suggest only fields that are still missing: next to `title`, a stray `titel` is not a typo of it.
        var missing = _asked.Where(field => !_entries.ContainsKey(field)).ToArray();
        var meant = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, entry) in _entries.Where(e => !_asked.Contains(e.Key)))
        {
            // Past the most problems a file reports nothing more is shown, so no suggestion is worked out either:
            // a block with thousands of unknown fields costs one look at each.
            var suggestion = _problems.IsFull ? null : Suggestions.ForField(name, missing);
            if (suggestion is not null)
            {
                meant.Add(suggestion);
            }

            // With a suggestion, the field to fix is the one that was meant; the editor has no unknown fields to point at.
            _problems.Add(new Place(entry.Key.Start, suggestion is null ? _path : PathOf(suggestion)), DeckMessages.UnknownField(name, Element, suggestion));
        }

        // A misspelled field (`titel`) is reported once, as unknown with "did you mean `title`?", not also as missing.
        foreach (var field in _missing.Where(field => !meant.Contains(field)))
        {
            _problems.Add(new Place(_start, PathOf(field)), DeckMessages.MissingField(field, Element));
        }

        _where.Remember(element, _read);
        return element;
    }

    private string PlainText(string field)
    {
        if (Find(field, required: true) is not { } entry)
        {
            return "";
        }

        if (entry.Value is not ScalarNode scalar)
        {
            _problems.Add(new Place(entry.Value.Start, PathOf(field)), DeckMessages.ExpectedText(field, Element, entry.Value));
            return "";
        }

        if (scalar.IsNull || string.IsNullOrWhiteSpace(scalar.Value))
        {
            _problems.Add(new Place(entry.Key.Start, PathOf(field)), DeckMessages.EmptyText(field, Element));
            return "";
        }

        Remember(field, entry);
        return scalar.Value.Trim();
    }

    /// <summary>What every free text must be: short enough for a tablet, and free of anyone's contact details.</summary>
    private void CheckText(string field, string text, int maxLength, Place at)
    {
        if (text.Length > maxLength)
        {
            _problems.Add(at, DeckMessages.TextTooLong(field, Element, text.Length, maxLength));
        }

        if (ContactDetails().Match(text) is { Success: true } found)
        {
            _problems.Add(at, DeckMessages.ContactDetails(field, Element, found.Value));
        }
    }

    private void ReportUnknownToken<T>(Place at, string text, Tokens<T> tokens)
        where T : struct, Enum =>
        _problems.Add(at, DeckMessages.UnknownToken(tokens.Noun, text, Suggestions.ForValue(text, tokens.All), tokens.All));

    private KeyValuePair<Node, Node>? Find(string field, bool required)
    {
        _asked.Add(field);
        if (_entries.TryGetValue(field, out var entry))
        {
            return entry;
        }

        // Reported by Done, once it knows which unknown field may have been meant as this one.
        if (required && !_broken)
        {
            _missing.Add(field);
        }

        return null;
    }

    private void Remember(string field, KeyValuePair<Node, Node> entry) =>
        _read[field] = new FieldPlace(entry.Key.Start, entry.Value.Start, PathOf(field));

    /// <summary>The path of one of this block's fields: <c>cards[2].situation</c>, or <c>title</c> in the deck itself.</summary>
    private string PathOf(string field) => _path is null ? field : $"{_path}.{field}";

    private string ListItemText(string field, Node item, string path)
    {
        switch (item)
        {
            case ScalarNode { IsNull: false } scalar when !string.IsNullOrWhiteSpace(scalar.Value):
                return scalar.Value.Trim();
            case ScalarNode:
                _problems.Add(new Place(item.Start, path), DeckMessages.EmptyText(field, Element));
                return "";
            default:
                _problems.Add(new Place(item.Start, path), DeckMessages.ExpectedText(field, Element, item));
                return "";
        }
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex KebabCase();

    // An e-mail address, or a phone number: 0 or an international prefix, then at least eight more digits, perhaps
    // split by spaces, hyphens or an area code in brackets. Years, amounts, dates and postcodes do not look like that.
    // Both parts may only start where a run of their characters starts (the look-behinds): the leftmost match starts
    // there anyway, and without them a long run without an `@` is scanned again from each of its characters, which
    // made a 200,000-letter title take minutes. Now each character is looked at a bounded number of times.
    [GeneratedRegex(@"(?<![\w.%+-])[\w.%+-]+@[\w-]+(\.[\w-]+)*\.[A-Za-z]{2,}|(?<![\w+(])((\+|00)\d{2}|\(?0)(([ -]|\) ?)?\d){8,}(?!\d)")]
    private static partial Regex ContactDetails();

    // The common shape of a BCP 47 tag: a language subtag, then optional region/script/variant subtags.
    [GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$")]
    private static partial Regex LanguageTag();
}
