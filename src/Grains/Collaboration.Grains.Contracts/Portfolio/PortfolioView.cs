namespace Collaboration.Portfolio;

/// <summary>A page of matching entries and the totals over all that match.</summary>
/// <param name="Count">How many match.</param>
/// <param name="Rows">The page.</param>
/// <param name="Total">Sums over all that match.</param>
/// <param name="ByTheme">Sums per theme (an entry with two themes counts in both).</param>
/// <param name="ByStatus">Sums per status.</param>
/// <param name="ByMunicipality">Per municipality taking part: entries, and its own requested and granted amounts.</param>
/// <param name="Complete">False while the portfolio is still being rebuilt from its sources after a restart.</param>
[GenerateSerializer, Immutable]
public sealed record PortfolioView(
    [property: Id(0)] int Count,
    [property: Id(1)] IReadOnlyList<PortfolioRow> Rows,
    [property: Id(2)] PortfolioTotal Total,
    [property: Id(3)] IReadOnlyList<PortfolioTotal> ByTheme,
    [property: Id(4)] IReadOnlyList<PortfolioTotal> ByStatus,
    [property: Id(5)] IReadOnlyList<PortfolioTotal> ByMunicipality,
    [property: Id(6)] bool Complete)
{
    /// <summary>
    /// For each municipality the filter names, its own part summed over all matching entries: what
    /// it requests, puts in, is granted and pays of joint budgets. Empty without a municipality filter.
    /// </summary>
    [Id(7)]
    public IReadOnlyList<PortfolioShare> Shares { get; init; } = [];
}
