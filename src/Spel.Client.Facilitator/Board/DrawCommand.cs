using System.Text.Json.Serialization;

namespace Spel.Client.Board;

/// <summary>
/// One step for <c>canvas.js</c>: an operation name, its numbers and at most one string, so a whole frame travels
/// as one compact JSON array.
/// </summary>
/// <param name="Op">The operation, as <c>canvas.js</c> names it.</param>
/// <param name="N">The operation's numbers (coordinates, sizes, flags).</param>
/// <param name="S">The operation's string (a colour, a font, a text).</param>
public sealed record DrawCommand(
    string Op,
    IReadOnlyList<double> N,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? S = null)
{
    /// <summary>What the shape stands for ("token", "average", …); stays in .NET for tests and debugging.</summary>
    [JsonIgnore]
    public string? Tag { get; init; }
}
