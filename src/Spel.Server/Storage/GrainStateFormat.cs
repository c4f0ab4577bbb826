using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Orleans.Storage;

namespace Spel.Server.Storage;

/// <summary>
/// The one format grain state is saved in, in the SQLite file and in Redis alike:
/// <c>{"format":"spel.grain-state","version":1,"state":{...}}</c>, the state as System.Text.Json writes it by
/// property name, with no .NET type names. State saved before this format (Orleans' Newtonsoft.Json default) is
/// still read; the next write saves it in this format. Version 2 leaves out the properties marked
/// <see cref="SavedApartAttribute"/> (a session's deck), which their grain saves once under a state name of their own;
/// version 1 still reads, with them inside. Version 3 has the same shape as version 2; it says that a session's
/// inputs to the card on the table may be newer in their own row ("inputs") than in the session's, which a server
/// that reads only up to version 2 would not know: it refuses version 3 instead of playing on without those answers.
/// </summary>
public sealed class GrainStateFormat(JsonGrainStorageSerializer orleansDefault) : IGrainStorageSerializer
{
    public const string Name = "spel.grain-state";

    /// <summary>Bump only when a saved state can no longer be read by property name (see docs/storage.md).</summary>
    public const int Version = 3;

    /// <summary>The oldest version this server still reads.</summary>
    public const int FirstVersion = 1;

    // Lowercase on purpose: the old format writes C# names (PascalCase), so "format" never names one of its properties.
    private const string FormatProperty = "format";
    private const string VersionProperty = "version";
    private const string StateProperty = "state";

    // Dutch text stays readable in sqlite3 and redis-cli; the payload is never embedded in a web page.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    // Reads every property, so a version 1 save brings back what is now saved apart.
    private static readonly JsonSerializerOptions ReadOptions = Options(OnlyWhatReadsBack);

    private static readonly JsonSerializerOptions WriteOptions = Options(OnlyWhatReadsBack, LeaveOutWhatIsSavedApart);

    public BinaryData Serialize<T>(T? input)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteString(FormatProperty, Name);
            writer.WriteNumber(VersionProperty, Version);
            writer.WritePropertyName(StateProperty);
            JsonSerializer.Serialize(writer, input, WriteOptions);
            writer.WriteEndObject();
        }

        return new BinaryData(buffer.WrittenMemory.ToArray());
    }

    public T? Deserialize<T>(BinaryData input)
    {
        using var document = JsonDocument.Parse(input);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty(FormatProperty, out var format))
        {
            // Saved before the format was chosen: Orleans' default, Newtonsoft.Json with .NET type names.
            return orleansDefault.Deserialize<T>(input);
        }

        if (format.ValueKind != JsonValueKind.String || format.GetString() != Name)
        {
            throw new InvalidDataException($"Saved grain state is in format {format}, not {Name}; it was left as saved.");
        }

        var version = root.TryGetProperty(VersionProperty, out var number) && number.TryGetInt32(out var value) ? value : (int?)null;
        if (version is not (>= FirstVersion and <= Version))
        {
            throw new InvalidDataException(
                $"Saved grain state is in {Name} version {version?.ToString() ?? "(none)"}, but this server reads versions {FirstVersion} to {Version} only; "
                + "it was left as saved. Run a server that knows that version.");
        }

        return root.GetProperty(StateProperty).Deserialize<T>(ReadOptions);
    }

    private static JsonSerializerOptions Options(params Action<JsonTypeInfo>[] modifiers)
    {
        var resolver = new DefaultJsonTypeInfoResolver();
        foreach (var modifier in modifiers)
        {
            resolver.Modifiers.Add(modifier);
        }

        return new JsonSerializerOptions(JsonSerializerDefaults.General)
        {
            // By name, so reordering an enum cannot turn one phase into another; renaming a member fails loudly on read.
            Converters = { new JsonStringEnumConverter() },
            TypeInfoResolver = resolver,
        };
    }

    private static void LeaveOutWhatIsSavedApart(JsonTypeInfo type)
    {
        if (type.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        foreach (var property in type.Properties.Where(p => p.AttributeProvider?.IsDefined(typeof(SavedApartAttribute), inherit: false) == true).ToList())
        {
            type.Properties.Remove(property);
        }
    }

    /// <summary>
    /// Leaves out what cannot be read back: computed properties (<c>SessionState.CurrentCard</c>) are derived, not
    /// state, and computing them while saving could fail a write.
    /// </summary>
    private static void OnlyWhatReadsBack(JsonTypeInfo type)
    {
        if (type.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        foreach (var property in type.Properties.Where(p => p.Set is null && p.AssociatedParameter is null).ToList())
        {
            type.Properties.Remove(property);
        }
    }
}

/// <summary>
/// A property of a grain state that <see cref="GrainStateFormat"/> (from version 2) does not write with the rest:
/// its grain saves it under a state name of its own, once, instead of with every change. It is still read from a
/// version 1 save, which holds it inside.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class SavedApartAttribute : Attribute;
