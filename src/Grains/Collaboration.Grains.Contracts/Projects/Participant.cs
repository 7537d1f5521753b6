namespace Collaboration.Projects;

/// <summary>A municipality taking part in a project.</summary>
/// <param name="MunicipalityId">The kommunenummer.</param>
/// <param name="Role">Its role, e.g. "lead" or "participant".</param>
[GenerateSerializer, Immutable]
public sealed record Participant(
    [property: Id(0)] string MunicipalityId,
    [property: Id(1)] string Role)
{
    /// <summary>The project's version at the last change to this participant. Editors send it back (If-Match) so no edit overwrites another unseen.</summary>
    [Id(2)]
    public int Version { get; init; }
}
