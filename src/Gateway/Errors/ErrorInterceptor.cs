using Collaboration.Api;
using Google.Protobuf.WellKnownTypes;
using Google.Rpc;
using Grpc.Core;
using Grpc.Core.Interceptors;

namespace Collaboration.Gateway.Errors;

/// <summary>
/// Turns domain refusals into gRPC statuses (with a google.rpc.BadRequest naming the field) and
/// records them for the HTTP/JSON problem answer; an unavailable database or cluster becomes
/// UNAVAILABLE (503). Anything else stays an internal error whose details never leave the process.
/// </summary>
public sealed class ErrorInterceptor : Interceptor
{
    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            return await continuation(request, context);
        }
        catch (CollaborationException e)
        {
            throw Refusal(e, context);
        }
        catch (Exception e) when (Unavailable.Is(e) && !context.CancellationToken.IsCancellationRequested)
        {
            throw NotNow(context);
        }
    }

    public override async Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            await continuation(request, responseStream, context);
        }
        catch (CollaborationException e)
        {
            throw Refusal(e, context);
        }
        catch (Exception e) when (Unavailable.Is(e) && !context.CancellationToken.IsCancellationRequested)
        {
            throw NotNow(context);
        }
    }

    // UNAVAILABLE is the status gRPC clients retry; RetryInfo says when, as Retry-After does over HTTP.
    private static RpcException NotNow(ServerCallContext context)
    {
        context.GetHttpContext().Features.Set(new ApiProblem(StatusCodes.Status503ServiceUnavailable, Unavailable.Detail, null));
        var status = new Google.Rpc.Status { Code = (int)Code.Unavailable, Message = Unavailable.Detail };
        status.Details.Add(Any.Pack(new RetryInfo { RetryDelay = Duration.FromTimeSpan(TimeSpan.FromSeconds(Unavailable.RetryAfterSeconds)) }));
        return status.ToRpcException();
    }

    private static RpcException Refusal(CollaborationException e, ServerCallContext context)
    {
        var (code, http) = e.Kind switch
        {
            ErrorKind.Invalid => (Code.InvalidArgument, StatusCodes.Status400BadRequest),
            ErrorKind.NotFound => (Code.NotFound, StatusCodes.Status404NotFound),
            ErrorKind.PreconditionFailed => (Code.Aborted, StatusCodes.Status412PreconditionFailed),
            _ => (Code.FailedPrecondition, StatusCodes.Status409Conflict),
        };
        context.GetHttpContext().Features.Set(new ApiProblem(http, e.Message, e.Field));

        var status = new Google.Rpc.Status { Code = (int)code, Message = e.Message };
        if (e.Field is { } field)
        {
            status.Details.Add(Any.Pack(new BadRequest
            {
                FieldViolations = { new BadRequest.Types.FieldViolation { Field = field, Description = e.Message } },
            }));
        }

        // A stale version's refusal carries the object as it is now. Only real gRPC calls get it
        // as a detail: the HTTP answer shows it as JSON, and the transcoder knows no such detail.
        if (HttpAnswer.Current(context.GetHttpContext()) is { } current
            && context.GetHttpContext().Request.ContentType?.StartsWith("application/grpc", StringComparison.Ordinal) == true)
        {
            status.Details.Add(Any.Pack(current));
        }

        return status.ToRpcException();
    }
}
