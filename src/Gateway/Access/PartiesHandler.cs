using System.Security.Claims;
using Collaboration.Access;
using Microsoft.AspNetCore.Authorization;

namespace Collaboration.Gateway.Access;

/// <summary>
/// The resource-based check behind every change: an admin may make any; an officer those of its
/// own municipality; a secretariat those of its forum and the forums below it; a caller of a role the
/// parties name those (peers their webhooks); viewers and peers nothing else.
/// </summary>
public sealed class PartiesHandler : AuthorizationHandler<ChangeRequirement, Parties>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, ChangeRequirement requirement, Parties resource)
    {
        if (Allows(context.User, resource))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }

    private static bool Allows(ClaimsPrincipal user, Parties parties) => user.FindFirst(CollaborationClaims.Role)?.Value switch
    {
        { } role when parties.Roles.Contains(role) => true,
        Roles.Admin => true,
        Roles.Officer => user.FindAll(CollaborationClaims.Municipality).Any(claim => parties.Municipalities.Contains(claim.Value)),
        Roles.Secretariat => user.FindAll(CollaborationClaims.Forum).Any(claim => parties.Forums.Any(forum => Covers(claim.Value, forum))),
        _ => false,
    };

    // The secretariat of "trondheimsregionen" also serves "trondheimsregionen/kommunedirektorforum".
    private static bool Covers(string secretariatOf, string forum) =>
        forum == secretariatOf || forum.StartsWith(secretariatOf + "/", StringComparison.Ordinal);
}
