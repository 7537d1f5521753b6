namespace Collaboration.Hearings;

/// <summary>What a secretariat sends.</summary>
/// <param name="ForumId">The forum whose case is sent.</param>
/// <param name="Year">The case's year.</param>
/// <param name="Sequence">The case's sequence in its year; the case must be registered.</param>
/// <param name="Kind">Hearing (statements) or decision.</param>
/// <param name="Title">The title; null for the case's own.</param>
/// <param name="Deadline">When answers are due (a date means the end of that day in Norway); after <paramref name="Sent"/>.</param>
/// <param name="Sent">The day sent; null for today, when the deadline must also lie ahead.</param>
/// <param name="Documents">The documents, by link.</param>
/// <param name="Bodies">The bodies asked; null for the forum's members and observers on the day sent.</param>
/// <param name="Rule">The rule for the region's adoption.</param>
[GenerateSerializer, Immutable]
public sealed record NewHearing(
    [property: Id(0)] string ForumId,
    [property: Id(1)] int Year,
    [property: Id(2)] int Sequence,
    [property: Id(3)] HearingKind Kind,
    [property: Id(4)] string? Title,
    [property: Id(5)] DateTimeOffset Deadline,
    [property: Id(6)] DateOnly? Sent,
    [property: Id(7)] IReadOnlyList<HearingDocument> Documents,
    [property: Id(8)] IReadOnlyList<string>? Bodies,
    [property: Id(9)] AdoptionRule Rule);
