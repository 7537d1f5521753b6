using System.Text.Json;
using System.Text.Json.Serialization;

namespace Collaboration.Journal;

/// <summary>An object's form as the journal shows it: field names as on the wire, enums by name.</summary>
public static class JournalForm
{
    /// <summary>The serializer options of the form.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    /// <summary>The form of <paramref name="value"/>, as compact UTF-8.</summary>
    public static byte[] Of<T>(T value) => JsonSerializer.SerializeToUtf8Bytes(value, Options);
}
