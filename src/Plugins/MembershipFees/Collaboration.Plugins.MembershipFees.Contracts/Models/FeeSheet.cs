namespace Collaboration.MembershipFees.Models;

/// <summary>A model computed for the council's members.</summary>
/// <param name="Model">The model.</param>
/// <param name="Fees">Each member's fee.</param>
/// <param name="MemberTotal">Sum of the fees, exactly.</param>
/// <param name="Revenue">Member total plus the county contribution.</param>
/// <param name="DoubleMembershipCost">What the double-membership discount takes off, in all.</param>
[GenerateSerializer, Immutable]
public sealed record FeeSheet(
    [property: Id(0)] FeeModel Model,
    [property: Id(1)] IReadOnlyList<MemberFee> Fees,
    [property: Id(2)] decimal MemberTotal,
    [property: Id(3)] decimal Revenue,
    [property: Id(4)] decimal DoubleMembershipCost);
