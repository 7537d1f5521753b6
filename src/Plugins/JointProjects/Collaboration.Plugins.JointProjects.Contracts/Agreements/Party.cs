namespace Collaboration.JointProjects.Agreements;

/// <summary>A municipality bound by an agreement, with what its share is computed from.</summary>
/// <param name="MunicipalityId">Kommunenummer.</param>
/// <param name="Name">Municipality name.</param>
/// <param name="Population">Inhabitants used, for the per-inhabitant kinds.</param>
/// <param name="PopulationYear">Year of that count as registered (may differ from the key's year; then it says so).</param>
/// <param name="Value">Fixed amount or percentage, for those kinds.</param>
[GenerateSerializer, Immutable]
public sealed record Party(
    [property: Id(0)] string MunicipalityId,
    [property: Id(1)] string Name,
    [property: Id(2)] int Population,
    [property: Id(3)] int? PopulationYear,
    [property: Id(4)] decimal? Value);
