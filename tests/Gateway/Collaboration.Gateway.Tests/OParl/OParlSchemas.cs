using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Json.Schema;

namespace Collaboration.Gateway.Tests.OParl;

/// <summary>
/// The 12 OParl 1.1 schemas (cleaned for validators, see Schemas/README.md), each registered by its
/// $id so references between them resolve. OParl's own format "url" is checked as an absolute
/// URL, and its date-time (no "Z", no fractions) by <see cref="DateTime"/>, stricter than JSON Schema's.
/// </summary>
public static partial class OParlSchemas
{
    private static readonly string[] Types =
        ["System", "Body", "LegislativeTerm", "Organization", "Person", "Membership", "Meeting", "AgendaItem", "Paper", "Consultation", "File", "Location"];

    private static readonly string[] DateTimes = ["created", "modified", "start", "end", "licenseValidSince", "oparlSince"];

    private static readonly EvaluationOptions Evaluation = new() { RequireFormatValidation = true, OutputFormat = OutputFormat.List };

    private static readonly Lazy<IReadOnlyDictionary<string, JsonSchema>> Schemas = new(Load);

    /// <summary>The errors of one object against the schema its type names; empty when it is valid.</summary>
    public static IReadOnlyList<string> Errors(JsonObject instance)
    {
        var type = (string?)instance["type"] ?? "";
        if (!Schemas.Value.TryGetValue(type, out var schema))
        {
            return [$"{instance["id"]}: no schema for type '{type}'"];
        }

        using var document = JsonDocument.Parse(instance.ToJsonString());
        var result = schema.Evaluate(document.RootElement, Evaluation);
        var deleted = (bool?)instance["deleted"] == true;
        var errors = (result.IsValid ? [] : (result.Details ?? []).Append(result))
            .Where(d => d.Errors is { Count: > 0 })
            // A deleted object may drop all but id, type, created, modified and deleted (OParl 1.1, 2-08).
            .Where(d => !(deleted && d.InstanceLocation.ToString() == "" && d.Errors!.ContainsKey("required")))
            .SelectMany(d => d.Errors!.Select(e => $"{instance["id"]} {d.InstanceLocation}: {e.Key} {e.Value}"));
        var dates = DateTimes.Where(name => instance[name] is { } value && !DateTime().IsMatch((string?)value ?? ""))
            .Select(name => $"{instance["id"]} {name}: '{instance[name]}' is not an OParl date-time");
        return [.. errors, .. dates];
    }

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$")]
    private static partial Regex DateTime();

    private static Dictionary<string, JsonSchema> Load()
    {
        FormatRegistry.Global.Register(new PredicateFormat("url", e =>
            e.ValueKind != JsonValueKind.String || Uri.TryCreate(e.GetString(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"));
        var options = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
        var pending = Types.ToList();
        var built = new Dictionary<string, JsonSchema>(StringComparer.Ordinal);
        // A schema is built once those it refers to are; the references form no cycle.
        while (pending.Count > 0)
        {
            var before = pending.Count;
            foreach (var type in pending.ToList())
            {
                try
                {
                    var schema = JsonSchema.FromText(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "OParl", "Schemas", type + ".json")), options);
                    built[$"https://schema.oparl.org/1.1/{type}"] = schema;
                    pending.Remove(type);
                }
                catch (Exception e) when (e is RefResolutionException or JsonSchemaException)
                {
                }
            }

            Assert.True(pending.Count < before, $"The OParl schemas {string.Join(", ", pending)} do not build.");
        }

        return built;
    }
}
