using Spel.Scenarios.Decks;

namespace Spel.Client.Board;

/// <summary>
/// The board's colours for one background. Gemeente and dorpsbelangen lie far apart in lightness on both (dark blue
/// against orange on paper, pale blue against a deeper orange in the dark), so they survive a washed-out projector,
/// a black-and-white print and red-green colour blindness; shape carries the side as well (squares for the
/// gemeente, circles for dorpsbelangen, diamonds when the side is hidden).
/// </summary>
/// <param name="Theme">The theme's name, as <see cref="For(string?)"/> reads it.</param>
/// <param name="GemeenteInk">The gemeente's colour for text and thin lines.</param>
/// <param name="DorpsbelangenInk">The dorpsbelangen colour for text and thin lines, where the token colour is too faint.</param>
/// <param name="Room">Tokens whose side is hidden: a grey that reads as neither side.</param>
public sealed record BoardPalette(
    string Theme,
    string Gemeente,
    string Dorpsbelangen,
    string GemeenteInk,
    string DorpsbelangenInk,
    string Room,
    string Ink,
    string Paper,
    string CellLight,
    string CellDark,
    string Grid)
{
    public const string LightTheme = "light";
    public const string DarkTheme = "dark";

    public static readonly BoardPalette Light = new(
        LightTheme,
        BoardColors.Gemeente,
        BoardColors.Dorpsbelangen,
        BoardColors.Gemeente,
        BoardColors.DorpsbelangenInk,
        BoardColors.Room,
        BoardColors.Ink,
        BoardColors.Paper,
        BoardColors.CellLight,
        BoardColors.CellDark,
        BoardColors.Grid);

    /// <summary>For a dim hall: light letters on a near-black board, every ink at least 4.5:1 against it.</summary>
    public static readonly BoardPalette Dark = new(
        DarkTheme,
        Gemeente: "#9cc3ff",
        Dorpsbelangen: "#e36c00",
        GemeenteInk: "#9cc3ff",
        DorpsbelangenInk: "#ffa65c",
        Room: "#b3b3b3",
        Ink: "#f2f2f2",
        Paper: "#15181d",
        CellLight: "#22262d",
        CellDark: "#2d323a",
        Grid: "#9aa0a8");

    /// <summary>The palette for a theme name as the stage writes it (<c>data-theme</c>); anything else is light.</summary>
    public static BoardPalette For(string? theme) => theme == DarkTheme ? Dark : Light;

    public string For(Side? side) => side switch
    {
        Side.Gemeente => Gemeente,
        Side.Dorpsbelangen => Dorpsbelangen,
        _ => Room,
    };

    /// <summary>The side's colour for text and thin lines on this background.</summary>
    public string TextFor(Side? side) => side switch
    {
        Side.Gemeente => GemeenteInk,
        Side.Dorpsbelangen => DorpsbelangenInk,
        _ => Room,
    };

    /// <summary>The side's colour at about a third of its strength (#RRGGBBAA), for traces that must not compete with tokens.</summary>
    public string Faint(Side? side) => For(side) + "59";
}

/// <summary>The light palette's colours by name, as the printed debrief and the tests know them.</summary>
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
}
