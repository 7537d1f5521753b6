using Collaboration.Forums;

namespace Collaboration.Municipalities;

/// <summary>A municipality's membership of a forum, as the forum reports it.</summary>
/// <param name="ForumId">The forum's path, e.g. "trondheimsregionen".</param>
/// <param name="Role">Member or observer.</param>
/// <param name="From">First day of the membership.</param>
/// <param name="Until">Last day of the membership, if it has ended or will end.</param>
[GenerateSerializer, Immutable]
public sealed record ForumMembership(
    [property: Id(0)] string ForumId,
    [property: Id(1)] MembershipRole Role,
    [property: Id(2)] DateOnly From,
    [property: Id(3)] DateOnly? Until);
