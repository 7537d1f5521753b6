using System.Globalization;

namespace Collaboration.Portfolio.Benchmark;

/// <summary>Measured durations and their median and 99th percentile.</summary>
public sealed class Timings(IReadOnlyList<TimeSpan> samples)
{
    public TimeSpan Percentile(double p)
    {
        var sorted = samples.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Count) - 1, 0, sorted.Count - 1)];
    }

    public void Print(string label) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{label}: n={samples.Count}, median {Percentile(50).TotalMilliseconds:0.0} ms, p99 {Percentile(99).TotalMilliseconds:0.0} ms, max {samples.Max().TotalMilliseconds:0.0} ms"));
}
