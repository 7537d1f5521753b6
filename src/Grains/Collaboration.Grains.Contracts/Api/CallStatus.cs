using Grpc.Core;
using Microsoft.AspNetCore.Http;

namespace Collaboration.Api;

/// <summary>HTTP status details of a call that gRPC has no word for.</summary>
public static class CallStatus
{
    /// <summary>
    /// Answers 201 Created when the call came as HTTP/JSON; gRPC calls keep their own status. The
    /// transcoder sets 200 as it writes, so the gateway's problem middleware applies this after.
    /// </summary>
    public static void Created(this ServerCallContext context) =>
        context.GetHttpContext().Items[CreatedKey] = true;

    /// <summary>Whether the call asked for 201 Created.</summary>
    public static bool IsCreated(HttpContext context) => context.Items.ContainsKey(CreatedKey);

    private static readonly object CreatedKey = new();
}
