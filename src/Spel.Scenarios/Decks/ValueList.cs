using System.Collections;

namespace Spel.Scenarios.Decks;

/// <summary>
/// A read-only list that equals another <see cref="ValueList{T}"/> with the same items in the same order.
/// </summary>
/// <remarks>
/// The deck records keep their lists in this type so that the equality C# generates for records compares the
/// lists by content: a deck read, written and read again equals the first one. The records wrap whatever list
/// they are given, so callers (and the JSON serializers) keep passing arrays or lists.
/// </remarks>
public sealed class ValueList<T> : IReadOnlyList<T>, IEquatable<ValueList<T>>
{
    private readonly T[] _items;

    // Public because Orleans' grain storage (Newtonsoft.Json) records the runtime type of a list and rebuilds it through
    // a public constructor that takes the items.
    public ValueList(IEnumerable<T> items) => _items = items.ToArray();

    public int Count => _items.Length;

    public T this[int index] => _items[index];

    public bool Equals(ValueList<T>? other) =>
        other is not null && _items.AsSpan().SequenceEqual(other._items, EqualityComparer<T>.Default);

    public override bool Equals(object? obj) => Equals(obj as ValueList<T>);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in _items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => $"[{string.Join(", ", _items)}]";
}

internal static class ValueList
{
    /// <summary>
    /// Null is an empty list: a deck the studio's editor sends as JSON may leave a list out, and the validator then
    /// says what is missing instead of the deck failing to arrive at all.
    /// </summary>
    public static ValueList<T> Of<T>(IReadOnlyList<T>? items) =>
        items as ValueList<T> ?? new ValueList<T>(items ?? []);
}
