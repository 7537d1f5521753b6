using System.Text.Json;
using Collaboration.Access;
using Collaboration.Api;
using Collaboration.Gateway.Access;
using Microsoft.AspNetCore.Grpc.JsonTranscoding;
using Microsoft.AspNetCore.Mvc;

namespace Collaboration.Gateway.Errors;

/// <summary>
/// Makes every error answer under /api an RFC 9457 problem+json: domain refusals with the field
/// at fault, and the transcoder's own errors (malformed JSON, unknown routes, oversized bodies)
/// with their message. Successful answers pass through unchanged.
/// </summary>
public sealed partial class ApiProblemMiddleware(RequestDelegate next, IProblemDetailsService problems, AccessRuleSet rules, ILogger<ApiProblemMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!context.Request.Path.StartsWithSegments("/api")
            || context.Request.ContentType?.StartsWith("application/grpc", StringComparison.Ordinal) == true)
        {
            await next(context);
            return;
        }

        DefaultEmptyBody(context);

        // A caller without a token hears that first, before anything about its body.
        if (NeedsToken(context))
        {
            await WriteAsync(context, new ApiProblem(StatusCodes.Status401Unauthorized, "A bearer token is required.", null));
            return;
        }

        if (await CheckRequestBodyAsync(context) is { } refused)
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

            buffer.Position = 0;
            await buffer.CopyToAsync(body, context.RequestAborted);
            return;
        }

        var problem = context.Features.Get<ApiProblem>()
            ?? new ApiProblem(context.Response.StatusCode, TranscoderMessage(buffer) ?? DefaultDetail(context.Response.StatusCode), null);
        await WriteAsync(context, problem);
    }

    private bool NeedsToken(HttpContext context) =>
        context.User.Identity?.IsAuthenticated != true && rules.RuleFor(context.GetEndpoint()) is { IsPublic: false };

    // An action such as POST .../submit needs no body; the transcoder wants a JSON one all the same.
    private static void DefaultEmptyBody(HttpContext context)
    {
        var request = context.Request;
        var noBody = request.ContentLength is null or 0 && request.Headers.TransferEncoding.Count == 0;
        if (noBody && (HttpMethods.IsPost(request.Method) || HttpMethods.IsPut(request.Method))
            && context.GetEndpoint()?.Metadata.GetMetadata<GrpcJsonTranscodingMetadata>() is not null)
        {
            request.Body = new MemoryStream("{}"u8.ToArray());
            request.ContentLength = 2;
            request.ContentType = "application/json";
        }
    }

    /// <summary>
    /// Reads the body once (it is at most 1 MiB) and keeps it for the transcoder. The transcoder
    /// would report a body over Kestrel's limit, or a field it cannot read, only as malformed
    /// JSON; here the answer says what really happened and names the field.
    /// </summary>
    private static async Task<ApiProblem?> CheckRequestBodyAsync(HttpContext context)
    {
        var request = context.Request;
        if (request.ContentLength == 0 || (request.ContentLength is null && request.Headers.TransferEncoding.Count == 0))
        {
            return null;
        }

        var body = new MemoryStream();
        try
        {
            await request.Body.CopyToAsync(body, context.RequestAborted);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return new ApiProblem(StatusCodes.Status413PayloadTooLarge, DefaultDetail(StatusCodes.Status413PayloadTooLarge), null);
        }

        body.Position = 0;
        request.Body = body;
        context.Response.RegisterForDispose(body);
        var input = context.GetEndpoint()?.Metadata.GetMetadata<GrpcJsonTranscodingMetadata>()?.MethodDescriptor.InputType;
        return input is null || body.Length == 0 ? null : JsonBodyFault.Find(body.GetBuffer().AsSpan(0, (int)body.Length), input);
    }

    private async Task WriteAsync(HttpContext context, ApiProblem problem)
    {
        context.Response.Clear();
        context.Response.StatusCode = problem.Status;
        if (problem.Status == StatusCodes.Status401Unauthorized)
        {
            context.Response.Headers.WWWAuthenticate = "Bearer";
        }

        var details = new ProblemDetails { Status = problem.Status, Detail = problem.Detail };
        if (HttpAnswer.Current(context) is { } current)
        {
            details.Extensions["current"] = System.Text.Json.Nodes.JsonNode.Parse(current);
        }

        if (problem.Field is { } field)
        {
            details.Extensions["field"] = field;
            details.Extensions["errors"] = new Dictionary<string, string[]> { [field] = [problem.Detail] };
        }

        await problems.WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = details });
    }

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
        StatusCodes.Status415UnsupportedMediaType => "Send the request body as application/json.",
        StatusCodes.Status500InternalServerError => "The server failed to handle the request; it has been logged.",
        _ => "The request could not be handled.",
    };

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled error in an API request.")]
    private static partial void LogUnhandled(ILogger logger, Exception exception);
}
