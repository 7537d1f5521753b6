namespace Collaboration.Municipalities;

/// <summary>A registered municipality.</summary>
/// <param name="Id">The kommunenummer.</param>
/// <param name="Profile">Name, county, population and contacts.</param>
/// <param name="Forums">The forums it belongs to, kept in sync by the forums.</param>
[GenerateSerializer, Immutable]
public sealed record Municipality(
    [property: Id(0)] string Id,
    [property: Id(1)] MunicipalityProfile Profile,
    [property: Id(2)] IReadOnlyList<ForumMembership> Forums)
{
    /// <summary>The version of the municipality: of its last stored change. Editors send it back (If-Match) so no edit overwrites another unseen.</summary>
    [Id(3)]
    public int Version { get; init; }
}
