using Collaboration.Portfolio;

namespace Collaboration.Hearings;

/// <summary>What a hearing tells the portfolio: each unanswered body's deadline, in its own list.</summary>
public sealed partial class HearingGrain
{
    public Task<PortfolioReport> DescribeAsync() =>
        Task.FromResult(state.State.ForumId is null ? PortfolioReport.Empty(this.GetGrainId().ToString()) : Describe());

    public async Task RefreshAsync() => await GrainFactory.ReportToPortfolioAsync(await DescribeAsync());

    /// <summary>
    /// Until the conclusion, a deadline per body that has not answered, due at the hearing's
    /// deadline and kept after it (then overdue), so each municipality's list shows what it owes.
    /// </summary>
    private PortfolioReport Describe()
    {
        var current = state.State;
        var deadlines = current.Conclusion is not null ? [] : current.Bodies
            .Where(b => !b.Answered)
            .Select(b => new PortfolioDeadline(HearingsPortfolio.AnswerDue, current.Deadline, current.Title, null, b.BodyId,
                current.ForumId, current.CaseNumber?.ToString()));
        return new PortfolioReport(this.GetGrainId().ToString(), null, null, [.. deadlines], []);
    }
}
