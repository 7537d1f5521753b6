using System.Globalization;

namespace Collaboration.Benchmarks;

/// <summary>Operations completed in a measured interval, with each one's latency.</summary>
public sealed record Latencies(IReadOnlyList<double> Milliseconds, int Errors, TimeSpan Elapsed)
{
    public double PerSecond => Milliseconds.Count / Elapsed.TotalSeconds;

    public double Percentile(double p)
    {
        if (Milliseconds.Count == 0)
        {
            return double.NaN;
        }

        var sorted = Milliseconds.Order().ToList();
        return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p / 100 * sorted.Count) - 1)];
    }

    public static string Format(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);

    /// <summary>Runs <paramref name="operation"/> in <paramref name="clients"/> loops for <paramref name="duration"/>.</summary>
    public static async Task<Latencies> MeasureAsync(int clients, TimeSpan duration, Func<int, long, Task<bool>> operation)
    {
        var perClient = Enumerable.Range(0, clients).Select(_ => new List<double>()).ToArray();
        var errors = 0;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(client => Task.Run(async () =>
        {
            for (var n = 0L; clock.Elapsed < duration; n++)
            {
                var started = clock.Elapsed;
                if (await operation(client, n))
                {
                    perClient[client].Add((clock.Elapsed - started).TotalMilliseconds);
                }
                else
                {
                    Interlocked.Increment(ref errors);
                }
            }
        })));
        return new Latencies([.. perClient.SelectMany(list => list)], errors, clock.Elapsed);
    }
}
