namespace Collaboration.Gateway.Dashboard;

/// <summary>
/// A browser refused at /dashboard gets a line saying where to sign in, rather than an empty page;
/// other callers get the bare 401 or 403.
/// </summary>
public static class DashboardRefusals
{
    public static WebApplication UseDashboardRefusals(this WebApplication app)
    {
        app.UseWhen(context => context.Request.Path.StartsWithSegments(DashboardRoutes.Prefix), branch => branch.UseStatusCodePages(async pages =>
        {
            var context = pages.HttpContext;
            if (Text(context.Response.StatusCode) is { } text && context.Request.Headers.Accept.ToString().Contains("text/html", StringComparison.Ordinal))
            {
                context.Response.ContentType = "text/html; charset=utf-8";
                await context.Response.WriteAsync(
                    $"<!doctype html><html lang=\"nb\"><meta charset=\"utf-8\"><title>Driftspanel</title><p>{text} <a href=\"{DashboardRoutes.Prefix}/sign-in\">Logg inn med et administrator-token</a>.</p></html>");
            }
        }));
        return app;
    }

    private static string? Text(int status) => status switch
    {
        StatusCodes.Status401Unauthorized => "Driftspanelet krever innlogging.",
        StatusCodes.Status403Forbidden => "Driftspanelet er bare for administratorer.",
        _ => null,
    };
}
