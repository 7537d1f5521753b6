using Collaboration.Access;
using Grpc.AspNetCore.Server;
using Microsoft.AspNetCore.Grpc.JsonTranscoding;

namespace Collaboration.Gateway.Access;

/// <summary>The access rule of the endpoint a request was routed to, before the call reaches the interceptor.</summary>
public static class AccessEndpoints
{
    /// <summary>The rule of a transcoded HTTP route or a gRPC method; null for any other endpoint (health, files) or none.</summary>
    public static AccessRule? RuleFor(this AccessRuleSet rules, Endpoint? endpoint) =>
        endpoint?.Metadata.GetMetadata<GrpcJsonTranscodingMetadata>() is { } transcoded ? rules.Find(transcoded.MethodDescriptor)
        : endpoint?.Metadata.GetMetadata<GrpcMethodMetadata>() is { } grpc ? rules.Find(grpc.Method.FullName)
        : null;

    /// <summary>The operation a request to <paramref name="endpoint"/> records its changes under, as <see cref="AccessInterceptor"/> names it; null for an endpoint that is no API method.</summary>
    public static string? OperationOf(Endpoint? endpoint) =>
        endpoint?.Metadata.GetMetadata<GrpcJsonTranscodingMetadata>() is { } transcoded ? CallerActor.Operation($"/{transcoded.MethodDescriptor.Service.FullName}/{transcoded.MethodDescriptor.Name}")
        : endpoint?.Metadata.GetMetadata<GrpcMethodMetadata>() is { } grpc ? CallerActor.Operation(grpc.Method.FullName)
        : null;
}
