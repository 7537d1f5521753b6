using System.Security.Claims;

namespace Collaboration.Access;

/// <summary>Who a signed-in caller is, as the grains record it.</summary>
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
}
