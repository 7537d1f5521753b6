using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Collaboration.Access;
using Google.Api;
using Google.Protobuf.Reflection;
using Microsoft.AspNetCore.Grpc.JsonTranscoding;

namespace Collaboration.Gateway.OpenApi;

/// <summary>
/// An OpenAPI 3.1 description of the HTTP/JSON API, made from the .proto contract of the
/// transcoded endpoints actually mapped, so it cannot drift from what is served.
/// </summary>
public static partial class OpenApiDocument
{
    public static IEndpointConventionBuilder MapOpenApiDocument(this IEndpointRouteBuilder endpoints, string pattern)
    {
        JsonObject? document = null;
        return endpoints.MapGet(pattern, (EndpointDataSource source, AccessRuleSet rules) =>
            Results.Text((document ??= Build(source, rules)).ToJsonString(), "application/json"))
            .WithName("OpenApiDocument")
            .ExcludeFromDescription();
    }

    public static JsonObject Build(EndpointDataSource source, AccessRuleSet rules)
    {
        var methods = source.Endpoints
            .Select(e => e.Metadata.GetMetadata<GrpcJsonTranscodingMetadata>()?.MethodDescriptor)
            .OfType<MethodDescriptor>()
            .DistinctBy(m => m.FullName)
            .OrderBy(m => m.FullName, StringComparer.Ordinal);
        var paths = new JsonObject();
        var schemas = new JsonObject();
        foreach (var method in methods)
        {
            var rule = method.GetOptions()?.GetExtension(AnnotationsExtensions.Http);
            if (rule is null)
            {
                continue;
            }

            var (verb, template) = Route(rule);
            var path = paths[OpenApiPath(template)] as JsonObject ?? new JsonObject();
            paths[OpenApiPath(template)] = path;
            var operation = Operation(method, rule, template, schemas);

            // Public reads need no token; everything else takes a bearer token.
            operation["security"] = rules.Find(method)?.IsPublic == true
                ? new JsonArray()
                : new JsonArray(new JsonObject { ["bearer"] = new JsonArray() });
            path[verb] = operation;
        }

        return new JsonObject
        {
            ["openapi"] = "3.1.0",
            ["info"] = new JsonObject
            {
                ["title"] = "Collaboration API",
                ["version"] = "v1",
                ["description"] = "Regional cooperation of Norwegian municipalities. The same contract is served as gRPC (see the .proto files). "
                    + "A forum id may be a path of two segments (trondheimsregionen/kommunedirektorforum); it is then written with its '/' in place of {id}.",
            },
            ["paths"] = paths,
            ["components"] = new JsonObject
            {
                ["schemas"] = schemas,
                ["securitySchemes"] = new JsonObject
                {
                    ["bearer"] = new JsonObject { ["type"] = "http", ["scheme"] = "bearer", ["bearerFormat"] = "JWT" },
                },
            },
        };
    }

    private static JsonObject Operation(MethodDescriptor method, HttpRule rule, string template, JsonObject schemas)
    {
        var pathFields = PathVariable().Matches(template).Select(m => m.Groups[1].Value).ToHashSet();
        var parameters = new JsonArray();
        foreach (var field in method.InputType.Fields.InFieldNumberOrder())
        {
            var inPath = pathFields.Contains(field.Name);
            if (inPath || (rule.Body.Length == 0 && field.FieldType != FieldType.Message))
            {
                parameters.Add(new JsonObject
                {
                    ["name"] = inPath ? field.Name : field.JsonName,
                    ["in"] = inPath ? "path" : "query",
                    ["required"] = inPath,
                    ["schema"] = Schema(field, schemas),
                });
            }
        }

        var operation = new JsonObject
        {
            ["operationId"] = method.Name,
            ["tags"] = new JsonArray(method.Service.Name),
            ["parameters"] = parameters,
            ["responses"] = new JsonObject
            {
                ["200"] = Content(method.OutputType, schemas, "OK"),
                ["4XX"] = new JsonObject { ["description"] = "RFC 9457 problem+json naming the field at fault" },
            },
        };
        if (rule.Body.Length > 0)
        {
            operation["requestBody"] = Content(method.InputType, schemas, null, pathFields);
        }

        return operation;
    }

    private static JsonObject Content(MessageDescriptor message, JsonObject schemas, string? description, ISet<string>? leaveOut = null)
    {
        var reference = leaveOut is { Count: > 0 } ? Inline(message, schemas, leaveOut) : Reference(message, schemas);
        var content = new JsonObject { ["content"] = new JsonObject { ["application/json"] = new JsonObject { ["schema"] = reference } } };
        if (description is not null)
        {
            content["description"] = description;
        }

        return content;
    }

    private static JsonObject Reference(MessageDescriptor message, JsonObject schemas)
    {
        if (!schemas.ContainsKey(message.Name))
        {
            schemas[message.Name] = new JsonObject();
            schemas[message.Name] = Inline(message, schemas, new HashSet<string>());
        }

        return new JsonObject { ["$ref"] = $"#/components/schemas/{message.Name}" };
    }

    private static JsonObject Inline(MessageDescriptor message, JsonObject schemas, ISet<string> leaveOut)
    {
        var properties = new JsonObject();
        foreach (var field in message.Fields.InFieldNumberOrder().Where(f => !leaveOut.Contains(f.Name)))
        {
            properties[field.JsonName] = Schema(field, schemas);
        }

        return new JsonObject { ["type"] = "object", ["properties"] = properties };
    }

    private static JsonNode Schema(FieldDescriptor field, JsonObject schemas)
    {
        JsonNode item = field.FieldType switch
        {
            FieldType.Message => Reference(field.MessageType, schemas),
            FieldType.Bool => new JsonObject { ["type"] = "boolean" },
            FieldType.Int32 or FieldType.SInt32 or FieldType.UInt32 => new JsonObject { ["type"] = "integer", ["format"] = "int32" },
            FieldType.Int64 or FieldType.SInt64 or FieldType.UInt64 => new JsonObject { ["type"] = "integer", ["format"] = "int64" },
            FieldType.Double or FieldType.Float => new JsonObject { ["type"] = "number" },
            _ => new JsonObject { ["type"] = "string" },
        };
        return field.IsRepeated ? new JsonObject { ["type"] = "array", ["items"] = item } : item;
    }

    private static (string Verb, string Template) Route(HttpRule rule) => rule.PatternCase switch
    {
        HttpRule.PatternOneofCase.Get => ("get", rule.Get),
        HttpRule.PatternOneofCase.Put => ("put", rule.Put),
        HttpRule.PatternOneofCase.Post => ("post", rule.Post),
        HttpRule.PatternOneofCase.Delete => ("delete", rule.Delete),
        HttpRule.PatternOneofCase.Patch => ("patch", rule.Patch),
        _ => ("get", rule.Custom.Path),
    };

    private static string OpenApiPath(string template) => PathVariable().Replace(template, m => "{" + m.Groups[1].Value + "}");

    [GeneratedRegex(@"\{([a-z_.]+)(=[^}]*)?\}")]
    private static partial Regex PathVariable();
}
