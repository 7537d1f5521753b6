using Collaboration.Forums;

namespace Collaboration.Portfolio;

/// <summary>An entry of the overview: what its sources report, merged.</summary>
/// <param name="Key">"project/{slug}" or "application/{id}".</param>
/// <param name="Kind">Its kind word, e.g. "project".</param>
/// <param name="Title">Title.</param>
/// <param name="Status">Status word.</param>
/// <param name="Themes">Themes.</param>
/// <param name="OwnerForumId">Owning or leading forum.</param>
/// <param name="FromYear">First year.</param>
/// <param name="ToYear">Last year.</param>
/// <param name="Participants">Municipalities, ordered by kommunenummer.</param>
/// <param name="Budget">Budget, NOK.</param>
/// <param name="Requested">Requested, NOK.</param>
/// <param name="Granted">Granted, NOK.</param>
/// <param name="NextDeadline">The next deadline not passed, if any.</param>
/// <param name="LastDecision">The latest deciding case, if any.</param>
[GenerateSerializer, Immutable]
public sealed record PortfolioRow(
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
    [property: Id(12)] PortfolioDeadline? NextDeadline,
    [property: Id(13)] CaseNumber? LastDecision)
{
    /// <summary>
    /// The own part in this entry of each municipality the filter names that is in it (led, taking
    /// part or invited); empty without a municipality filter.
    /// </summary>
    [Id(14)]
    public IReadOnlyList<PortfolioShare> Shares { get; init; } = [];

    /// <summary>The peer's region for a copy of a peer's entry; null for our own.</summary>
    [Id(15)]
    public string? Region { get; init; }
}
