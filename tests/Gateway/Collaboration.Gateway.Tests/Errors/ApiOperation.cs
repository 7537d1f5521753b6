using System.Text.Json.Nodes;

namespace Collaboration.Gateway.Tests.Errors;

/// <summary>One operation of the served OpenAPI document: its method, path template, parameters and body schema.</summary>
/// <param name="Method">The HTTP method, upper case.</param>
/// <param name="Template">The path with its parameters in braces ("/api/projects/{id}").</param>
/// <param name="Id">The operation id, for messages.</param>
/// <param name="PathParameters">Each path parameter with its type ("string", "integer").</param>
/// <param name="QueryParameters">Each query parameter with its type.</param>
/// <param name="Body">The request body's schema, when the operation takes one.</param>
public sealed record ApiOperation(
    string Method,
    string Template,
    string Id,
    IReadOnlyList<(string Name, string Type)> PathParameters,
    IReadOnlyList<(string Name, string Type)> QueryParameters,
    JsonNode? Body)
{
    /// <summary>Every operation of <paramref name="document"/>, in a stable order.</summary>
    public static IReadOnlyList<ApiOperation> All(JsonObject document) =>
        [.. document["paths"]!.AsObject()
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .SelectMany(path => path.Value!.AsObject()
                .OrderBy(o => o.Key, StringComparer.Ordinal)
                .Select(operation => Read(path.Key, operation.Key, operation.Value!.AsObject())))];

    private static ApiOperation Read(string template, string method, JsonObject operation)
    {
        var parameters = operation["parameters"]?.AsArray().Select(p => p!.AsObject()).ToList() ?? [];
        IReadOnlyList<(string, string)> Of(string place) =>
        [
            .. parameters.Where(p => (string?)p["in"] == place)
                .Select(p => ((string)p["name"]!, (string?)p["schema"]?["type"] ?? "string")),
        ];

        return new ApiOperation(method.ToUpperInvariant(), template, (string?)operation["operationId"] ?? $"{method} {template}",
            Of("path"), Of("query"), operation["requestBody"]?["content"]?["application/json"]?["schema"]);
    }
}
