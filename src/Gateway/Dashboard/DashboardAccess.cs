using Collaboration.Access;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Collaboration.Gateway.Dashboard;

/// <summary>
/// Who may open the dashboard: an admin, by bearer token (scripts, a reverse proxy that adds the
/// header) or by the cookie a browser got for one. Without either the answer is 401, for anyone
/// else 403.
/// </summary>
public static class DashboardAccess
{
    /// <summary>The policy of the dashboard's pages and data: an admin, by token or cookie.</summary>
    public const string Policy = "dashboard";

    /// <summary>The policy of the sign-in: an admin, by token only (a cookie cannot renew itself).</summary>
    public const string SignInPolicy = "dashboard-sign-in";

    // Chooses per request between the usual bearer scheme and the cookie.
    private const string Scheme = "Dashboard";

    public static IServiceCollection AddDashboardAccess(this IServiceCollection services, DashboardSettings settings)
    {
        services.AddAuthentication()
            .AddCookie(DashboardCookie.Scheme, cookie => DashboardCookie.Configure(cookie, settings))
            .AddPolicyScheme(Scheme, "An admin's bearer token or dashboard cookie", policy => policy.ForwardDefaultSelector = SchemeFor);
        services.AddAuthorizationBuilder()
            .AddPolicy(Policy, policy => policy.AddAuthenticationSchemes(Scheme).RequireClaim(CollaborationClaims.Role, Roles.Admin))
            .AddPolicy(SignInPolicy, policy => policy.RequireClaim(CollaborationClaims.Role, Roles.Admin));
        return services;
    }

    // A request with an Authorization header is judged by it alone; the cookie only when there is none.
    private static string SchemeFor(HttpContext context) =>
        context.Request.Headers.Authorization.Count == 0 && context.Request.Cookies.ContainsKey(DashboardCookie.Name)
            ? DashboardCookie.Scheme
            : BearerScheme(context);

    // The process's default scheme: plain bearer tokens, or the selector in front of machine issuers.
    private static string BearerScheme(HttpContext context)
    {
        var options = context.RequestServices.GetRequiredService<IOptions<AuthenticationOptions>>().Value;
        return options.DefaultScheme ?? throw new InvalidOperationException("No default authentication scheme is configured.");
    }
}
