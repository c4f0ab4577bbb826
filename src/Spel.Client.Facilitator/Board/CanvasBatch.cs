namespace Spel.Client.Board;

/// <summary>How a closed shape is painted: filled with the current fill, outlined with the current stroke, or both.</summary>
[Flags]
public enum Brush
{
    Fill = 1,
    Stroke = 2,
    FillAndStroke = Fill | Stroke,
}

/// <summary>
/// A frame of Canvas 2D drawing, built in .NET and executed by <c>canvas.js</c> in a single interop call.
/// Style calls (fill, stroke, font …) stay in force for the shapes after them, as on a real canvas.
/// </summary>
public sealed class CanvasBatch
{
    private readonly List<DrawCommand> _commands = [];

    public IReadOnlyList<DrawCommand> Commands => _commands;

    public CanvasBatch Clear(double width, double height) => Add("clear", [width, height]);

    public CanvasBatch SetFill(string color) => Add("setFill", [], color);

    public CanvasBatch SetStroke(string color) => Add("setStroke", [], color);

    public CanvasBatch SetLineWidth(double width) => Add("lineWidth", [width]);

    /// <summary>Dash lengths for the lines after it; no lengths means solid again.</summary>
    public CanvasBatch SetLineDash(params double[] segments) => Add("lineDash", segments);

    /// <summary>A CSS font, such as "bold 28px system-ui".</summary>
    public CanvasBatch SetFont(string font) => Add("font", [], font);

    /// <summary>Where text sits relative to its point: "left", "center" or "right".</summary>
    public CanvasBatch SetTextAlign(string align) => Add("textAlign", [], align);

    public CanvasBatch FillRect(double x, double y, double width, double height, string? tag = null) =>
        Add("fillRect", [x, y, width, height], tag: tag);

    public CanvasBatch StrokeRect(double x, double y, double width, double height, string? tag = null) =>
        Add("strokeRect", [x, y, width, height], tag: tag);

    public CanvasBatch Circle(double x, double y, double radius, Brush brush = Brush.Fill, string? tag = null) =>
        Add("circle", [x, y, radius, (int)brush], tag: tag);

    public CanvasBatch Polygon(IEnumerable<(double X, double Y)> points, Brush brush = Brush.Fill, string? tag = null) =>
        Add("polygon", [(int)brush, .. points.SelectMany(p => new[] { p.X, p.Y })], tag: tag);

    public CanvasBatch Line(double x1, double y1, double x2, double y2, string? tag = null) =>
        Add("line", [x1, y1, x2, y2], tag: tag);

    /// <summary>
    /// Text whose first line hangs from (x, y), placed by <see cref="SetTextAlign"/>; lines are broken at '\n' by the
    /// painter, which measured them, and each is squeezed to <paramref name="maxWidth"/> should the font be wider.
    /// </summary>
    public CanvasBatch Text(double x, double y, string text, double maxWidth, double lineHeight, string? tag = null) =>
        Add("text", [x, y, maxWidth, lineHeight], text, tag);

    /// <summary>
    /// Text centred in a box, its lines broken at '\n' and <paramref name="lineHeight"/> apart: the box in the
    /// current fill colour, its rim and letters in the current stroke colour. The painter sized the box to the text;
    /// the letters are squeezed into it should the font be wider.
    /// </summary>
    public CanvasBatch Label(double x, double y, double width, double height, double lineHeight, string text, string? tag = null) =>
        Add("label", [x, y, width, height, lineHeight], text, tag);

    private CanvasBatch Add(string op, double[] numbers, string? text = null, string? tag = null)
    {
        // One decimal is finer than a projector pixel and keeps the frame small on a slow network.
        _commands.Add(new DrawCommand(op, Array.ConvertAll(numbers, n => Math.Round(n, 1)), text) { Tag = tag });
        return this;
    }
}
