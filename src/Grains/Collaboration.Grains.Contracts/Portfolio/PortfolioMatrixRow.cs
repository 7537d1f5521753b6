namespace Collaboration.Portfolio;

/// <summary>One entry's row of the participation matrix.</summary>
/// <param name="Key">The entry.</param>
/// <param name="Title">Its title.</param>
/// <param name="Kind">Its kind.</param>
/// <param name="Roles">The role of each municipality in it; those not named have none.</param>
[GenerateSerializer, Immutable]
public sealed record PortfolioMatrixRow(
    [property: Id(0)] string Key,
    [property: Id(1)] string Title,
    [property: Id(2)] string Kind,
    [property: Id(3)] IReadOnlyDictionary<string, PortfolioRole> Roles);
