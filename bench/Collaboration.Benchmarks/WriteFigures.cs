using System.Globalization;

namespace Collaboration.Benchmarks;

/// <summary>One row of the printed table.</summary>
public sealed record WriteFigures(string Name, Latencies Gateway, Latencies Raw, int PayloadBytes, int FeedChanges, double FeedPerSecond, Latencies Hooks)
{
    public const string Header = "store                                       writes/s   p50 ms   p99 ms  errors  state bytes  raw upserts/s  raw p50 ms  ratio  feed changes  feed changes/s  hook p50 ms  hook p99 ms";

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Name,-42} {Gateway.PerSecond,9:0} {Gateway.Percentile(50),8:0.0} {Gateway.Percentile(99),8:0.0} {Gateway.Errors,7} {PayloadBytes,12} {Raw.PerSecond,14:0} {Raw.Percentile(50),11:0.00} {Gateway.PerSecond / Raw.PerSecond,6:0.00} {FeedChanges,13} {FeedPerSecond,15:0} {Hooks.Percentile(50),12:0.0} {Hooks.Percentile(99),12:0.0}");
}
