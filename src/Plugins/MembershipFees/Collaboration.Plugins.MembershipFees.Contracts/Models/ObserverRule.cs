namespace Collaboration.MembershipFees.Models;

/// <summary>What an observer pays.</summary>
/// <param name="Free">True: nothing.</param>
/// <param name="ReductionPercent">Otherwise the member fee less this percentage (0–100).</param>
[GenerateSerializer, Immutable]
public sealed record ObserverRule(
    [property: Id(0)] bool Free,
    [property: Id(1)] decimal ReductionPercent);
