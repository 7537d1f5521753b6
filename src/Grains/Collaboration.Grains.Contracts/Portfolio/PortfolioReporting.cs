namespace Collaboration.Portfolio;

/// <summary>How a source sends its report.</summary>
public static class PortfolioReporting
{
    /// <summary>
    /// Sends a source's report to the portfolio. Sources call it after their own state is
    /// written; the report replaces the last one, so sending it again after a failure repairs it.
    /// </summary>
    public static Task ReportToPortfolioAsync(this IGrainFactory grains, PortfolioReport report) =>
        grains.GetGrain<IPortfolioGrain>(IPortfolioGrain.Key).ReportAsync(report);
}
