namespace Collaboration.Portfolio;

/// <summary>A page of the overview.</summary>
/// <param name="Filter">Which entries.</param>
/// <param name="Sort">Sorted by what.</param>
/// <param name="Descending">Largest or latest first.</param>
/// <param name="Offset">Entries to skip.</param>
/// <param name="Limit">Most entries to answer.</param>
[GenerateSerializer, Immutable]
public sealed record PortfolioQuery(
    [property: Id(0)] PortfolioFilter Filter,
    [property: Id(1)] PortfolioSort Sort,
    [property: Id(2)] bool Descending,
    [property: Id(3)] int Offset,
    [property: Id(4)] int Limit);
