namespace Collaboration.Projects;

/// <summary>A municipality taking part in a project.</summary>
/// <param name="MunicipalityId">The kommunenummer.</param>
/// <param name="Role">Its role, e.g. "lead" or "participant".</param>
[GenerateSerializer, Immutable]
public sealed record Participant(
    [property: Id(0)] string MunicipalityId,
    [property: Id(1)] string Role);
