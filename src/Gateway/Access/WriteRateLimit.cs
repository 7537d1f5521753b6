using System.Globalization;
using System.Threading.RateLimiting;
using Collaboration.Access;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Collaboration.Gateway.Access;

/// <summary>
/// A fixed-window limit on changes per client (the token's subject, or the address of an anonymous
/// caller), over gRPC and HTTP alike; over it the answer is 429 with Retry-After.
/// </summary>
public static class WriteRateLimit
{
    public static IServiceCollection AddWriteRateLimit(this IServiceCollection services, WriteRateLimitOptions limits) =>
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                IsWrite(context)
                    ? RateLimitPartition.GetFixedWindowLimiter(Client(context), _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = limits.PermitLimit,
                        Window = limits.Window,
                        QueueLimit = 0,
                    })
                    : RateLimitPartition.GetNoLimiter("reads"));
            options.OnRejected = RejectAsync;
        });

    private static bool IsWrite(HttpContext context) =>
        context.RequestServices.GetRequiredService<AccessRuleSet>().RuleFor(context.GetEndpoint())?.IsWrite == true;

    private static string Client(HttpContext context) =>
        context.User.FindFirst(CollaborationClaims.Subject)?.Value is { } subject
            ? $"sub:{subject}"
            : $"ip:{context.Connection.RemoteIpAddress}";

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var context = rejected.HttpContext;
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
        context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        var problems = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = new ProblemDetails
            {
                Status = StatusCodes.Status429TooManyRequests,
                Detail = "Too many changes from this client; retry after the time in Retry-After.",
            },
        });
    }
}
