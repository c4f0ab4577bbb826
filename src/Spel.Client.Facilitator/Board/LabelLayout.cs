namespace Spel.Client.Board;

/// <summary>A rectangle on the board, in the painter's units (stage pixels of the board's box).</summary>
public readonly record struct Box(double X, double Y, double Width, double Height)
{
    public double Right => X + Width;

    public double Bottom => Y + Height;

    public bool Overlaps(Box other) => X < other.Right && other.X < Right && Y < other.Bottom && other.Y < Bottom;

    public bool Within(Box outer) => X >= outer.X && Y >= outer.Y && Right <= outer.Right && Bottom <= outer.Bottom;

    /// <summary>A square of side <paramref name="size"/> around a centre, as tokens and averages are drawn.</summary>
    public static Box Around(double x, double y, double size) => new(x - size / 2, y - size / 2, size, size);

    /// <summary>The point of this box nearest to (x, y), where a leader line from there meets it.</summary>
    public (double X, double Y) Nearest(double x, double y) => (Math.Clamp(x, X, Right), Math.Clamp(y, Y, Bottom));
}

/// <summary>
/// Places labels one after another: each gets the first of its candidate boxes that stays inside the bounds and
/// covers nothing placed or blocked before it. Greedy and in a fixed order, so the same board always gets the same
/// layout; what comes first (the gap, the predictions) wins over what comes later (names).
/// </summary>
public sealed class LabelLayout(Box bounds)
{
    private readonly List<Box> _taken = [];

    public Box Bounds => bounds;

    /// <summary>Marks a box as taken without a label in it: a token, an average, a prediction mark.</summary>
    public void Block(Box box) => _taken.Add(box);

    public bool Fits(Box box) => box.Within(bounds) && !_taken.Any(box.Overlaps);

    /// <summary>The first candidate that fits, now taken; null when none does.</summary>
    public Box? Place(IEnumerable<Box> candidates)
    {
        foreach (var candidate in candidates)
        {
            if (Fits(candidate))
            {
                _taken.Add(candidate);
                return candidate;
            }
        }

        return null;
    }
}
