using System.Text.Json;
using Collaboration.Access;
using Collaboration.Api;
using Collaboration.Gateway.Access;
using Collaboration.Gateway.Versions;
using Microsoft.AspNetCore.Mvc;

namespace Collaboration.Gateway.Errors;

/// <summary>
/// Makes every error answer under /api (and the OParl API under /oparl) an RFC 9457 problem+json: domain refusals with the field
/// at fault, and the transcoder's own errors (malformed JSON, unknown routes, oversized bodies)
/// with their message; an unavailable database or cluster as 503 with Retry-After. Successful
/// answers pass through unchanged.
/// </summary>
public sealed partial class ApiProblemMiddleware(RequestDelegate next, IProblemDetailsService problems, AccessRuleSet rules, ILogger<ApiProblemMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        // gRPC calls have paths of their own ("/collaboration.v1.Projects/GetProject"); a request to an /api path that
        // says it is gRPC is still answered as HTTP/JSON.
        if (!(context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/oparl")))
        {
            await next(context);
            return;
        }

        RequestBody.DefaultEmpty(context);

        // A caller without a token hears that first, before anything about its body.
        if (NeedsToken(context))
        {
            await WriteAsync(context, new ApiProblem(StatusCodes.Status401Unauthorized, "A bearer token is required.", null));
            return;
        }

        if (await RequestBody.CheckAsync(context) is { } refused)
        {
            await WriteAsync(context, refused);
            return;
        }

        var body = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        catch (BadHttpRequestException e)
        {
            context.Response.StatusCode = e.StatusCode;
        }
        catch (Exception e) when (Unavailable.Is(e) && !context.RequestAborted.IsCancellationRequested)
        {
            LogUnavailable(logger, e);
            context.Features.Set(new ApiProblem(StatusCodes.Status503ServiceUnavailable, Unavailable.Detail, null));
            context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        }
        catch (Exception e) when (!context.RequestAborted.IsCancellationRequested)
        {
            LogUnhandled(logger, e);
            context.Response.StatusCode = StatusCodes.Status500InternalServerError;
        }
        finally
        {
            context.Response.Body = body;
        }

        if (context.Response.StatusCode < 400)
        {
            if (HttpAnswer.IsCreated(context) && context.Response.StatusCode == StatusCodes.Status200OK)
            {
                context.Response.StatusCode = StatusCodes.Status201Created;
            }

            if (!ConditionalAnswer.NotModified(context))
            {
                context.Response.ContentLength = buffer.Length;
            }

            if (context.Response.StatusCode != StatusCodes.Status304NotModified && !HeadRequests.CameAsHead(context))
            {
                buffer.Position = 0;
                await buffer.CopyToAsync(body, context.RequestAborted);
            }

            return;
        }

        var problem = context.Features.Get<ApiProblem>()
            ?? new ApiProblem(context.Response.StatusCode, TranscoderMessage(buffer) ?? DefaultDetail(context.Response.StatusCode), null);
        await WriteAsync(context, problem);
    }

    private bool NeedsToken(HttpContext context) =>
        context.User.Identity?.IsAuthenticated != true && rules.RuleFor(context.GetEndpoint()) is { IsPublic: false };

    private async Task WriteAsync(HttpContext context, ApiProblem problem)
    {
        context.Response.Clear();
        context.Response.StatusCode = problem.Status;
        if (problem.Status == StatusCodes.Status401Unauthorized)
        {
            context.Response.Headers.WWWAuthenticate = "Bearer";
        }

        if (problem.Status == StatusCodes.Status503ServiceUnavailable)
        {
            context.Response.Headers.RetryAfter = Unavailable.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var details = new ProblemDetails { Status = problem.Status, Detail = problem.Detail };
        if (HttpAnswer.Current(context) is { } current)
        {
            details.Extensions["current"] = System.Text.Json.Nodes.JsonNode.Parse(CurrentFormat.Format(current));
        }

        if (problem.Field is { } field)
        {
            details.Extensions["field"] = field;
            details.Extensions["errors"] = new Dictionary<string, string[]> { [field] = [problem.Detail] };
        }

        await problems.WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = details });
    }

    // The object attached to a refusal, in the form a read gives it.
    private static readonly Google.Protobuf.JsonFormatter CurrentFormat = new(Google.Protobuf.JsonFormatter.Settings.Default.WithFormatDefaultValues(true));

    // The transcoder writes a google.rpc.Status as JSON: {"code": 3, "message": "...", "details": []}.
    private static string? TranscoderMessage(MemoryStream buffer)
    {
        try
        {
            using var json = JsonDocument.Parse(buffer.ToArray());
            return json.RootElement.TryGetProperty("message", out var message) ? message.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string DefaultDetail(int status) => status switch
    {
        StatusCodes.Status404NotFound => "No such resource.",
        StatusCodes.Status405MethodNotAllowed => "The resource does not accept this method.",
        StatusCodes.Status413PayloadTooLarge => "The request body is too large.",
        StatusCodes.Status415UnsupportedMediaType => "Send the request body as application/json (a PATCH as application/merge-patch+json).",
        StatusCodes.Status500InternalServerError => "The server failed to handle the request; it has been logged.",
        _ => "The request could not be handled.",
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "An API request found the service unavailable; answered 503.")]
    private static partial void LogUnavailable(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled error in an API request.")]
    private static partial void LogUnhandled(ILogger logger, Exception exception);
}
