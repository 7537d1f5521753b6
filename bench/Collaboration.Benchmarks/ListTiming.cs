using System.Diagnostics;
using System.Text.Json.Nodes;

namespace Collaboration.Benchmarks;

/// <summary>The answer time of a list route, and of reading a whole list a page at a time.</summary>
public static class ListTiming
{
    /// <summary>GETs <paramref name="route"/> <paramref name="queries"/> times, one at a time, after 3 unmeasured.</summary>
    public static async Task<RouteTiming> MeasureAsync(HttpClient http, string route, int queries)
    {
        var times = new List<double>();
        var items = 0;
        var bytes = 0;
        for (var n = -3; n < queries; n++)
        {
            var started = Stopwatch.GetTimestamp();
            using var response = await http.GetAsync(route);
            var body = await response.Content.ReadAsByteArrayAsync();
            response.EnsureSuccessStatusCode();
            if (n >= 0)
            {
                times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }

            bytes = body.Length;
            items = (JsonNode.Parse(body)!.AsObject().Select(p => p.Value).OfType<JsonArray>().FirstOrDefault()?.Count) ?? 0;
        }

        return new RouteTiming(route, new Latencies(times, 0, TimeSpan.Zero), items, bytes);
    }

    /// <summary>Reads every item of a list, following "next" with 1,000 a page (one answer where the route has no pages).</summary>
    public static async Task<string> WalkAsync(HttpClient http, string route, string items)
    {
        var watch = Stopwatch.StartNew();
        var read = 0;
        var pages = 0;
        string? next = null;
        do
        {
            var query = next is null ? "?limit=1000" : $"?limit=1000&after={Uri.EscapeDataString(next)}";
            var page = JsonNode.Parse(await http.GetStringAsync(route + query))!;
            read += page[items]!.AsArray().Count;
            pages++;
            next = (string?)page["next"];
        }
        while (next is not null);

        return $"Whole list of {route}: {read:N0} {items} in {pages} answers, {Latencies.Format(watch.Elapsed.TotalMilliseconds)} ms.";
    }
}
