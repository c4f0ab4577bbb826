using Spel.Scenarios.Decks;

namespace Spel.Client.Board;

/// <summary>
/// Dark blue against orange: far apart in lightness, so they survive a washed-out projector and red-green colour
/// blindness. Shape carries the side as well (squares for the gemeente, circles for dorpsbelangen).
/// </summary>
public static class BoardColors
{
    public const string Gemeente = "#0a3d8f";
    public const string Dorpsbelangen = "#e36c00";
    public const string Ink = "#111111";
    public const string Paper = "#ffffff";
    public const string CellLight = "#f3f3f3";
    public const string CellDark = "#e4e4e4";
    public const string Grid = "#6b6b6b";

    /// <summary>Tokens whose side is hidden: a dark grey that reads as neither side.</summary>
    public const string Room = "#4d4d4d";

    /// <summary>Orange is too light for small letters on white; this darker orange reads as the same side.</summary>
    public const string DorpsbelangenInk = "#8a3d00";

    public static string For(Side? side) => side switch
    {
        Side.Gemeente => Gemeente,
        Side.Dorpsbelangen => Dorpsbelangen,
        _ => Room,
    };

    /// <summary>The side's colour for text and thin lines on white.</summary>
    public static string TextFor(Side? side) => side == Side.Dorpsbelangen ? DorpsbelangenInk : For(side);

    /// <summary>The side's colour at about a third of its strength (#RRGGBBAA), for traces that must not compete with tokens.</summary>
    public static string Faint(Side? side) => For(side) + "59";
}
