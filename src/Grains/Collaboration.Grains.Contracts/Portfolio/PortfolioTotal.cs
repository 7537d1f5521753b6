namespace Collaboration.Portfolio;

/// <summary>Sums over the matching entries, for all or for one theme, status or municipality.</summary>
/// <param name="Key">The theme, status or kommunenummer; empty for the grand total.</param>
/// <param name="Count">Entries.</param>
/// <param name="Budget">Their budgets, NOK (for a municipality: not split, so 0).</param>
/// <param name="Requested">Requested, NOK (for a municipality: its own requests).</param>
/// <param name="Granted">Granted, NOK (for a municipality: its own part).</param>
[GenerateSerializer, Immutable]
public sealed record PortfolioTotal(
    [property: Id(0)] string Key,
    [property: Id(1)] int Count,
    [property: Id(2)] decimal Budget,
    [property: Id(3)] decimal Requested,
    [property: Id(4)] decimal Granted);
