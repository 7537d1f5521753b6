namespace Collaboration.Gateway.Versions;

/// <summary>
/// HEAD wherever GET works (RFC 9110): the request is routed as the GET it stands for, and the
/// answer keeps its status and headers (ETag, Content-Length) without the body. Runs before routing,
/// since the transcoded routes are bound for GET only.
/// </summary>
public static class HeadRequests
{
    private static readonly object Key = new();

    /// <summary>Routes HEAD requests under /api as GET, remembering that they came as HEAD.</summary>
    public static IApplicationBuilder UseHeadAsGet(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (HttpMethods.IsHead(context.Request.Method) && context.Request.Path.StartsWithSegments("/api"))
        {
            context.Items[Key] = true;
            context.Request.Method = HttpMethods.Get;
        }

        await next(context);
    });

    /// <summary>Whether the request came as HEAD, so its answer goes without a body.</summary>
    public static bool CameAsHead(HttpContext context) => context.Items.ContainsKey(Key);
}
