namespace Collaboration.Portfolio;

/// <summary>Something due by a date.</summary>
/// <param name="Kind">The kind word of the area that reports it, e.g. "followupdue".</param>
/// <param name="Due">When.</param>
/// <param name="Title">What, for a person to read.</param>
/// <param name="ItemKey">The entry it concerns, if any.</param>
/// <param name="MunicipalityId">The municipality (or other body) that must act: for invitations, and follow-ups it owns.</param>
/// <param name="ForumId">The forum, for follow-ups.</param>
/// <param name="Reference">The call id or case number it comes from.</param>
[GenerateSerializer, Immutable]
public sealed record PortfolioDeadline(
    [property: Id(0)] string Kind,
    [property: Id(1)] DateTimeOffset Due,
    [property: Id(2)] string Title,
    [property: Id(3)] string? ItemKey,
    [property: Id(4)] string? MunicipalityId,
    [property: Id(5)] string? ForumId,
    [property: Id(6)] string? Reference)
{
    /// <summary>
    /// Bodies it concerns besides <see cref="MunicipalityId"/>: for a forum's follow-up, the forum's
    /// members and observers on the day it falls due.
    /// </summary>
    [Id(7)]
    public IReadOnlyList<string> Concerns { get; init; } = [];
}
