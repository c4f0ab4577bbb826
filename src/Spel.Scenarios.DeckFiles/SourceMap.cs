namespace Spel.Scenarios.Decks;

/// <summary>Where a field was written: its name (for problems about the whole field) and its value; and its path.</summary>
internal readonly record struct FieldPlace(Position Key, Position Value, string Path)
{
    public Place AtKey => new(Key, Path);

    public Place AtValue => new(Value, Path);
}

/// <summary>
/// Remembers where each deck, role, card and option came from in the file, so rules that look at the
/// finished model can still point a trainer to a line and column.
/// </summary>
internal sealed class SourceMap
{
    // By reference: two options with the same text are equal records but were written in different places.
    private readonly Dictionary<object, IReadOnlyDictionary<string, FieldPlace>> _places =
        new(ReferenceEqualityComparer.Instance);

    public void Remember(object element, IReadOnlyDictionary<string, FieldPlace> fields) => _places[element] = fields;

    /// <summary>Null when the field was missing or could not be read; that is reported already, so rules skip it.</summary>
    public FieldPlace? Field(object element, string field) =>
        _places[element].TryGetValue(field, out var place) ? place : null;
}
