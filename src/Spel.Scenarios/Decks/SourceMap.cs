namespace Spel.Scenarios.Decks;

/// <summary>Where a field was written: its name (for problems about the whole field) and its value.</summary>
internal readonly record struct FieldPlace(Position Key, Position Value);

/// <summary>
/// Remembers where each deck, role, card and option came from in the file, so rules that look at the
/// finished model can still point a trainer to a line and column.
/// </summary>
internal sealed class SourceMap
{
    private readonly Dictionary<object, (Position Start, IReadOnlyDictionary<string, FieldPlace> Fields)> _places =
        new(ReferenceEqualityComparer.Instance);

    public void Remember(object element, Position start, IReadOnlyDictionary<string, FieldPlace> fields) =>
        _places[element] = (start, fields);

    public Position Start(object element) => _places[element].Start;

    /// <summary>Null when the field was missing or could not be read; that is reported already, so rules skip it.</summary>
    public FieldPlace? Field(object element, string field) =>
        _places[element].Fields.TryGetValue(field, out var place) ? place : null;
}
