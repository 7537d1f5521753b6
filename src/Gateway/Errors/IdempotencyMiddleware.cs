using System.Security.Cryptography;
using System.Text;
using Collaboration.Gateway.Access;
using Collaboration.Idempotency;
using Collaboration.Journal;
using Microsoft.AspNetCore.Mvc;

namespace Collaboration.Gateway.Errors;

/// <summary>
/// POSTs under /api by a signed-in caller may carry an Idempotency-Key header: the first answer is stored (in a grain,
/// so it survives restarts and is shared by gateways) and a retry with the same key and body
/// gets that answer again instead of doing the work twice. A key reused for another body is 422;
/// a retry while the first request still runs is 409. A failure (5xx) may come after the work was
/// stored (a grain call that timed out runs on), so it leaves the key in doubt: a retry is 409 with
/// Retry-After until the attempt can no longer store anything, then 409 "carried out" when the
/// journal has its changes, or runs again when it has none.
/// </summary>
public sealed class IdempotencyMiddleware(RequestDelegate next, IGrainFactory grains, IProblemDetailsService problems, ObjectKinds kinds)
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
            var attempt = new IdempotencyAttempt(CallerActor.RequestId(context), caller, AccessEndpoints.OperationOf(context.GetEndpoint()) ?? "");
            claim = await grain.ClaimAsync(Convert.ToHexStringLower(SHA256.HashData(body.ToArray())), attempt);
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
            case ClaimOutcome.Busy when claim.RetryAfter is { } wait:
                context.Response.Headers.RetryAfter = Seconds(wait);
                await RefuseAsync(context, StatusCodes.Status409Conflict,
                    $"The first request with this {Header} failed, and may still be carried out; retry after {Seconds(wait)} seconds to learn whether it was.");
                return;
            case ClaimOutcome.Busy:
                await RefuseAsync(context, StatusCodes.Status409Conflict, $"A request with this {Header} is still being handled; retry shortly.");
                return;
            case ClaimOutcome.CarriedOut:
                await CarriedOutAsync(context, grain, claim.Changes);
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
            await MarkInDoubtAsync(context, grain);
            throw;
        }
        finally
        {
            context.Response.Body = original;
        }

        // A refusal of the caller (no token, not allowed, too many) did no work: a retry may do it.
        // A failure may have come after the work was stored, or while it still can be.
        if (context.Response.StatusCode is StatusCodes.Status401Unauthorized or StatusCodes.Status403Forbidden or StatusCodes.Status429TooManyRequests)
        {
            await ReleaseAsync(grain);
        }
        else if (context.Response.StatusCode >= 500)
        {
            await MarkInDoubtAsync(context, grain);
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

    // The failure's Retry-After is raised to the time after which a retry can be decided.
    private static async Task MarkInDoubtAsync(HttpContext context, IIdempotencyGrain grain)
    {
        try
        {
            var wait = await grain.MarkInDoubtAsync();
            if (!context.Response.HasStarted
                && !(int.TryParse(context.Response.Headers.RetryAfter.ToString(), out var asked) && asked >= wait.TotalSeconds))
            {
                context.Response.Headers.RetryAfter = Seconds(wait);
            }
        }
        catch (Exception e) when (Unavailable.Is(e))
        {
            // Not marked, the claim stays running until taken for abandoned, then is settled as one in doubt.
        }
    }

    private async Task CarriedOutAsync(HttpContext context, IIdempotencyGrain grain, IReadOnlyList<JournalRecord> changes)
    {
        var (details, location) = CarriedOutAnswer.For(changes, context.Request.Path, kinds, Header);
        context.Response.StatusCode = StatusCodes.Status409Conflict;
        if (location is not null) context.Response.Headers.Location = location;

        var original = context.Response.Body;
        using var answer = new MemoryStream();
        context.Response.Body = answer;
        try
        {
            await problems.WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = details });
        }
        finally
        {
            context.Response.Body = original;
        }

        // Kept as the key's answer, so later retries replay it without reading the journal.
        try
        {
            await grain.CompleteAsync(new StoredAnswer(StatusCodes.Status409Conflict, context.Response.ContentType, answer.ToArray(), location, null));
        }
        catch (Exception e) when (Unavailable.Is(e))
        {
        }

        answer.Position = 0;
        await answer.CopyToAsync(original, context.RequestAborted);
    }

    private static string Seconds(TimeSpan wait) =>
        Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);

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
