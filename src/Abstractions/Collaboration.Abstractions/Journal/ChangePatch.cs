using System.Text.Encodings.Web;
using System.Text.Json;

namespace Collaboration.Journal;

/// <summary>
/// What changed between two JSON forms of an object, as an RFC 6902 JSON Patch. Every replaced or
/// removed value is preceded by a "test" operation holding the old value, so the patch says what
/// each field was and what it became, and applies only to the form it was made from.
/// </summary>
public static class ChangePatch
{
    // Names and texts stay readable ("Frøya", not "Fr\u00F8ya"); the patch is JSON data, never markup.
    private static readonly JsonWriterOptions Writing = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly Dictionary<string, string> Empty = [];

    /// <summary>The patch from <paramref name="before"/> to <paramref name="after"/>, leaving out the root properties named in <paramref name="skip"/>.</summary>
    public static string Between(JsonElement before, JsonElement after, params IReadOnlyList<string> skip) =>
        Between(before, after, skip, new Dictionary<string, string>());

    /// <summary>
    /// The patch from <paramref name="before"/> to <paramref name="after"/>, leaving out the root
    /// properties named in <paramref name="skip"/>; for a root property in <paramref name="made"/>,
    /// the operations given there (a JSON array) stand in its place instead of a comparison.
    /// </summary>
    public static string Between(JsonElement before, JsonElement after, IReadOnlyList<string> skip, IReadOnlyDictionary<string, string> made) =>
        Written(writer => Compare(writer, before, after, "", skip, made));

    /// <summary>
    /// The patch of parts of an object compared one by one, each at its path: a part with no form
    /// before is added whole. Parts in the order of their paths, so the patch is the one a comparison
    /// of the whole object would make when parts are only changed or added at the end.
    /// </summary>
    public static string OfParts(IEnumerable<(string Path, byte[]? Before, byte[] After)> parts) => Written(writer =>
    {
        foreach (var (path, before, after) in parts)
        {
            using var now = JsonDocument.Parse(after);
            if (before is null)
            {
                Operation(writer, "add", path, now.RootElement);
                continue;
            }

            using var old = JsonDocument.Parse(before);
            Compare(writer, old.RootElement, now.RootElement, path, [], Empty);
        }
    });

    private static string Written(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Writing))
        {
            writer.WriteStartArray();
            write(writer);
            writer.WriteEndArray();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static void Compare(Utf8JsonWriter patch, JsonElement before, JsonElement after, string path, IReadOnlyList<string> skip, IReadOnlyDictionary<string, string> made)
    {
        if (before.ValueKind == JsonValueKind.Object && after.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in before.EnumerateObject())
            {
                if (skip.Any(property.NameEquals))
                {
                    continue;
                }

                if (made.TryGetValue(property.Name, out var operations))
                {
                    using var given = JsonDocument.Parse(operations);
                    foreach (var operation in given.RootElement.EnumerateArray())
                    {
                        operation.WriteTo(patch);
                    }

                    continue;
                }

                var at = $"{path}/{Escape(property.Name)}";
                if (after.TryGetProperty(property.Name, out var now))
                {
                    Compare(patch, property.Value, now, at, [], Empty);
                }
                else
                {
                    Remove(patch, at, property.Value);
                }
            }

            foreach (var property in after.EnumerateObject())
            {
                if (!skip.Any(property.NameEquals) && !before.TryGetProperty(property.Name, out _))
                {
                    Operation(patch, "add", $"{path}/{Escape(property.Name)}", property.Value);
                }
            }
        }
        else if (before.ValueKind == JsonValueKind.Array && after.ValueKind == JsonValueKind.Array)
        {
            var old = before.GetArrayLength();
            var now = after.GetArrayLength();
            var common = Math.Min(old, now);
            for (var i = 0; i < common; i++)
            {
                Compare(patch, before[i], after[i], $"{path}/{i}", [], Empty);
            }

            // Removed from the end first, so each index still points at the element it names.
            for (var i = old - 1; i >= common; i--)
            {
                Remove(patch, $"{path}/{i}", before[i]);
            }

            for (var i = common; i < now; i++)
            {
                Operation(patch, "add", $"{path}/{i}", after[i]);
            }
        }
        else if (!JsonElement.DeepEquals(before, after))
        {
            Operation(patch, "test", path, before);
            Operation(patch, "replace", path, after);
        }
    }

    private static void Remove(Utf8JsonWriter patch, string path, JsonElement old)
    {
        Operation(patch, "test", path, old);
        patch.WriteStartObject();
        patch.WriteString("op", "remove");
        patch.WriteString("path", path);
        patch.WriteEndObject();
    }

    private static void Operation(Utf8JsonWriter patch, string op, string path, JsonElement value)
    {
        patch.WriteStartObject();
        patch.WriteString("op", op);
        patch.WriteString("path", path);
        patch.WritePropertyName("value");
        value.WriteTo(patch);
        patch.WriteEndObject();
    }

    // RFC 6901: "~" and "/" inside a name are escaped.
    private static string Escape(string name) => name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);
}
