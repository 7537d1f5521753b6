using Microsoft.Extensions.FileProviders;
using Orleans.Dashboard;

namespace Collaboration.Gateway.Dashboard;

/// <summary>
/// Orleans' dashboard at /dashboard behind <see cref="DashboardAccess.Policy"/>, with the sign-in
/// page that gives a browser its cookie. Served wherever the gateway runs: the co-hosted silo
/// reads its own cluster, a standalone gateway asks the silos (which collect the figures).
/// </summary>
public static class DashboardRoutes
{
    /// <summary>The path of the dashboard, and of its cookie.</summary>
    public const string Prefix = "/dashboard";

    private static readonly EmbeddedFileProvider Files = new(typeof(DashboardRoutes).Assembly, "Collaboration.Gateway.Dashboard");

    public static WebApplication MapOperatorDashboard(this WebApplication app)
    {
        if (!app.Services.GetRequiredService<DashboardSettings>().Enabled)
        {
            return app;
        }

        app.MapOrleansDashboard(Prefix).RequireAuthorization(DashboardAccess.Policy);
        app.MapGet($"{Prefix}/sign-in", (HttpContext context) => File(context, "sign-in.html", "text/html; charset=utf-8"));
        app.MapGet($"{Prefix}/sign-in.js", (HttpContext context) => File(context, "sign-in.js", "text/javascript; charset=utf-8"));
        app.MapPost($"{Prefix}/sign-in", DashboardSignIn.SignInAsync).RequireAuthorization(DashboardAccess.SignInPolicy);
        app.MapPost($"{Prefix}/sign-out", DashboardSignIn.SignOutAsync);
        return app;
    }

    // The sign-in page runs nothing but its own script, and sends the token nowhere but here.
    private static IResult File(HttpContext context, string name, string contentType)
    {
        var headers = context.Response.Headers;
        headers.CacheControl = "no-cache";
        headers.XContentTypeOptions = "nosniff";
        headers.ContentSecurityPolicy = "default-src 'self'; img-src 'self' data:; script-src 'self'; connect-src 'self'; form-action 'none'";
        return Results.Stream(Files.GetFileInfo(name).CreateReadStream(), contentType);
    }
}
