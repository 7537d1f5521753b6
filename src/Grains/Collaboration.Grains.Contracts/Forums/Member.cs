namespace Collaboration.Forums;

/// <summary>A municipality's dated membership of a forum.</summary>
/// <param name="MunicipalityId">The kommunenummer.</param>
/// <param name="Role">Member or observer.</param>
/// <param name="From">First day.</param>
/// <param name="Until">Last day, if set.</param>
[GenerateSerializer, Immutable]
public sealed record Member(
    [property: Id(0)] string MunicipalityId,
    [property: Id(1)] MembershipRole Role,
    [property: Id(2)] DateOnly From,
    [property: Id(3)] DateOnly? Until)
{
    /// <summary>The forum's version at the last change to this membership. Editors send it back (If-Match) so no edit overwrites another unseen.</summary>
    [Id(4)]
    public int Version { get; init; }
}
