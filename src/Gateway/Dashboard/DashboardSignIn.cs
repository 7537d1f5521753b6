using System.Globalization;
using System.Security.Claims;
using Collaboration.Access;
using Microsoft.AspNetCore.Authentication;

namespace Collaboration.Gateway.Dashboard;

/// <summary>
/// Exchanges an admin's bearer token for the dashboard cookie (<see cref="DashboardCookie"/>), so
/// that a browser, whose dashboard requests carry no header, can open it. The cookie names only
/// the admin and the role, and ends with the token if that comes first.
/// </summary>
public static partial class DashboardSignIn
{
    public static async Task<IResult> SignInAsync(HttpContext context, TimeProvider clock, DashboardSettings settings, ILoggerFactory loggers)
    {
        var subject = context.User.FindFirst(CollaborationClaims.Subject)?.Value ?? "";
        var identity = new ClaimsIdentity(
            [new Claim(CollaborationClaims.Subject, subject), new Claim(CollaborationClaims.Role, Roles.Admin)],
            DashboardCookie.Scheme, CollaborationClaims.Subject, CollaborationClaims.Role);
        var now = clock.GetUtcNow();
        var ends = now + settings.CookieLifetime;
        if (TokenExpiry(context.User) is { } expiry && expiry < ends)
        {
            ends = expiry;
        }

        await context.SignInAsync(DashboardCookie.Scheme, new ClaimsPrincipal(identity), new AuthenticationProperties
        {
            IssuedUtc = now,
            ExpiresUtc = ends,
            IsPersistent = true,
            AllowRefresh = false,
        });
        var logger = loggers.CreateLogger(typeof(DashboardSignIn));
        LogSignedIn(logger, subject, ends);
        return Results.NoContent();
    }

    public static async Task SignOutAsync(HttpContext context)
    {
        await context.SignOutAsync(DashboardCookie.Scheme);
        context.Response.StatusCode = StatusCodes.Status204NoContent;
    }

    // "exp" of a JWT, in seconds since 1970; absent when the principal was rebuilt (machine tokens).
    private static DateTimeOffset? TokenExpiry(ClaimsPrincipal user) =>
        long.TryParse(user.FindFirst("exp")?.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            ? DateTimeOffset.FromUnixTimeSeconds(seconds)
            : null;

    [LoggerMessage(Level = LogLevel.Information, Message = "Dashboard sign-in by {Subject}, valid until {Ends}")]
    private static partial void LogSignedIn(ILogger logger, string subject, DateTimeOffset ends);
}
