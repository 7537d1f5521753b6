namespace Collaboration.Forums;

/// <summary>Which cases of one forum a case refers to now; none when its references there were removed.</summary>
/// <param name="ForumId">The forum referred into.</param>
/// <param name="Cases">Its cases referred to, each with the relation of the referring case to it.</param>
[GenerateSerializer, Immutable]
public sealed record ForumReferrals(
    [property: Id(0)] string ForumId,
    [property: Id(1)] IReadOnlyList<CaseReference> Cases);
