namespace Collaboration.Projects;

/// <summary>A body taking part in a project: a municipality, or an organisation such as a county council.</summary>
/// <param name="MunicipalityId">The body id (see <see cref="Organisations.Bodies"/>): a kommunenummer, or an organisation number.</param>
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
