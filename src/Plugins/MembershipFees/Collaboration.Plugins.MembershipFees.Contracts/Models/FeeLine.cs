namespace Collaboration.MembershipFees.Models;

/// <summary>One line of how a fee was computed, e.g. "Per innbygger: 12,50 × 210 496".</summary>
/// <param name="Text">What the line is, in Norwegian.</param>
/// <param name="Amount">NOK, negative for discounts.</param>
[GenerateSerializer, Immutable]
public sealed record FeeLine(
    [property: Id(0)] string Text,
    [property: Id(1)] decimal Amount);
