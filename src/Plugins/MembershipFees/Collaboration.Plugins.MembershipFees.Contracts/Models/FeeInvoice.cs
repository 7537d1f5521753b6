namespace Collaboration.MembershipFees.Models;

/// <summary>An invoice basis (fakturagrunnlag) for one member and year.</summary>
/// <param name="Number">E.g. "TR-2023-5001".</param>
/// <param name="Council">Council forum id.</param>
/// <param name="Year">Fee year.</param>
/// <param name="Model">The adopted model's name.</param>
/// <param name="Decision">The adopting decision.</param>
/// <param name="Fee">The member's fee with its lines.</param>
[GenerateSerializer, Immutable]
public sealed record FeeInvoice(
    [property: Id(0)] string Number,
    [property: Id(1)] string Council,
    [property: Id(2)] int Year,
    [property: Id(3)] string Model,
    [property: Id(4)] Forums.CaseNumber Decision,
    [property: Id(5)] MemberFee Fee);
