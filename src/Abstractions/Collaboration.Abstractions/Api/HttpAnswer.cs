using System.Globalization;
using Grpc.Core;
using Microsoft.AspNetCore.Http;

namespace Collaboration.Api;

/// <summary>What an HTTP/JSON answer says that gRPC has no word for: 201 Created, ETag, If-Match, the current object of a refusal.</summary>
public static class HttpAnswer
{
    /// <summary>
    /// Answers 201 Created when the call came as HTTP/JSON; gRPC calls keep their own status. The
    /// transcoder sets 200 as it writes, so the gateway's problem middleware applies this after.
    /// </summary>
    public static void Created(this ServerCallContext context) =>
        context.GetHttpContext().Items[CreatedKey] = true;

    /// <summary>Whether the call asked for 201 Created.</summary>
    public static bool IsCreated(HttpContext context) => context.Items.ContainsKey(CreatedKey);

    /// <summary>Sets the HTTP ETag of the answer to a version (HTTP/JSON calls only).</summary>
    public static void SetVersion(this ServerCallContext context, int version) =>
        context.GetHttpContext().Response.Headers.ETag = $"\"{version}\"";

    /// <summary>
    /// The version an HTTP If-Match header names: null without the header, -1 for "*" (any version).
    /// </summary>
    public static int? IfMatch(this ServerCallContext context)
    {
        var header = context.GetHttpContext().Request.Headers.IfMatch.ToString();
        if (header.Length == 0)
        {
            return null;
        }

        var tag = header.Trim().Replace("W/", "", StringComparison.Ordinal).Trim('"');
        return tag == "*" ? -1
            : int.TryParse(tag, NumberStyles.None, CultureInfo.InvariantCulture, out var version) ? version
            : throw CollaborationException.Invalid("If-Match", $"If-Match must name a version such as \"7\", not {header}.");
    }

    /// <summary>Attaches the object's current state (as JSON) to a refusal, for the problem answer's "current".</summary>
    public static void AttachCurrent(this ServerCallContext context, string json) =>
        context.GetHttpContext().Items[CurrentKey] = json;

    /// <summary>The current state attached to a refusal, if any.</summary>
    public static string? Current(HttpContext context) => context.Items[CurrentKey] as string;

    private static readonly object CreatedKey = new();
    private static readonly object CurrentKey = new();
}
