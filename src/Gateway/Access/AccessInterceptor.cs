using Collaboration.Access;
using Collaboration.Gateway.Errors;
using Google.Protobuf;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Microsoft.AspNetCore.Authorization;

namespace Collaboration.Gateway.Access;

/// <summary>
/// Enforces the <see cref="AccessRuleSet"/> on every call, gRPC and HTTP/JSON alike (the HTTP
/// routes are transcoded gRPC calls): no token where one is needed is UNAUTHENTICATED (401), a
/// change by someone who is not one of its parties PERMISSION_DENIED (403). Then it records who
/// is acting, for the audit trail.
/// </summary>
public sealed class AccessInterceptor(AccessRuleSet rules, IAuthorizationService authorization, IGrainFactory grains) : Interceptor
{
    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request, ServerCallContext context, UnaryServerMethod<TRequest, TResponse> continuation)
    {
        (await AdmitAsync((IMessage)request, context))?.Enter();
        return await continuation(request, context);
    }

    public override async Task ServerStreamingServerHandler<TRequest, TResponse>(
        TRequest request, IServerStreamWriter<TResponse> responseStream, ServerCallContext context, ServerStreamingServerMethod<TRequest, TResponse> continuation)
    {
        (await AdmitAsync((IMessage)request, context))?.Enter();
        await continuation(request, responseStream, context);
    }

    // Returns who is acting rather than entering it here: what an async method puts in the request
    // context does not flow back to its caller.
    private async Task<Actor?> AdmitAsync(IMessage request, ServerCallContext context)
    {
        var http = context.GetHttpContext();
        var rule = rules.Find(context.Method) ?? throw Refuse(http, StatusCode.PermissionDenied, "This method has no access rule.");
        var user = http.User;
        if (!rule.IsPublic && user.Identity?.IsAuthenticated != true)
        {
            throw Refuse(http, StatusCode.Unauthenticated, "A bearer token is required.");
        }

        // An admin may make any change: who else may make it needs no lookup.
        if (user.FindFirst(CollaborationClaims.Role)?.Value != Roles.Admin && rule.PartiesFor(request, grains) is { } resolving)
        {
            var parties = await resolving;
            var decision = await authorization.AuthorizeAsync(user, parties, ChangeRequirement.Policy);
            if (!decision.Succeeded)
            {
                throw Refuse(http, StatusCode.PermissionDenied, Explain(parties));
            }
        }

        return user.ToActor(CallerActor.RequestId(http), CallerActor.Operation(context.Method));
    }

    private static RpcException Refuse(HttpContext http, StatusCode code, string detail)
    {
        http.Features.Set(new ApiProblem(code == StatusCode.Unauthenticated ? StatusCodes.Status401Unauthorized : StatusCodes.Status403Forbidden, detail, null));
        return new RpcException(new Status(code, detail));
    }

    private static string Explain(Parties parties) =>
        parties.Municipalities.Count == 0 && parties.Forums.Count == 0 && parties.Roles.Count == 0
            ? "Only an admin may make this change."
            : "Only " + string.Join(" or ", parties.Municipalities.Select(k => $"an officer of {k}")
                .Concat(parties.Forums.Select(f => $"the secretariat of {f}"))
                .Concat(parties.Roles.Select(r => $"a caller with the role {r}"))) + " (or an admin) may make this change.";
}
