using System.Security.Claims;
using Collaboration.Access;

namespace Collaboration.Gateway.Access;

/// <summary>Who a signed-in caller is, as the grains record it: read from the token's claims.</summary>
public static class CallerActor
{
    /// <summary>The actor of a request made by <paramref name="user"/>; null for an anonymous caller.</summary>
    public static Actor? ToActor(this ClaimsPrincipal user, string requestId, string operation) =>
        user.Identity?.IsAuthenticated == true
            ? new Actor(user.FindFirst(CollaborationClaims.Subject)?.Value ?? "unknown",
                user.FindFirst(CollaborationClaims.Role)?.Value ?? "unknown",
                user.FindFirst(CollaborationClaims.Municipality)?.Value,
                requestId,
                operation)
            : null;

    /// <summary>The id the request's changes are recorded with: its trace id.</summary>
    public static string RequestId(HttpContext http) => System.Diagnostics.Activity.Current?.TraceId.ToString() ?? http.TraceIdentifier;

    /// <summary>The operation recorded for a gRPC method: "/collaboration.v1.Forums/AddAgendaItem" is "Forums/AddAgendaItem".</summary>
    public static string Operation(string grpcMethod) => grpcMethod[(grpcMethod.LastIndexOf('.') + 1)..];
}
