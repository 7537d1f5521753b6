namespace Collaboration.Portfolio;

/// <summary>A municipality in an entry.</summary>
/// <param name="MunicipalityId">Kommunenummer.</param>
/// <param name="Role">Lead, participant, invited, declined or left.</param>
/// <param name="Requested">NOK it requests, for applications.</param>
/// <param name="Granted">NOK granted to it, for applications.</param>
[GenerateSerializer, Immutable]
public sealed record PortfolioParticipant(
    [property: Id(0)] string MunicipalityId,
    [property: Id(1)] PortfolioRole Role,
    [property: Id(2)] decimal Requested = 0,
    [property: Id(3)] decimal Granted = 0)
{
    /// <summary>Leads or takes part (not merely invited, not declined or left).</summary>
    public bool TakesPart => Role is PortfolioRole.Lead or PortfolioRole.Participant;
}
