using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Collaboration.Api;

/// <summary>
/// An HTTP PATCH body as a JSON merge patch (RFC 7396): the members it names are the fields that
/// change; an object merges member by member, anything else (a list included) replaces the whole
/// value, and null removes it. The transcoder reads the body into the object's message, where an
/// absent field and a null one look the same, so the names are taken from the JSON itself.
/// </summary>
public static class MergePatch
{
    /// <summary>The media type of RFC 7396.</summary>
    public const string MediaType = "application/merge-patch+json";

    private static readonly object Key = new();

    /// <summary>
    /// Keeps the paths (JSON names, dotted for members of objects) a merge patch names, for
    /// <see cref="Edit.PatchAsync"/>. Null when the body is not a JSON object.
    /// </summary>
    public static IReadOnlyList<string>? Record(HttpContext context, JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var paths = new List<string>();
        Collect(body, "", paths);
        context.Items[Key] = paths;
        return paths;
    }

    /// <summary>The paths of the merge patch of this request, if it came as one.</summary>
    public static IReadOnlyList<string>? PathsOf(HttpContext context) => context.Items[Key] as IReadOnlyList<string>;

    private static void Collect(JsonElement element, string prefix, List<string> paths)
    {
        foreach (var member in element.EnumerateObject())
        {
            var path = prefix + member.Name;
            if (member.Value.ValueKind == JsonValueKind.Object && member.Value.EnumerateObject().Any())
            {
                Collect(member.Value, path + ".", paths);
            }
            else
            {
                paths.Add(path);
            }
        }
    }
}
