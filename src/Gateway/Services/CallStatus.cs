using Grpc.Core;

namespace Collaboration.Gateway.Services;

/// <summary>HTTP status details of a call that gRPC has no word for.</summary>
public static class CallStatus
{
    /// <summary>
    /// Answers 201 Created when the call came as HTTP/JSON; gRPC calls keep their own status.
    /// </summary>
    public static void Created(this ServerCallContext context)
    {
        var http = context.GetHttpContext();
        if (http.Request.ContentType?.StartsWith("application/grpc", StringComparison.Ordinal) != true)
        {
            http.Response.StatusCode = StatusCodes.Status201Created;
        }
    }
}
