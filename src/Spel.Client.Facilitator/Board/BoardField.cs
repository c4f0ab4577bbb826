using Spel.Scenarios.Decks;

namespace Spel.Client.Board;

/// <summary>
/// Where the ownership/regie field lies on the canvas: eigenaarschap 1–4 from left to right, regie 1–5 from bottom
/// to top, so "the community owns and steers" is the bottom-left corner.
/// </summary>
public sealed record BoardField(double Left, double Top, double Width, double Height)
{
    public const int Columns = 4;
    public const int Rows = 5;

    public double CellWidth => Width / Columns;

    public double CellHeight => Height / Rows;

    public CellBounds Cell(Eigenaarschap eigenaarschap, Regie regie) => new(
        Left + ((int)eigenaarschap - 1) * CellWidth,
        Top + (Rows - (int)regie) * CellHeight,
        CellWidth,
        CellHeight);

    /// <summary>The point for a (possibly fractional) position such as an average; whole numbers are cell centres.</summary>
    public (double X, double Y) PointFor(double eigenaarschap, double regie) =>
        (Left + (eigenaarschap - 0.5) * CellWidth, Top + (Rows - regie + 0.5) * CellHeight);
}

public readonly record struct CellBounds(double X, double Y, double Width, double Height)
{
    public bool Contains(double x, double y) => x > X && x < X + Width && y > Y && y < Y + Height;
}
