using Collaboration.Municipalities;

namespace Collaboration.Organisations;

/// <summary>A registered organisation: a public body that is not a municipality of today.</summary>
/// <param name="Id">The organisation number.</param>
/// <param name="Profile">Name, kind, county, dissolution and contacts.</param>
/// <param name="Forums">The forums it belongs to, kept in sync by the forums.</param>
[GenerateSerializer, Immutable]
public sealed record Organisation(
    [property: Id(0)] string Id,
    [property: Id(1)] OrganisationProfile Profile,
    [property: Id(2)] IReadOnlyList<ForumMembership> Forums)
{
    /// <summary>The version of the organisation: of its last stored change. Editors send it back (If-Match) so no edit overwrites another unseen.</summary>
    [Id(3)]
    public int Version { get; init; }
}
