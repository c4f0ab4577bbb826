using System.Text.Json;
using System.Text.Json.Serialization;

namespace Spel.Server.Studio;

/// <summary>
/// The studio's JSON (the contract in StudioContract.cs): web names, enums as strings. A deck with a missing or
/// null field that is not optional is refused while reading, so nothing downstream meets a half deck.
/// </summary>
public static class StudioJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };
}
