using System.Globalization;

namespace Collaboration.Benchmarks;

/// <summary>One row of the printed table, and its figures beside their ceilings.</summary>
public sealed record WriteFigures(string Name, Latencies Gateway, Latencies Raw, int PayloadBytes, int FeedChanges, double FeedPerSecond, Latencies Hooks)
{
    public const string Header = "store                                               writes/s   p50 ms   p99 ms  errors  state bytes  raw upserts/s  raw p50 ms  ratio  feed changes  feed changes/s  hook p50 ms  hook p99 ms";

    public const string CeilingHeader = "store                                               figure                           ours/s   p50 ms   p99 ms  ceiling/s  ceiling p50  ratio  target";

    /// <summary>The same PUT to a plain ASP.NET Core service upserting the body as one row.</summary>
    public required Latencies Plain { get; init; }

    /// <summary>GET of one project through the gateway, without a token.</summary>
    public required Latencies Reads { get; init; }

    /// <summary>GET of a constant JSON body from bare Kestrel.</summary>
    public required Latencies Bare { get; init; }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Name,-50} {Gateway.PerSecond,9:0} {Gateway.Percentile(50),8:0.0} {Gateway.Percentile(99),8:0.0} {Gateway.Errors,7} {PayloadBytes,12} {Raw.PerSecond,14:0} {Raw.Percentile(50),11:0.00} {Gateway.PerSecond / Raw.PerSecond,6:0.00} {FeedChanges,13} {FeedPerSecond,15:0} {Hooks.Percentile(50),12:0.0} {Hooks.Percentile(99),12:0.0}");

    /// <summary>Each figure of the issue beside its ceiling measured in the same run: (figure, ours, ceiling, target ratio).</summary>
    public IEnumerable<(string Figure, Latencies Ours, Latencies Ceiling, double Target)> Ceilings =>
    [
        ("write vs plain service", Gateway, Plain, 1.0),
        ("write vs raw upsert loop", Gateway, Raw, 0.5),
        ("read vs bare Kestrel", Reads, Bare, 0.8),
    ];

    /// <summary>The same figures as report rows, in operations per second.</summary>
    public IEnumerable<Figure> Figures => Ceilings.Select(c => Figure.AtLeast(c.Figure, Name, c.Ours.PerSecond, c.Ceiling.PerSecond, "ops/s", c.Target));

    public IEnumerable<string> CeilingLines => Ceilings.Select(c => string.Create(CultureInfo.InvariantCulture,
        $"{Name,-50} {c.Figure,-30} {c.Ours.PerSecond,8:0} {c.Ours.Percentile(50),8:0.0} {c.Ours.Percentile(99),8:0.0} {c.Ceiling.PerSecond,10:0} {c.Ceiling.Percentile(50),12:0.00} {c.Ours.PerSecond / c.Ceiling.PerSecond,6:0.00}  >= {c.Target:0.0}"));
}
