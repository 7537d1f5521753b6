using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Collaboration.Testing;

/// <summary>An HTTP/JSON answer: status, content type and parsed body.</summary>
public sealed record ApiAnswer(HttpStatusCode Status, string? ContentType, JsonNode? Body)
{
    public JsonNode Json => Body ?? throw new InvalidOperationException($"No JSON body (status {(int)Status}).");
}

/// <summary>Small JSON helpers over <see cref="HttpClient"/> for API tests.</summary>
public static class ApiCall
{
    public static Task<ApiAnswer> ApiGetAsync(this HttpClient http, string path) => http.SendJsonAsync(HttpMethod.Get, path, null);

    public static Task<ApiAnswer> ApiPutAsync(this HttpClient http, string path, object body) => http.SendJsonAsync(HttpMethod.Put, path, body);

    public static Task<ApiAnswer> ApiPostAsync(this HttpClient http, string path, object body) => http.SendJsonAsync(HttpMethod.Post, path, body);

    public static Task<ApiAnswer> ApiDeleteAsync(this HttpClient http, string path) => http.SendJsonAsync(HttpMethod.Delete, path, null);

    /// <summary>Sends <paramref name="body"/> as JSON; a string body is sent as it is (for malformed input).</summary>
    public static async Task<ApiAnswer> SendJsonAsync(this HttpClient http, HttpMethod method, string path, object? body)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Content = body switch
        {
            null => null,
            string raw => new StringContent(raw, System.Text.Encoding.UTF8, "application/json"),
            _ => JsonContent.Create(body),
        };
        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return new ApiAnswer(response.StatusCode, response.Content.Headers.ContentType?.MediaType,
            string.IsNullOrEmpty(text) ? null : JsonNode.Parse(text));
    }

    /// <summary>Reads a GET answer that must succeed.</summary>
    public static async Task<JsonNode> ReadAsync(this HttpClient http, string path)
    {
        var answer = await http.ApiGetAsync(path);
        return answer.Status == HttpStatusCode.OK ? answer.Json : throw new HttpRequestException($"GET {path} answered {(int)answer.Status}: {answer.Body}");
    }
}
