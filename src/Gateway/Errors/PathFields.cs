using System.Text.RegularExpressions;
using Collaboration.Access;
using Google.Api;
using Google.Protobuf.Reflection;
using Microsoft.AspNetCore.Grpc.JsonTranscoding;

namespace Collaboration.Gateway.Errors;

/// <summary>
/// The request fields each method takes from its route's path ("id" of PUT /api/projects/{id}), by gRPC method path, over
/// every binding of the method. Found from the transcoded endpoints actually mapped (the core's and the plugins'), once.
/// </summary>
public sealed partial class PathFields(EndpointDataSource endpoints)
{
    private Dictionary<string, IReadOnlyList<FieldDescriptor>>? _byMethod;

    /// <summary>The path fields of the method; none for a method without an HTTP route.</summary>
    public IReadOnlyList<FieldDescriptor> Of(string methodPath) =>
        (_byMethod ??= Build(endpoints)).GetValueOrDefault(methodPath) ?? [];

    private static Dictionary<string, IReadOnlyList<FieldDescriptor>> Build(EndpointDataSource endpoints) =>
        endpoints.Endpoints
            .Select(e => e.Metadata.GetMetadata<GrpcJsonTranscodingMetadata>()?.MethodDescriptor)
            .OfType<MethodDescriptor>()
            .DistinctBy(m => m.FullName)
            .ToDictionary(m => AccessRuleSet.Path(m.Service, m), Fields, StringComparer.Ordinal);

    private static IReadOnlyList<FieldDescriptor> Fields(MethodDescriptor method)
    {
        var rule = method.GetOptions()?.GetExtension(AnnotationsExtensions.Http);
        if (rule is null)
        {
            return [];
        }

        return [.. new[] { rule }.Concat(rule.AdditionalBindings)
            .SelectMany(binding => PathVariable().Matches(Template(binding)).Select(m => m.Groups[1].Value))
            .Distinct(StringComparer.Ordinal)
            // Only top-level fields are bound in this API's routes; a nested one ("a.b") is left to its route's check.
            .Select(name => method.InputType.FindFieldByName(name))
            .OfType<FieldDescriptor>()
            .Where(field => field.FieldType == FieldType.String && !field.IsRepeated)];
    }

    private static string Template(HttpRule rule) => rule.PatternCase switch
    {
        HttpRule.PatternOneofCase.Get => rule.Get,
        HttpRule.PatternOneofCase.Put => rule.Put,
        HttpRule.PatternOneofCase.Post => rule.Post,
        HttpRule.PatternOneofCase.Delete => rule.Delete,
        HttpRule.PatternOneofCase.Patch => rule.Patch,
        HttpRule.PatternOneofCase.Custom => rule.Custom.Path,
        _ => "",
    };

    [GeneratedRegex(@"\{([a-z_.]+)(=[^}]*)?\}")]
    private static partial Regex PathVariable();
}
