using Collaboration.Api;
using Collaboration.Portfolio;

namespace Collaboration.Projects;

public sealed partial class ProjectGrain
{
    public Task<PortfolioReport> DescribeAsync() => Task.FromResult(Describe());

    public Task RefreshAsync() => GrainFactory.ReportToPortfolioAsync(Describe());

    private PortfolioReport Describe()
    {
        var source = this.GetGrainId().ToString();
        if (state.State.Profile is not { } profile)
        {
            return PortfolioReport.Empty(source);
        }

        // The years it runs: from its start (or first budget year) to its end (or last budget year).
        var budgetYears = profile.Budget.Select(b => b.Year).ToList();
        var from = profile.Start?.Year ?? (budgetYears.Count > 0 ? budgetYears.Min() : null);
        var to = profile.End?.Year ?? (budgetYears.Count > 0 ? Math.Max(budgetYears.Max(), from ?? 0) : from);
        var participants = state.State.Participants.Select(p => new PortfolioParticipant(p.MunicipalityId,
            string.Equals(p.Role, "lead", StringComparison.OrdinalIgnoreCase) ? PortfolioRole.Lead : PortfolioRole.Participant));
        var item = new PortfolioItem(PortfolioKey.Project(Id), PortfolioKind.Project, profile.Title, Field.Lower(state.State.Status),
            profile.Themes, profile.OwnerForumId, from, to, [.. participants], profile.Budget.Sum(b => b.Amount), 0, 0, profile.Decisions);
        return new PortfolioReport(source, item, null, [], []);
    }
}
