namespace Collaboration.Funding.Applications;

/// <summary>An application as everyone sees it.</summary>
/// <param name="Id">The id its call gave it.</param>
/// <param name="CallId">The call.</param>
/// <param name="Title">Title.</param>
/// <param name="Lead">The lead applicant.</param>
/// <param name="Status">Where it stands.</param>
/// <param name="Partners">The lead municipality (if any) and everyone invited.</param>
/// <param name="Budget">Budget lines.</param>
/// <param name="Version">Grows with every change; the ETag editors send back.</param>
/// <param name="GrantedAmount">NOK granted, once granted.</param>
[GenerateSerializer, Immutable]
public sealed record FundingApplication(
    [property: Id(0)] string Id,
    [property: Id(1)] string CallId,
    [property: Id(2)] string Title,
    [property: Id(3)] Applicant Lead,
    [property: Id(4)] ApplicationStatus Status,
    [property: Id(5)] IReadOnlyList<Partner> Partners,
    [property: Id(6)] IReadOnlyList<BudgetLine> Budget,
    [property: Id(7)] int Version,
    [property: Id(8)] decimal? GrantedAmount)
{
    /// <summary>When it was submitted; null while a draft, or when withdrawn as one.</summary>
    [Id(9)]
    public DateTimeOffset? SubmittedAt { get; init; }

    /// <summary>NOK requested by all taking part.</summary>
    public decimal RequestedTotal => Partners.Where(p => p.State == PartnerState.Accepted).Sum(p => p.Share?.Requested ?? 0);

    /// <summary>NOK all taking part put in themselves.</summary>
    public decimal OwnContributionTotal => Partners.Where(p => p.State == PartnerState.Accepted).Sum(p => p.Share?.OwnContribution ?? 0);
}
