using System.Security.Cryptography;
using System.Text;
using Collaboration.Idempotency;
using Microsoft.AspNetCore.Mvc;

namespace Collaboration.Gateway.Errors;

/// <summary>
/// POSTs under /api by a signed-in caller may carry an Idempotency-Key header: the first answer is stored (in a grain,
/// so it survives restarts and is shared by gateways) and a retry with the same key and body
/// gets that answer again instead of doing the work twice. A key reused for another body is 422;
/// a retry while the first request still runs is 409.
/// </summary>
public sealed class IdempotencyMiddleware(RequestDelegate next, IGrainFactory grains, IProblemDetailsService problems)
{
    private const string Header = "Idempotency-Key";

    public async Task InvokeAsync(HttpContext context)
    {
        var key = context.Request.Headers[Header].ToString();
        var caller = context.User.FindFirst(Collaboration.Access.CollaborationClaims.Subject)?.Value;
        if (key.Length == 0 || caller is null || !HttpMethods.IsPost(context.Request.Method) || !context.Request.Path.StartsWithSegments("/api"))
        {
            await next(context);
            return;
        }

        if (key.Length > 200)
        {
            await RefuseAsync(context, StatusCodes.Status400BadRequest, $"{Header} is longer than 200 characters.");
            return;
        }

        context.Request.EnableBuffering();
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body, context.RequestAborted);
        context.Request.Body.Position = 0;

        // Keys are the caller's own: another caller's key is another key.
        var grain = grains.GetGrain<IIdempotencyGrain>(Hash($"{caller}\n{context.Request.Method} {context.Request.Path}\n{key}"));
        IdempotencyClaim claim;
        try
        {
            claim = await grain.ClaimAsync(Convert.ToHexStringLower(SHA256.HashData(body.ToArray())));
        }
        catch (Exception e) when (Unavailable.Is(e))
        {
            await NotNowAsync(context);
            return;
        }

        switch (claim.Outcome)
        {
            case ClaimOutcome.Replay:
                await ReplayAsync(context, claim.Answer!);
                return;
            case ClaimOutcome.Busy:
                await RefuseAsync(context, StatusCodes.Status409Conflict, $"A request with this {Header} is still being handled; retry shortly.");
                return;
            case ClaimOutcome.Mismatch:
                await RefuseAsync(context, StatusCodes.Status422UnprocessableEntity, $"This {Header} was used for a request with another body.");
                return;
        }

        var original = context.Response.Body;
        using var answer = new MemoryStream();
        context.Response.Body = answer;
        try
        {
            await next(context);
        }
        catch
        {
            await ReleaseAsync(grain);
            throw;
        }
        finally
        {
            context.Response.Body = original;
        }

        // A refusal of the caller (no token, not allowed, too many) did no work: a retry may do it.
        if (context.Response.StatusCode is >= 500 or StatusCodes.Status401Unauthorized or StatusCodes.Status403Forbidden or StatusCodes.Status429TooManyRequests)
        {
            await ReleaseAsync(grain);
        }
        else
        {
            try
            {
                await grain.CompleteAsync(new StoredAnswer(context.Response.StatusCode, context.Response.ContentType, answer.ToArray(),
                    context.Response.Headers.Location.ToString() is { Length: > 0 } location ? location : null,
                    context.Response.Headers.ETag.ToString() is { Length: > 0 } etag ? etag : null));
            }
            catch (Exception e) when (Unavailable.Is(e))
            {
                // The work is stored and its answer is the caller's; only the replay of it is lost.
                // Until the claim is taken for abandoned, a retry with the key hears "still being handled".
            }
        }

        answer.Position = 0;
        await answer.CopyToAsync(original, context.RequestAborted);
    }

    // A claim that cannot be released now is taken for abandoned after a while.
    private static async Task ReleaseAsync(IIdempotencyGrain grain)
    {
        try
        {
            await grain.ReleaseAsync();
        }
        catch (Exception e) when (Unavailable.Is(e))
        {
        }
    }

    private Task NotNowAsync(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = Unavailable.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var details = new ProblemDetails { Status = StatusCodes.Status503ServiceUnavailable, Detail = Unavailable.Detail };
        return problems.WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = details }).AsTask();
    }

    private static async Task ReplayAsync(HttpContext context, StoredAnswer answer)
    {
        context.Response.StatusCode = answer.Status;
        context.Response.ContentType = answer.ContentType;
        if (answer.Location is { } location) context.Response.Headers.Location = location;
        if (answer.ETag is { } etag) context.Response.Headers.ETag = etag;
        context.Response.Headers["Idempotent-Replayed"] = "true";
        await context.Response.Body.WriteAsync(answer.Body, context.RequestAborted);
    }

    private Task RefuseAsync(HttpContext context, int status, string detail)
    {
        context.Response.StatusCode = status;
        var details = new ProblemDetails { Status = status, Detail = detail, Extensions = { ["field"] = Header } };
        return problems.WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = details }).AsTask();
    }

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
