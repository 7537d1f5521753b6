namespace Collaboration.MembershipFees.Models;

/// <summary>A discount: a percentage of the fee, or a fixed NOK amount (never more than the fee).</summary>
/// <param name="Percent">Percentage off (0–100), or 0.</param>
/// <param name="Fixed">NOK off, or 0.</param>
[GenerateSerializer, Immutable]
public sealed record Discount(
    [property: Id(0)] decimal Percent,
    [property: Id(1)] decimal Fixed)
{
    /// <summary>No discount.</summary>
    public static Discount None { get; } = new(0, 0);
}
