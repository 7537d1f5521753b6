using Collaboration.Forums;

namespace Collaboration.JointProjects.Agreements;

/// <summary>
/// A joint project (interkommunalt prosjekt): a core project (same key, its slug) with a
/// cost-sharing agreement among the municipalities that accepted to take part.
/// </summary>
public interface IJointProjectGrain : IGrainWithStringKey
{
    /// <summary>The joint project; NotFound when the core project does not exist.</summary>
    Task<JointProject> GetAsync();

    /// <summary>The owner invites municipalities; inviting one again changes nothing.</summary>
    Task<JointProject> InviteAsync(IReadOnlyList<string> municipalityIds);

    /// <summary>An invited municipality accepts (and becomes a participant of the core project) or declines.</summary>
    Task<JointProject> AnswerAsync(string municipalityId, bool accept);

    /// <summary>Sets the draft cost key; Invalid when it names municipalities that have not accepted or percentages do not sum to 100.</summary>
    Task<JointProject> SetKeyAsync(CostKey key);

    /// <summary>Adopts the draft key as the next version, for the accepted participants; earlier versions stay readable.</summary>
    Task<JointProject> AdoptKeyAsync(CaseNumber? decision);

    /// <summary>One adopted version of the agreement.</summary>
    Task<CostAgreement> GetAgreementAsync(int version);

    /// <summary>Replaces the budget (per year and category).</summary>
    Task<JointProject> SetBudgetAsync(IReadOnlyList<CostLine> lines);

    /// <summary>Records the actual costs of a year (per category).</summary>
    Task<JointProject> SetActualCostsAsync(int year, IReadOnlyList<CostLine> lines);

    /// <summary>
    /// Each participant's bill: its share of the year's actual costs (or budget) under the latest
    /// adopted agreement, to the øre, adding up exactly to the total.
    /// </summary>
    Task<CostAllocation> AllocateAsync(int year, bool budget);
}
