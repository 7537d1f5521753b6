using Collaboration.Api;
using Google.Protobuf;
using Grpc.Core;
using Grpc.Core.Interceptors;

namespace Collaboration.Gateway.Versions;

/// <summary>
/// Gives every answer that is one versioned object (a message with a <c>version</c> field) its
/// version as a strong HTTP ETag, for core and plugin services alike; and checks a malformed
/// If-None-Match before the call, so it is refused rather than ignored.
/// </summary>
public sealed class EntityTagInterceptor : Interceptor
{
    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        var http = context.GetHttpContext();
        foreach (var tag in http.Request.Headers.IfNoneMatch.ToString().Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            EntityTag.Parse(tag.StartsWith("W/", StringComparison.Ordinal) ? tag[2..] : tag, "If-None-Match");
        }

        var response = await continuation(request, context);
        if (response is IMessage message && message.Descriptor.FindFieldByName("version") is { FieldType: Google.Protobuf.Reflection.FieldType.Int32 } field
            && field.Accessor.GetValue(message) is int version and > 0)
        {
            http.Response.Headers.ETag = EntityTag.Of(version);
        }

        return response;
    }
}
