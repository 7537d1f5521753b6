namespace Collaboration.Funding.Applications;

/// <summary>A municipality's part in an application.</summary>
/// <param name="Requested">NOK it requests from the funder.</param>
/// <param name="OwnContribution">NOK it puts in itself (egenandel).</param>
/// <param name="Role">One line on what it does.</param>
[GenerateSerializer, Immutable]
public sealed record PartnerShare(
    [property: Id(0)] decimal Requested,
    [property: Id(1)] decimal OwnContribution,
    [property: Id(2)] string Role);
