namespace Collaboration.Benchmarks;

/// <summary>A list route's answer times, with the size of its last answer.</summary>
public sealed record RouteTiming(string Route, Latencies Times, int Items, int Bytes)
{
    public string Row =>
        $"| `GET {Route}` | {Latencies.Format(Times.Percentile(50))} | {Latencies.Format(Times.Percentile(99))} | {Items:N0} | {Bytes:N0} |";
}
