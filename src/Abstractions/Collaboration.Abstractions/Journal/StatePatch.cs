using System.Text.Json;
using System.Text.Json.Nodes;

namespace Collaboration.Journal;

/// <summary>
/// Applies one journal record's JSON Patch (RFC 6902, as the journal writes it: add, replace,
/// remove, each replaced or removed value preceded by a test) to an object's form, so its forms
/// can be replayed version by version. Tests are skipped: the replay starts from an empty form.
/// </summary>
public static class StatePatch
{
    /// <summary>The form after the record's changes; <paramref name="form"/> itself is changed where it can be.</summary>
    public static JsonNode Apply(JsonNode form, string patch)
    {
        using var operations = JsonDocument.Parse(patch);
        foreach (var operation in operations.RootElement.EnumerateArray())
        {
            var op = operation.GetProperty("op").GetString();
            var path = operation.GetProperty("path").GetString() ?? "";
            var value = operation.TryGetProperty("value", out var v) ? JsonNode.Parse(v.GetRawText()) : null;
            if (path.Length == 0)
            {
                form = op is "add" or "replace" && value is not null ? value : form;
                continue;
            }

            var tokens = path[1..].Split('/').Select(Unescape).ToArray();
            var parent = form;
            for (var i = 0; i < tokens.Length - 1 && parent is not null; i++)
            {
                parent = Child(parent, tokens[i], op is "add" ? tokens[i + 1] : null);
            }

            var last = tokens[^1];
            switch (op, parent)
            {
                case ("add", JsonArray array):
                    array.Insert(last == "-" ? array.Count : int.Parse(last, System.Globalization.CultureInfo.InvariantCulture), value);
                    break;
                case ("replace", JsonArray array):
                    array[int.Parse(last, System.Globalization.CultureInfo.InvariantCulture)] = value;
                    break;
                case ("remove", JsonArray array):
                    array.RemoveAt(int.Parse(last, System.Globalization.CultureInfo.InvariantCulture));
                    break;
                case ("add" or "replace", JsonObject obj):
                    obj[last] = value;
                    break;
                case ("remove", JsonObject obj):
                    obj.Remove(last);
                    break;
            }
        }

        return form;
    }

    // The first change recorded may start from the object's default form rather than from
    // nothing, so an add into a list or object the replay has not seen yet makes it.
    private static JsonNode? Child(JsonNode node, string token, string? next)
    {
        if (node is JsonArray array)
        {
            return int.TryParse(token, out var index) && index < array.Count ? array[index] : null;
        }

        if (node is not JsonObject obj)
        {
            return null;
        }

        if (obj[token] is null && next is not null)
        {
            // A list's first element is added at 0; any other name is a property (or a dictionary's key).
            obj[token] = next is "0" or "-" ? new JsonArray() : new JsonObject();
        }

        return obj[token];
    }

    // RFC 6901: "~1" is "/" and "~0" is "~", in that order.
    private static string Unescape(string token) =>
        token.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
}
