using System.Text.Json;
using Collaboration.Api;
using Google.Protobuf.Reflection;
using Microsoft.AspNetCore.Grpc.JsonTranscoding;
using Microsoft.Net.Http.Headers;

namespace Collaboration.Gateway.Errors;

/// <summary>
/// The body of an HTTP/JSON request, read once (it is at most 1 MiB) and kept for the transcoder.
/// The transcoder would report a body over Kestrel's limit, or a field it cannot read, only as
/// malformed JSON; here the answer says what really happened and names the field. A PATCH body is
/// a JSON merge patch, whose named members are recorded before the transcoder reads it.
/// </summary>
public static class RequestBody
{
    /// <summary>An action such as POST .../submit needs no body; the transcoder wants a JSON one all the same.</summary>
    public static void DefaultEmpty(HttpContext context)
    {
        var request = context.Request;
        var noBody = request.ContentLength is null or 0 && request.Headers.TransferEncoding.Count == 0;
        if (noBody && (HttpMethods.IsPost(request.Method) || HttpMethods.IsPut(request.Method) || HttpMethods.IsPatch(request.Method))
            && context.GetEndpoint()?.Metadata.GetMetadata<GrpcJsonTranscodingMetadata>() is not null)
        {
            request.Body = new MemoryStream("{}"u8.ToArray());
            request.ContentLength = 2;
            request.ContentType = "application/json";
        }
    }

    /// <summary>Reads and checks the body; the refusal to answer with, or null when the body may go on.</summary>
    public static async Task<ApiProblem?> CheckAsync(HttpContext context)
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
            return new ApiProblem(StatusCodes.Status413PayloadTooLarge, "The request body is too large.", null);
        }

        body.Position = 0;
        request.Body = body;
        context.Response.RegisterForDispose(body);
        var rule = context.GetEndpoint()?.Metadata.GetMetadata<GrpcJsonTranscodingMetadata>();
        if (rule is null || body.Length == 0)
        {
            return null;
        }

        // The transcoder decodes a body by its charset even where the route takes none.
        if (OtherCharset(request) is { } charset)
        {
            return charset;
        }

        if (BodyMessage(rule) is not { } message)
        {
            return null;
        }

        var json = body.GetBuffer().AsSpan(0, (int)body.Length);
        return HttpMethods.IsPatch(request.Method)
            ? ReadMergePatch(context, json, BodyName(rule)) ?? JsonBodyFault.Find(json, message)
            : JsonBodyFault.Find(json, message);
    }

    // JSON is UTF-8 (RFC 8259); the transcoder would decode another charset it knows into nonsense, and fail on one it
    // does not know.
    private static ApiProblem? OtherCharset(HttpRequest request) =>
        MediaTypeHeaderValue.TryParse(request.ContentType, out var type) && type.Charset.HasValue
            && !HeaderUtilities.RemoveQuotes(type.Charset).Equals("utf-8", StringComparison.OrdinalIgnoreCase)
            ? new ApiProblem(StatusCodes.Status415UnsupportedMediaType, "Send the request body as JSON in UTF-8: charset=utf-8, or no charset.", null)
            : null;

    // The message the body fills: the whole request ("*"), or one field of it.
    private static MessageDescriptor? BodyMessage(GrpcJsonTranscodingMetadata rule)
    {
        var input = rule.MethodDescriptor.InputType;
        return rule.HttpRule.Body switch
        {
            "" => null,
            "*" => input,
            var field => input.FindFieldByName(field)?.MessageType,
        };
    }

    // How the answer names the body: the request field it fills ("case"), or "body".
    private static string BodyName(GrpcJsonTranscodingMetadata rule) =>
        rule.MethodDescriptor.InputType.FindFieldByName(rule.HttpRule.Body)?.JsonName ?? "body";

    private static ApiProblem? ReadMergePatch(HttpContext context, ReadOnlySpan<byte> body, string name)
    {
        var contentType = MediaTypeHeaderValue.TryParse(context.Request.ContentType, out var type) ? type.MediaType.Value : null;
        if (contentType is not (MergePatch.MediaType or "application/json"))
        {
            return new ApiProblem(StatusCodes.Status415UnsupportedMediaType,
                $"Send a PATCH body as {MergePatch.MediaType} (RFC 7396): the fields to change, null to clear one.", null);
        }

        // The transcoder reads JSON bodies only; the merge patch is JSON.
        context.Request.ContentType = "application/json";
        try
        {
            using var json = JsonDocument.Parse(body.ToArray());
            return MergePatch.Record(context, json.RootElement) is null
                ? new ApiProblem(StatusCodes.Status400BadRequest, "A merge patch is a JSON object naming the fields to change.", name)
                : null;
        }
        catch (JsonException e)
        {
            return new ApiProblem(StatusCodes.Status400BadRequest, $"The request body is not valid JSON: {e.Message}", null);
        }
    }
}
