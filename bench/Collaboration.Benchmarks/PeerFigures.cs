using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using Collaboration.Testing;

namespace Collaboration.Benchmarks;

/// <summary>
/// Two regions on loopback (separate processes, SQLite each). How long a change in B takes to
/// show in A's copy, one change at a time; and A's portfolio answer time for its own entries,
/// with B's copy (B up), and with B down, beside each other in the same run.
/// </summary>
public static class PeerFigures
{
    public static async Task RunAsync(int changes, int queries)
    {
        await using var regions = await TwoRegions.StartAsync();
        var a = regions.A.Http;
        var b = regions.B!.Http;
        await WaitAsync(a, "bench-warmup", b);

        var lag = new List<double>();
        for (var i = 0; i < changes; i++)
        {
            var title = $"Endring {i} {Guid.NewGuid():N}";
            var changed = Stopwatch.GetTimestamp();
            using (var answer = await b.PutAsJsonAsync("/api/projects/bench-lag", new { title }))
            {
                answer.EnsureSuccessStatusCode();
            }

            await UntilAsync(a, title);
            lag.Add(Stopwatch.GetElapsedTime(changed).TotalMilliseconds);
        }

        var own = await QueryAsync(a, "/api/portfolio?limit=100", queries);
        var withPeer = await QueryAsync(a, "/api/portfolio?region=all&limit=100", queries);
        regions.KillB();
        await UntilBehindAsync(a);
        var peerDown = await QueryAsync(a, "/api/portfolio?region=all&limit=100", queries);

        Console.WriteLine($"Regions together: two installations on loopback, {Environment.ProcessorCount} cores shared; {changes} changes in B one at a time, {queries} portfolio queries in A per row.");
        Console.WriteLine();
        Console.WriteLine("| figure | p50 ms | p99 ms | ratio p50 to A's own |");
        Console.WriteLine("| --- | ---: | ---: | ---: |");
        Console.WriteLine($"| change in B until A's copy shows it | {F(Percentile(lag, 50))} | {F(Percentile(lag, 99))} | |");
        Row("A's portfolio, own entries (no peer asked)", own, own);
        Row("A's portfolio with B's copy, B up", withPeer, own);
        Row("A's portfolio with B's copy, B down", peerDown, own);
    }

    private static void Row(string name, List<double> figures, List<double> ceiling) =>
        Console.WriteLine($"| {name} | {F(Percentile(figures, 50))} | {F(Percentile(figures, 99))} | {F(Percentile(figures, 50) / Percentile(ceiling, 50))} |");

    private static async Task WaitAsync(HttpClient a, string id, HttpClient b)
    {
        using (var answer = await b.PutAsJsonAsync($"/api/projects/{id}", new { title = id }))
        {
            answer.EnsureSuccessStatusCode();
        }

        await UntilAsync(a, id);
    }

    private static async Task UntilAsync(HttpClient a, string title)
    {
        var query = $"/api/portfolio?region={Uri.EscapeDataString(TwoRegions.RegionB)}&q={Uri.EscapeDataString(title)}";
        while (((await a.ReadAsync(query))["count"]?.GetValue<int>() ?? 0) == 0)
        {
            await Task.Delay(2);
        }
    }

    private static async Task UntilBehindAsync(HttpClient a)
    {
        while (true)
        {
            var view = await a.ReadAsync("/api/portfolio?region=all&limit=1");
            if (view["regions"]!.AsArray().Any(r => (string?)r!["state"] == "behind"))
            {
                return;
            }

            await Task.Delay(100);
        }
    }

    private static async Task<List<double>> QueryAsync(HttpClient a, string path, int queries)
    {
        var times = new List<double>();
        for (var i = 0; i < queries; i++)
        {
            var started = Stopwatch.GetTimestamp();
            using var answer = await a.GetAsync(new Uri(path, UriKind.Relative));
            answer.EnsureSuccessStatusCode();
            _ = await answer.Content.ReadAsByteArrayAsync();
            times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }

        return times;
    }

    private static double Percentile(List<double> values, double p)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p / 100 * sorted.Count) - 1)];
    }

    private static string F(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);
}
