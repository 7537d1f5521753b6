namespace Collaboration.JointProjects.Agreements;

/// <summary>A cost-sharing key.</summary>
/// <param name="Kind">Equal, per inhabitant, fixed, base + per inhabitant, or percentages.</param>
/// <param name="PopulationYear">The year whose population counts, for the per-inhabitant kinds.</param>
/// <param name="BaseAmount">NOK each pays first, for base + per inhabitant.</param>
/// <param name="Values">Per kommunenummer: the fixed amount or the percentage, for those kinds.</param>
[GenerateSerializer, Immutable]
public sealed record CostKey(
    [property: Id(0)] CostKeyKind Kind,
    [property: Id(1)] int? PopulationYear,
    [property: Id(2)] decimal? BaseAmount,
    [property: Id(3)] IReadOnlyDictionary<string, decimal>? Values);
