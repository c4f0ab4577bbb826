using System.Text.Json;
using System.Text.Json.Serialization;
using Spel.Scenarios.Play;

namespace Spel.Server.Debrief;

/// <summary>
/// The whole debrief as a file for other tools. <see cref="SchemaVersion"/> says how to read it; docs/exports.md
/// says what changes it.
/// </summary>
public sealed record DebriefExport(int SchemaVersion, DateTimeOffset ExportedAt, DebriefView Debrief)
{
    public const int CurrentSchemaVersion = 2;
}

public static class DebriefJson
{
    /// <summary>camelCase names, enums by name (never by number, so reordering an enum cannot change a file's meaning), indented for people.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
    };

    public static byte[] Encode(DebriefView debrief, DateTimeOffset exportedAt) =>
        JsonSerializer.SerializeToUtf8Bytes(new DebriefExport(DebriefExport.CurrentSchemaVersion, exportedAt, debrief), Options);
}
