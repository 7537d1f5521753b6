namespace Collaboration.Portfolio;

/// <summary>Municipalities × entries: who leads, takes part, is invited or said no.</summary>
/// <param name="Municipalities">The columns: every municipality in a matching entry, by kommunenummer.</param>
/// <param name="Rows">One row per matching entry, by title.</param>
[GenerateSerializer, Immutable]
public sealed record PortfolioMatrix(
    [property: Id(0)] IReadOnlyList<string> Municipalities,
    [property: Id(1)] IReadOnlyList<PortfolioMatrixRow> Rows);
