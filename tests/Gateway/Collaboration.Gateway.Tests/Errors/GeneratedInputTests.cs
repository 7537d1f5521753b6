using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Xunit.Abstractions;

namespace Collaboration.Gateway.Tests.Errors;

/// <summary>
/// Requests generated from the served OpenAPI document (<see cref="RequestGenerator"/>) against a silo with the demo data:
/// no answer is 5xx, and every 4xx is problem+json with its status. The count and seed come from
/// COLLABORATION_FUZZ_REQUESTS and COLLABORATION_FUZZ_SEED for longer runs.
/// </summary>
public sealed class GeneratedInputTests(DemoSiloFixture fixture, ITestOutputHelper output) : IClassFixture<DemoSiloFixture>
{
    private static readonly int Count = Setting("COLLABORATION_FUZZ_REQUESTS", 2000);
    private static readonly int Seed = Setting("COLLABORATION_FUZZ_SEED", 2022);

    [Fact]
    public async Task No_generated_request_is_answered_5xx_and_every_4xx_is_problem_json()
    {
        var generator = new RequestGenerator(await DocumentAsync(), Seed);
        var failures = new List<string>();
        var statuses = new SortedDictionary<int, int>();
        foreach (var request in generator.Take(Count))
        {
            var (status, fault) = await SendAsync(request);
            statuses[status] = statuses.GetValueOrDefault(status) + 1;
            if (fault is not null)
            {
                failures.Add($"{fault}: {request}");
            }
        }

        output.WriteLine($"{Count} requests (seed {Seed}) over {generator.Operations.Count} operations: "
            + string.Join(", ", statuses.Select(s => $"{s.Value} × {s.Key}")));
        Assert.True(generator.Operations.Count >= 100, $"Only {generator.Operations.Count} operations in the OpenAPI document.");
        Assert.Equal(Count, statuses.Values.Sum());

        // Requests reach past the first checks: some are carried out, some refused for want of a token.
        Assert.Contains(statuses.Keys, s => s is >= 200 and < 300);
        Assert.Contains(401, statuses.Keys);
        Assert.True(failures.Count == 0, $"{failures.Count} of {Count} answers (seed {Seed}) at fault:\n" + string.Join('\n', failures.Take(40)));
    }

    [Fact]
    public async Task The_same_seed_makes_the_same_requests()
    {
        var document = await DocumentAsync();

        var first = new RequestGenerator(document, 7).Take(300).Select(r => r.ToString()).ToList();
        var again = new RequestGenerator(document, 7).Take(300).Select(r => r.ToString()).ToList();
        var other = new RequestGenerator(document, 8).Take(300).Select(r => r.ToString()).ToList();

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
    }

    private async Task<JsonObject> DocumentAsync() =>
        JsonNode.Parse(await fixture.Silo.Anonymous.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)))!.AsObject();

    // The answer's status, and what is wrong with the answer; null when nothing is.
    private async Task<(int Status, string? Fault)> SendAsync(GeneratedRequest generated)
    {
        var http = generated.AsAdmin ? fixture.Silo.Http : fixture.Silo.Anonymous;
        var uri = new Uri(http.BaseAddress + generated.Path.TrimStart('/'), new UriCreationOptions { DangerousDisablePathAndQueryCanonicalization = true });
        using var request = new HttpRequestMessage(new HttpMethod(generated.Method), uri);
        if (generated.Body is { } body)
        {
            request.Content = new ByteArrayContent(body);
            if (generated.ContentType is { } type)
            {
                request.Content.Headers.TryAddWithoutValidation("Content-Type", type);
            }
        }

        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request);
        }
        catch (HttpRequestException e)
        {
            return (0, $"no answer ({e.Message})");
        }

        using var _ = response;
        var status = (int)response.StatusCode;
        return (status, Fault(generated, response, await response.Content.ReadAsStringAsync()));
    }

    private static string? Fault(GeneratedRequest request, HttpResponseMessage response, string text)
    {
        var status = (int)response.StatusCode;
        if (status >= 500)
        {
            return $"{status}";
        }

        if (status < 400 || KestrelRefusal(request, response, text))
        {
            return null;
        }

        if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
        {
            return $"{status} as {response.Content.Headers.ContentType?.ToString() ?? "no content type"}";
        }

        try
        {
            return (int?)JsonNode.Parse(text)?["status"] == status ? null : $"{status} with a problem of another status";
        }
        catch (JsonException)
        {
            return $"{status} with a problem that is no JSON";
        }
    }

    // Kestrel refuses some requests before they reach the application, with an empty answer no middleware can make
    // problem+json: a path holding a NUL (%00) with 400, a request line over its 8 KiB limit with 414.
    private static bool KestrelRefusal(GeneratedRequest request, HttpResponseMessage response, string text) =>
        text.Length == 0 && response.Content.Headers.ContentType is null && (int)response.StatusCode switch
        {
            400 => request.Path.Split('?')[0].Contains("%00", StringComparison.Ordinal),
            414 => request.Method.Length + request.Path.Length + " HTTP/1.1".Length > 8 * 1024,
            _ => false,
        };

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0
            ? value
            : fallback;
}
