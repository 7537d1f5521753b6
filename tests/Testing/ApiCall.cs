using System.Net;
using System.Text.Json.Nodes;

namespace Collaboration.Testing;

/// <summary>An HTTP/JSON answer: status, content type and parsed body.</summary>
public sealed record ApiAnswer(HttpStatusCode Status, string? ContentType, JsonNode? Body)
{
    public JsonNode Json => Body ?? throw new InvalidOperationException($"No JSON body (status {(int)Status}).");

    /// <summary>The ETag header, if any.</summary>
    public string? ETag { get; init; }

    /// <summary>The Location header, if any.</summary>
    public string? Location { get; init; }

    /// <summary>The Retry-After header as a delay, if any.</summary>
    public TimeSpan? RetryAfter { get; init; }
}

/// <summary>Small JSON helpers over <see cref="HttpClient"/> for API tests.</summary>
public static class ApiCall
{
    public static Task<ApiAnswer> ApiGetAsync(this HttpClient http, string path) => http.SendJsonAsync(HttpMethod.Get, path, null);

    public static Task<ApiAnswer> ApiPutAsync(this HttpClient http, string path, object body) => http.SendJsonAsync(HttpMethod.Put, path, body);

    public static Task<ApiAnswer> ApiPostAsync(this HttpClient http, string path, object body) => http.SendJsonAsync(HttpMethod.Post, path, body);

    public static Task<ApiAnswer> ApiDeleteAsync(this HttpClient http, string path) => http.SendJsonAsync(HttpMethod.Delete, path, null);

    /// <summary>Sends <paramref name="body"/> as JSON; a string body is sent as it is (for malformed input).</summary>
    public static Task<ApiAnswer> SendJsonAsync(this HttpClient http, HttpMethod method, string path, object? body) =>
        http.SendJsonAsync(method, path, body, []);

    /// <summary>Sends a JSON merge patch (RFC 7396), with If-Match when a version is given.</summary>
    public static Task<ApiAnswer> ApiPatchAsync(this HttpClient http, string path, object patch, string? ifMatch = null) =>
        http.SendJsonAsync(HttpMethod.Patch, path, patch, ifMatch is null ? [] : [("If-Match", ifMatch)], "application/merge-patch+json");

    /// <summary>Sends <paramref name="body"/> as JSON with the given request headers (If-Match, If-None-Match).</summary>
    public static async Task<ApiAnswer> SendJsonAsync(this HttpClient http, HttpMethod method, string path, object? body,
        IEnumerable<(string Name, string Value)> headers, string mediaType = "application/json")
    {
        using var request = new HttpRequestMessage(method, path);
        request.Content = body switch
        {
            null => null,
            string raw => new StringContent(raw, System.Text.Encoding.UTF8, mediaType),
            _ => new StringContent(System.Text.Json.JsonSerializer.Serialize(body, System.Text.Json.JsonSerializerOptions.Web), System.Text.Encoding.UTF8, mediaType),
        };
        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        // A body over the server's limit is refused (413) before it is read; asking first keeps the
        // client from writing into a connection the server has already closed.
        if (request.Content?.Headers.ContentLength > 1024 * 1024)
        {
            request.Headers.ExpectContinue = true;
        }

        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return new ApiAnswer(response.StatusCode, response.Content.Headers.ContentType?.MediaType,
            string.IsNullOrEmpty(text) ? null : JsonNode.Parse(text))
        {
            ETag = response.Headers.ETag?.ToString(),
            Location = response.Headers.Location?.ToString(),
            RetryAfter = response.Headers.RetryAfter?.Delta,
        };
    }

    /// <summary>Reads a GET answer that must succeed.</summary>
    public static async Task<JsonNode> ReadAsync(this HttpClient http, string path)
    {
        var answer = await http.ApiGetAsync(path);
        return answer.Status == HttpStatusCode.OK ? answer.Json : throw new HttpRequestException($"GET {path} answered {(int)answer.Status}: {answer.Body}");
    }
}
