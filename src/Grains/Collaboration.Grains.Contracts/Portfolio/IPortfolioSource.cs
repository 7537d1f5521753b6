using Orleans.Concurrency;

namespace Collaboration.Portfolio;

/// <summary>
/// A grain that reports to the portfolio. The portfolio asks it again, by its grain id, when it
/// rebuilds itself, so no kind of source has to be named by the core.
/// </summary>
public interface IPortfolioSource : IGrain
{
    /// <summary>What the source says about the portfolio now; the same report it sends after a change.</summary>
    Task<PortfolioReport> DescribeAsync();

    /// <summary>
    /// Sends the report again, for when something the report is made from has changed elsewhere
    /// (a call's deadline, for its applications). One-way, so the grain that changed can ask
    /// while it is itself busy, without waiting for the answer.
    /// </summary>
    [OneWay]
    Task RefreshAsync();
}
