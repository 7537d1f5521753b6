namespace Collaboration.Portfolio;

/// <summary>A municipality (or another body) in an entry, with its own amounts in it.</summary>
/// <param name="MunicipalityId">Kommunenummer (or organisation number).</param>
/// <param name="Role">Lead, participant, invited, declined or left.</param>
/// <param name="Requested">NOK it requests itself, for applications.</param>
/// <param name="Granted">NOK granted to it, for applications.</param>
/// <param name="OwnContribution">NOK it puts in itself (egenandel), for applications whose area reports it.</param>
/// <param name="BudgetShare">Its share of the budget under the cost-sharing key, for joint projects with an adopted agreement.</param>
/// <param name="Region">For another region's municipality: that region's label; null for our own.</param>
/// <param name="Invitation">For another region's municipality: where the message inviting it stands
/// ("queued", "delivered" or "refused"), as its installation has acknowledged it.</param>
[GenerateSerializer, Immutable]
public sealed record PortfolioParticipant(
    [property: Id(0)] string MunicipalityId,
    [property: Id(1)] PortfolioRole Role,
    [property: Id(2)] decimal Requested = 0,
    [property: Id(3)] decimal Granted = 0,
    [property: Id(4)] decimal OwnContribution = 0,
    [property: Id(5)] decimal BudgetShare = 0,
    [property: Id(6)] string? Region = null,
    [property: Id(7)] string? Invitation = null)
{
    /// <summary>Leads or takes part (not merely invited, not declined or left).</summary>
    public bool TakesPart => Role is PortfolioRole.Lead or PortfolioRole.Participant;
}
