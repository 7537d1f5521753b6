using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;

namespace Collaboration.Portfolio.Benchmark;

/// <summary>The filtered portfolio query over HTTP, one request at a time, as the page sends it.</summary>
public static class QueryBenchmark
{
    // A page of 50 with totals, under filters a user would pick.
    private static readonly string[] Queries =
    [
        "/api/portfolio?theme=klima&sort=budget&order=desc&limit=50",
        "/api/portfolio?kommunenummer=0345&limit=50",
        "/api/portfolio?status=active&year=2024&limit=50",
        "/api/portfolio?theme=næring&kind=application&sort=deadline&limit=50",
        "/api/portfolio?forum=bench-region&theme=areal&sort=participants&order=desc&limit=50",
    ];

    public static async Task<int> CountAsync(HttpClient http) =>
        (await http.GetFromJsonAsync<JsonElement>("/api/portfolio?limit=1")).GetProperty("count").GetInt32();

    public static async Task<Timings> RunAsync(HttpClient http, int requests)
    {
        for (var i = 0; i < 200; i++)
        {
            await GetAsync(http, Queries[i % Queries.Length]); // warm-up: JIT, connections
        }

        var samples = new List<TimeSpan>(requests);
        for (var i = 0; i < requests; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await GetAsync(http, Queries[i % Queries.Length]);
            samples.Add(Stopwatch.GetElapsedTime(started));
        }

        return new Timings(samples);
    }

    public static async Task<(int Entries, TimeSpan Elapsed)> UntilCompleteAsync(HttpClient http)
    {
        var started = Stopwatch.GetTimestamp();
        while (true)
        {
            var view = await http.GetFromJsonAsync<JsonElement>("/api/portfolio?limit=1");
            if (view.GetProperty("complete").GetBoolean())
            {
                return (view.GetProperty("count").GetInt32(), Stopwatch.GetElapsedTime(started));
            }

            await Task.Delay(50);
        }
    }

    private static async Task GetAsync(HttpClient http, string path)
    {
        using var response = await http.GetAsync(path);
        response.EnsureSuccessStatusCode();
        await response.Content.ReadAsByteArrayAsync();
    }
}
