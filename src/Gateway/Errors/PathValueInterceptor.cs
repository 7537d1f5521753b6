using Collaboration.Api;
using Google.Protobuf;
using Grpc.Core;
using Grpc.Core.Interceptors;

namespace Collaboration.Gateway.Errors;

/// <summary>
/// Holds every value a route takes from its path to <see cref="Field.PathValue"/> before anything else sees the request:
/// the access rules look objects up by these ids, and Orleans refuses a blank grain key with an exception that is no
/// refusal. Over gRPC the same fields get the same check. Runs inside <see cref="ErrorInterceptor"/>, so a bad value is
/// 400 (INVALID_ARGUMENT) naming the field.
/// </summary>
public sealed class PathValueInterceptor(PathFields paths) : Interceptor
{
    public override Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        Check((IMessage)request, context);
        return continuation(request, context);
    }

    public override Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        Check((IMessage)request, context);
        return continuation(request, responseStream, context);
    }

    private void Check(IMessage request, ServerCallContext context)
    {
        foreach (var field in paths.Of(context.Method))
        {
            Field.PathValue(field.Accessor.GetValue(request) as string, field.JsonName);
        }
    }
}
