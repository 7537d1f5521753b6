using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace Collaboration.Benchmarks;

/// <summary>How fast a follower catches up on the change feed: every change from the start, a page of 1,000 at a time over HTTP.</summary>
public static class FeedCatchUp
{
    /// <summary>Reads the whole feed and returns (changes read, changes per second).</summary>
    public static async Task<(int Changes, double PerSecond)> MeasureAsync(HttpClient http)
    {
        var watch = Stopwatch.StartNew();
        var read = 0;
        var after = "0";
        while (true)
        {
            var page = await http.GetFromJsonAsync<JsonObject>($"/api/changes?limit=1000&after={after}")
                ?? throw new InvalidOperationException("The feed answered nothing.");
            var count = page["changes"]!.AsArray().Count;
            if (count == 0)
            {
                return (read, read / watch.Elapsed.TotalSeconds);
            }

            read += count;
            after = (string)page["next"]!;
        }
    }
}
