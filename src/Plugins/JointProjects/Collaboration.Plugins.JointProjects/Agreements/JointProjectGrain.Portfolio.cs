using Collaboration.Portfolio;

namespace Collaboration.JointProjects.Agreements;

public sealed partial class JointProjectGrain
{
    public Task<PortfolioReport> DescribeAsync() => Task.FromResult(Describe());

    public Task RefreshAsync() => GrainFactory.ReportToPortfolioAsync(Describe());

    /// <summary>
    /// What cost sharing adds to the core project's entry: it becomes a joint project, with the
    /// invited municipalities and their answers, the shared budget and the agreements' decisions.
    /// Invitations to a joint project have no deadline, so they make none here.
    /// </summary>
    private PortfolioReport Describe()
    {
        var source = this.GetGrainId().ToString();
        var s = state.State;
        if (s.Invitations.Count == 0 && s.Agreements.Count == 0 && s.Budget.Count == 0)
        {
            return PortfolioReport.Empty(source);
        }

        var shares = BudgetShares();
        var participants = s.Invitations.Select(i => new PortfolioParticipant(i.Key, i.Value switch
        {
            ParticipantAnswer.Accepted => PortfolioRole.Participant,
            ParticipantAnswer.Invited => PortfolioRole.Invited,
            _ => PortfolioRole.Declined,
        }, BudgetShare: shares.GetValueOrDefault(i.Key)));
        var supplement = new PortfolioSupplement(PortfolioKey.Project(Id), JointProjectsPortfolio.JointProject, [.. participants],
            s.Budget.Sum(l => l.Amount), [.. s.Agreements.Select(a => a.Decision).OfType<Collaboration.Forums.CaseNumber>()]);
        return new PortfolioReport(source, null, supplement, [], []);
    }

    /// <summary>
    /// Each party's share of the whole budget under the latest agreement: the sum of its budget
    /// bills year by year (as <see cref="AllocateAsync"/> answers them), so it adds up with them to the øre.
    /// None before an agreement is adopted.
    /// </summary>
    private Dictionary<string, decimal> BudgetShares()
    {
        var shares = new Dictionary<string, decimal>(StringComparer.Ordinal);
        if (state.State.Agreements.LastOrDefault() is not { } agreement)
        {
            return shares;
        }

        foreach (var year in state.State.Budget.GroupBy(l => l.Year))
        {
            foreach (var bill in CostSharing.Allocate(agreement, year.Sum(l => l.Amount)))
            {
                shares[bill.MunicipalityId] = shares.GetValueOrDefault(bill.MunicipalityId) + bill.Amount;
            }
        }

        return shares;
    }
}
