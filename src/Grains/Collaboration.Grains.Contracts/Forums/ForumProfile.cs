namespace Collaboration.Forums;

/// <summary>What defines a forum.</summary>
/// <param name="Name">Display name, e.g. "Kommunedirektørforum".</param>
/// <param name="Kind">Council, directors or network.</param>
/// <param name="ParentId">The forum this one belongs under, if any.</param>
/// <param name="CasePrefix">Prefix of its case numbers, e.g. "KF".</param>
/// <param name="Description">Free text.</param>
[GenerateSerializer, Immutable]
public sealed record ForumProfile(
    [property: Id(0)] string Name,
    [property: Id(1)] ForumKind Kind,
    [property: Id(2)] string? ParentId,
    [property: Id(3)] string CasePrefix,
    [property: Id(4)] string? Description);
