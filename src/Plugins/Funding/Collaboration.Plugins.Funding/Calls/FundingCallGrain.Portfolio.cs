using Collaboration.Portfolio;

namespace Collaboration.Funding.Calls;

public sealed partial class FundingCallGrain
{
    public Task<PortfolioReport> DescribeAsync() => Task.FromResult(Describe());

    public Task RefreshAsync() => GrainFactory.ReportToPortfolioAsync(Describe());

    /// <summary>A call that still takes (or will take) applications has its closing as a deadline.</summary>
    private PortfolioReport Describe()
    {
        var source = this.GetGrainId().ToString();
        if (state.State.Details is not { } details || Status() == CallStatus.Closed)
        {
            return PortfolioReport.Empty(source);
        }

        var closing = new PortfolioDeadline(FundingPortfolio.CallClosing, details.Deadline, $"{details.Title} ({details.Funder})",
            null, null, null, Id);
        return new PortfolioReport(source, null, null, [closing], []);
    }
}
