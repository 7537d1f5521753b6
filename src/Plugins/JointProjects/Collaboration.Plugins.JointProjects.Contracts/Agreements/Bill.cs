namespace Collaboration.JointProjects.Agreements;

/// <summary>A participant's bill.</summary>
/// <param name="MunicipalityId">Kommunenummer.</param>
/// <param name="Name">Municipality name.</param>
/// <param name="Amount">NOK, to the øre.</param>
/// <param name="Basis">How it was computed, in Norwegian.</param>
[GenerateSerializer, Immutable]
public sealed record Bill(
    [property: Id(0)] string MunicipalityId,
    [property: Id(1)] string Name,
    [property: Id(2)] decimal Amount,
    [property: Id(3)] string Basis);
