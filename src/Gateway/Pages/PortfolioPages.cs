using Microsoft.Extensions.FileProviders;

namespace Collaboration.Gateway.Pages;

/// <summary>
/// The portfolio page at "/": plain static files (HTML, CSS, JavaScript modules) embedded in the
/// gateway, reading the same HTTP/JSON API as everyone else.
/// </summary>
public static class PortfolioPages
{
    public static WebApplication UsePortfolioPages(this WebApplication app)
    {
        var files = new EmbeddedFileProvider(typeof(PortfolioPages).Assembly, "Collaboration.Gateway.Web");
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            OnPrepareResponse = file =>
            {
                // The files change with the program, not on their own: revalidate, and run nothing but our own scripts.
                var headers = file.Context.Response.Headers;
                headers.CacheControl = "no-cache";
                headers.XContentTypeOptions = "nosniff";
                headers.ContentSecurityPolicy = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src 'self'";
            },
        });
        return app;
    }
}
