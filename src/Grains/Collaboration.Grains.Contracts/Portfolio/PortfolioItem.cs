using Collaboration.Forums;

namespace Collaboration.Portfolio;

/// <summary>An entry as the source that owns it reports it.</summary>
/// <param name="Key">"project/{slug}" or "application/{id}" (see <see cref="PortfolioKey"/>).</param>
/// <param name="Kind">The kind word of the reporting area, e.g. "project".</param>
/// <param name="Title">Title.</param>
/// <param name="Status">Its status word, e.g. "active" or "submitted".</param>
/// <param name="Themes">Themes, e.g. "klima".</param>
/// <param name="OwnerForumId">The forum that owns or leads it, if any.</param>
/// <param name="FromYear">First year it runs in, if known.</param>
/// <param name="ToYear">Last year it runs in, if known.</param>
/// <param name="Participants">Municipalities and how they take part.</param>
/// <param name="Budget">Budget, NOK.</param>
/// <param name="Requested">NOK requested from funders.</param>
/// <param name="Granted">NOK granted.</param>
/// <param name="Decisions">Cases that decided about it, as the entry records them.</param>
[GenerateSerializer, Immutable]
public sealed record PortfolioItem(
    [property: Id(0)] string Key,
    [property: Id(1)] string Kind,
    [property: Id(2)] string Title,
    [property: Id(3)] string Status,
    [property: Id(4)] IReadOnlyList<string> Themes,
    [property: Id(5)] string? OwnerForumId,
    [property: Id(6)] int? FromYear,
    [property: Id(7)] int? ToYear,
    [property: Id(8)] IReadOnlyList<PortfolioParticipant> Participants,
    [property: Id(9)] decimal Budget,
    [property: Id(10)] decimal Requested,
    [property: Id(11)] decimal Granted,
    [property: Id(12)] IReadOnlyList<CaseNumber> Decisions)
{
    /// <summary>The region whose installation holds the entry, for a copy of a peer's; null for our own.</summary>
    [Id(13)]
    public string? Region { get; init; }
}
