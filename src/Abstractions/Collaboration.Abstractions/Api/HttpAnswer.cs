using Google.Protobuf;
using Grpc.Core;
using Microsoft.AspNetCore.Http;

namespace Collaboration.Api;

/// <summary>What an HTTP/JSON answer says that gRPC has no word for: 201 Created with its Location, the current object of a refusal.</summary>
public static class HttpAnswer
{
    /// <summary>
    /// Answers 201 Created when the call came as HTTP/JSON; gRPC calls keep their own status. The
    /// transcoder sets 200 as it writes, so the gateway's problem middleware applies this after.
    /// </summary>
    /// <param name="context">The call.</param>
    /// <param name="location">The new object's path, for the Location header.</param>
    public static void Created(this ServerCallContext context, string location)
    {
        var http = context.GetHttpContext();
        http.Items[CreatedKey] = true;
        http.Response.Headers.Location = location;
    }

    /// <summary>Whether the call asked for 201 Created.</summary>
    public static bool IsCreated(HttpContext context) => context.Items.ContainsKey(CreatedKey);

    /// <summary>Attaches the object's current state to a refusal: the problem answer's "current", over gRPC a detail of the status.</summary>
    public static void AttachCurrent(this ServerCallContext context, IMessage current) =>
        context.GetHttpContext().Items[CurrentKey] = current;

    /// <summary>The current state attached to a refusal, if any.</summary>
    public static IMessage? Current(HttpContext context) => context.Items[CurrentKey] as IMessage;

    private static readonly object CreatedKey = new();
    private static readonly object CurrentKey = new();
}
