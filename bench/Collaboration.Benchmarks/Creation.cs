using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;

namespace Collaboration.Benchmarks;

/// <summary>
/// How long creating a number of new objects through the API takes with concurrent clients, with
/// the rate of the first and of the last thousand: a rate that falls as the count grows shows a cost
/// per object that grows with the number already there.
/// </summary>
public sealed record Creation(int Objects, int Errors, TimeSpan Elapsed, double FirstRate, double LastRate)
{
    public const int Slice = 1000;

    /// <summary>PUTs <paramref name="body"/> at <paramref name="path"/>(0..objects-1), <paramref name="clients"/> at a time.</summary>
    public static async Task<Creation> RunAsync(HttpClient http, int clients, int objects, Func<int, string> path, Func<int, object> body)
    {
        var finished = new double[objects];
        var done = 0;
        var errors = 0;
        var clock = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, objects), new ParallelOptions { MaxDegreeOfParallelism = clients }, async (i, cancel) =>
        {
            using var response = await http.PutAsJsonAsync(path(i), body(i), cancel);
            await response.Content.LoadIntoBufferAsync(cancel);
            if (!response.IsSuccessStatusCode)
            {
                Interlocked.Increment(ref errors);
            }

            finished[Interlocked.Increment(ref done) - 1] = clock.Elapsed.TotalSeconds;
        });
        var elapsed = clock.Elapsed;
        var slice = Math.Min(Slice, objects);
        var first = slice / finished[slice - 1];
        var last = slice / (finished[objects - 1] - (objects > slice ? finished[objects - slice - 1] : 0));
        return new Creation(objects, errors, elapsed, first, last);
    }

    public string Row(string name) =>
        $"| {name} | {Objects.ToString("N0", CultureInfo.InvariantCulture)} | {Latencies.Format(Elapsed.TotalSeconds)} | {Latencies.Format(Objects / Elapsed.TotalSeconds)} | {Latencies.Format(FirstRate)} | {Latencies.Format(LastRate)} | {Latencies.Format(LastRate / FirstRate)} | {Errors} |";
}
