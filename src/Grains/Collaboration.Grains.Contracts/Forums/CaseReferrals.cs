namespace Collaboration.Forums;

/// <summary>
/// What one case has to tell the forums it refers into, so their cases list it as referring to
/// them: the case itself, and for every forum it has ever referred into, what it refers to there now.
/// </summary>
/// <param name="From">The referring case.</param>
/// <param name="Forums">Per forum referred into, now or before, its cases referred to now.</param>
[GenerateSerializer, Immutable]
public sealed record CaseReferrals(
    [property: Id(0)] CaseLink From,
    [property: Id(1)] IReadOnlyList<ForumReferrals> Forums);
