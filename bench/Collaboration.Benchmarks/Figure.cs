using System.Globalization;

namespace Collaboration.Benchmarks;

/// <summary>
/// One figure of the report beside its ceiling or target, in the same unit: a rate should reach at
/// least <see cref="Target"/> times its ceiling, a time or a size stay at most that.
/// </summary>
public sealed record Figure(string Name, string Variant, double Ours, double Ceiling, string Unit, double Target, bool HigherIsBetter)
{
    public double Ratio => Ours / Ceiling;

    public bool Met => HigherIsBetter ? Ratio >= Target : Ratio <= Target;

    /// <summary>The target as a bound on the ratio: "&gt;= 0.50" or "&lt;= 1.00".</summary>
    public string Bound => string.Create(CultureInfo.InvariantCulture, $"{(HigherIsBetter ? ">=" : "<=")} {Target:0.00}");

    /// <summary>A rate that should reach <paramref name="target"/> times its ceiling.</summary>
    public static Figure AtLeast(string name, string variant, double ours, double ceiling, string unit, double target) =>
        new(name, variant, ours, ceiling, unit, target, HigherIsBetter: true);

    /// <summary>A time or size that should stay within its ceiling.</summary>
    public static Figure AtMost(string name, string variant, double ours, double ceiling, string unit) =>
        new(name, variant, ours, ceiling, unit, 1.0, HigherIsBetter: false);
}
