using System.Text;
using System.Text.Json.Nodes;

namespace Collaboration.Gateway.Tests.Errors;

/// <summary>
/// Request bodies for a schema of the OpenAPI document: plausible ones (so requests get past the first check and reach
/// the grains), ones with wrong types, missing or unknown fields, huge numbers, nested junk, other JSON than an object,
/// and text that is no JSON at all.
/// </summary>
public sealed class GeneratedBodies(JsonObject document, Random random)
{
    private static readonly string[] Words =
    [
        "x", "", " ", "Trondheim", "næring", "KF 22/22", "TR 49/21", "5001", "5028", "942110464", "2022-06-03", "2022-13-45",
        "08:30", "trondheimsregionen", "trondheimsregionen/kommunedirektorforum", "naeringsplan", "klimasats-2022",
        "council", "directors", "member", "observer", "planned", "held", "active", "completed", "draft", "hearing", "decision",
        "all", "majority", "adopted", "population", "equal", "1234.50", "-5", "1e5", "0.001", "http://127.0.0.1:9/hook",
        "\u0000", "🎉", "\u200B", "Ǆ", "null", "true", "{}", "[]",
    ];

    /// <summary>A body for <paramref name="schema"/> (none given: for an operation that takes none) as UTF-8 bytes.</summary>
    public byte[] For(JsonNode? schema) => random.Next(100) switch
    {
        < 40 => Json(Plausible(schema, depth: 0, wrong: 0)),
        < 55 => Json(Plausible(schema, depth: 0, wrong: 25)),
        < 62 => "{}"u8.ToArray(),
        < 68 => Json(Numbers(Plausible(schema, depth: 0, wrong: 0))),
        < 74 => Json(Nested(random.Next(2, 200))),
        < 80 => Json(Other()),
        < 86 => Encoding.UTF8.GetBytes(Malformed()),
        < 92 => Json(Unknown(Plausible(schema, depth: 0, wrong: 0))),
        < 95 => [0xC3, 0x28, 0xFF, 0xFE],
        _ => Encoding.UTF8.GetBytes($"{{\"x\": \"{new string('x', random.Next(1000, 300_000))}\"}}"),
    };

    private static byte[] Json(JsonNode? node) => Encoding.UTF8.GetBytes(node?.ToJsonString() ?? "null");

    private JsonNode? Plausible(JsonNode? schema, int depth, int wrong)
    {
        schema = Resolve(schema);
        if (schema is null || depth > 4)
        {
            return new JsonObject();
        }

        if (random.Next(100) < wrong)
        {
            return Other();
        }

        return (string?)schema["type"] switch
        {
            "object" => Object(schema, depth, wrong),
            "array" => new JsonArray([.. Enumerable.Range(0, random.Next(4)).Select(_ => Plausible(schema["items"], depth + 1, wrong))]),
            "integer" => JsonValue.Create(random.Next(4) == 0 ? random.Next(-5, 5) : random.Next(1900, 2100)),
            "number" => JsonValue.Create(Math.Round(random.NextDouble() * 1000, 2)),
            "boolean" => JsonValue.Create(random.Next(2) == 0),
            _ => JsonValue.Create(Words[random.Next(Words.Length)]),
        };
    }

    private JsonObject Object(JsonNode schema, int depth, int wrong)
    {
        var body = new JsonObject();
        foreach (var (name, property) in schema["properties"]?.AsObject() ?? new JsonObject())
        {
            // Some fields are left out: a body missing what it needs.
            if (random.Next(4) != 0)
            {
                body[name] = Plausible(property, depth + 1, wrong);
            }
        }

        return body;
    }

    private JsonNode? Resolve(JsonNode? schema) =>
        schema?["$ref"] is { } reference
            ? document["components"]!["schemas"]![((string)reference!).Split('/')[^1]]
            : schema;

    // Every number of the body made one no field can hold.
    private JsonNode? Numbers(JsonNode? node)
    {
        string[] huge = ["1e400", "-1e400", "99999999999999999999999999999", "-9223372036854775809", "1.5", "-0", "4294967296", "1e-400"];
        var text = node?.ToJsonString() ?? "{}";
        var replaced = System.Text.RegularExpressions.Regex.Replace(text, @"(?<=[:\[,])-?\d+(\.\d+)?(?=[,}\]])", _ => huge[random.Next(huge.Length)]);
        return replaced == text ? JsonNode.Parse($"{{\"version\": {huge[random.Next(huge.Length)]}}}") : JsonNode.Parse(replaced);
    }

    private JsonNode Nested(int depth)
    {
        JsonNode node = JsonValue.Create(Words[random.Next(Words.Length)]);
        for (var i = 0; i < depth; i++)
        {
            node = random.Next(2) == 0 ? new JsonArray(node) : new JsonObject { ["title"] = node };
        }

        return node;
    }

    private JsonNode? Other() => random.Next(8) switch
    {
        0 => null,
        1 => JsonValue.Create(random.Next(2) == 0),
        2 => JsonValue.Create(random.Next()),
        3 => JsonValue.Create(Words[random.Next(Words.Length)]),
        4 => new JsonArray(1, "two", null, new JsonObject()),
        5 => new JsonObject { ["a"] = new JsonArray(new JsonArray()) },
        6 => JsonValue.Create(double.MaxValue),
        _ => JsonValue.Create(new string('é', random.Next(1, 5000))),
    };

    private JsonObject Unknown(JsonNode? node)
    {
        var body = node as JsonObject ?? new JsonObject();
        body[random.Next(2) == 0 ? "untill" : "__proto__"] = Other();
        return body;
    }

    private string Malformed() => random.Next(8) switch
    {
        0 => "{",
        1 => "{\"title\": ",
        2 => "{'title': 'x'}",
        3 => "{\"title\": \"x\",}",
        4 => "title=x&kind=council",
        5 => "<project><title>x</title></project>",
        6 => "{\"title\": \"x\"}{\"title\": \"y\"}",
        _ => "\uFEFF{\"title\": \"x\"}",
    };
}
