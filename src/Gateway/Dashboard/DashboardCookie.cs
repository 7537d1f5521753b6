using Microsoft.AspNetCore.Authentication.Cookies;

namespace Collaboration.Gateway.Dashboard;

/// <summary>
/// The browser's sign-in to the dashboard: a short-lived cookie made from an admin's token, sent
/// only to /dashboard, never readable by scripts, never sent from another site, and Secure when
/// the sign-in came over HTTPS (or always, when so configured).
/// </summary>
public static class DashboardCookie
{
    /// <summary>The authentication scheme of the cookie.</summary>
    public const string Scheme = "DashboardCookie";

    /// <summary>The cookie's name.</summary>
    public const string Name = "collaboration-dashboard";

    public static void Configure(CookieAuthenticationOptions cookie, DashboardSettings settings)
    {
        cookie.Cookie.Name = Name;
        cookie.Cookie.Path = DashboardRoutes.Prefix;
        cookie.Cookie.HttpOnly = true;
        cookie.Cookie.SecurePolicy = settings.CookieSecure;
        cookie.Cookie.SameSite = SameSiteMode.Strict;
        cookie.ExpireTimeSpan = settings.CookieLifetime;
        cookie.SlidingExpiration = false;

        // An API's answers, not a sign-in form's redirects.
        cookie.Events.OnRedirectToLogin = context => Answer(context.Response, StatusCodes.Status401Unauthorized);
        cookie.Events.OnRedirectToAccessDenied = context => Answer(context.Response, StatusCodes.Status403Forbidden);
    }

    private static Task Answer(HttpResponse response, int status)
    {
        response.StatusCode = status;
        return Task.CompletedTask;
    }
}
