using System.Security.Claims;
using Collaboration.Access;
using Microsoft.AspNetCore.Authentication.JwtBearer;

namespace Collaboration.Gateway.Access.Machines;

/// <summary>
/// Turns a validated machine token into the caller the access rules know: the <c>consumer</c>
/// becomes the subject (and, for an officer, the body it acts for), the <c>scope</c> a role by the
/// issuer's configured map. Nothing else of the token is kept, so no claim of another issuer's
/// choosing (a <c>role</c> of its own, say) can grant more than the scopes do.
/// </summary>
public static class MachineClaims
{
    /// <summary>The body the token is issued to.</summary>
    public const string Consumer = "consumer";

    /// <summary>The body that asked for it on the consumer's behalf, when one did.</summary>
    public const string Supplier = "supplier";

    /// <summary>The granted scopes, space-separated.</summary>
    public const string Scope = "scope";

    /// <summary>The roles a scope may grant; a secretariat needs a forum, which no machine token names.</summary>
    public static IReadOnlyList<string> Grantable { get; } = [Roles.Admin, Roles.Officer, Roles.Peer, Roles.Viewer];

    /// <summary>Replaces the token's principal with the mapped caller, or fails the token (401) when its claims are not of the expected shape.</summary>
    public static async Task MapAsync(TokenValidatedContext context, MachineIssuerOptions issuer)
    {
        var token = context.Principal!;
        var consumer = OrganisationParty.Parse(token.FindFirst(Consumer)?.Value);
        var supplierClaim = token.FindFirst(Supplier)?.Value;
        var supplier = OrganisationParty.Parse(supplierClaim);
        if (consumer is null || (supplierClaim is not null && supplier is null))
        {
            context.Fail("The token's consumer and supplier must be {\"authority\": \"iso6523-actorid-upis\", \"ID\": \"0192:<organisation number>\"}.");
            return;
        }

        var scopes = token.FindAll(Scope).SelectMany(claim => claim.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToHashSet(StringComparer.Ordinal);
        var granted = issuer.Scopes.Where(map => map.Value.Length > 0 && scopes.Contains(map.Value)).Select(map => map.Key).ToHashSet(StringComparer.Ordinal);
        var body = granted.Contains(Roles.Officer)
            ? await context.HttpContext.RequestServices.GetRequiredService<ConsumerBodies>().BodyOfAsync(consumer.OrganisationNumber)
            : null;
        var role = Grantable.FirstOrDefault(role => granted.Contains(role) && (role != Roles.Officer || body is not null))
            ?? (granted.Contains(Roles.Officer) ? Roles.Viewer : null); // a consumer we do not know only reads
        if (role is null)
        {
            context.Fail("The token grants none of this API's scopes.");
            return;
        }

        var subject = supplier is null ? consumer.ToString() : $"supplier {supplier} for {consumer}";
        var claims = new List<Claim> { new(CollaborationClaims.Subject, subject), new(CollaborationClaims.Role, role) };
        if (role == Roles.Officer)
        {
            claims.Add(new Claim(CollaborationClaims.Municipality, body!));
        }

        context.Principal = new ClaimsPrincipal(new ClaimsIdentity(claims, context.Scheme.Name, CollaborationClaims.Subject, CollaborationClaims.Role));
    }
}
