namespace Collaboration.Portfolio;

/// <summary>
/// A grain that reports to the portfolio. The portfolio asks it again, by its grain id, when it
/// rebuilds itself, so no kind of source has to be named by the core.
/// </summary>
public interface IPortfolioSource : IGrain
{
    /// <summary>What the source says about the portfolio now; the same report it sends after a change.</summary>
    Task<PortfolioReport> DescribeAsync();
}
