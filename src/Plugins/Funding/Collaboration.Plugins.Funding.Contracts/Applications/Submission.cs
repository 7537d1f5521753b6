namespace Collaboration.Funding.Applications;

/// <summary>
/// What the funder received: the application as it stood when submitted, kept apart from the
/// application so that nothing done to it afterwards (a decision, a withdrawal) changes the copy.
/// </summary>
/// <param name="ApplicationId">The application.</param>
/// <param name="CallId">The call.</param>
/// <param name="SubmittedAt">When it was submitted.</param>
/// <param name="Title">Title as submitted.</param>
/// <param name="Lead">The lead applicant.</param>
/// <param name="Partners">Every municipality invited, with its answer and amounts as submitted.</param>
/// <param name="Budget">Budget lines as submitted.</param>
[GenerateSerializer, Immutable]
public sealed record Submission(
    [property: Id(0)] string ApplicationId,
    [property: Id(1)] string CallId,
    [property: Id(2)] DateTimeOffset SubmittedAt,
    [property: Id(3)] string Title,
    [property: Id(4)] Applicant Lead,
    [property: Id(5)] IReadOnlyList<Partner> Partners,
    [property: Id(6)] IReadOnlyList<BudgetLine> Budget)
{
    /// <summary>NOK requested by all taking part.</summary>
    public decimal RequestedTotal => Partners.Where(p => p.State == PartnerState.Accepted).Sum(p => p.Share?.Requested ?? 0);

    /// <summary>NOK all taking part put in themselves.</summary>
    public decimal OwnContributionTotal => Partners.Where(p => p.State == PartnerState.Accepted).Sum(p => p.Share?.OwnContribution ?? 0);
}
