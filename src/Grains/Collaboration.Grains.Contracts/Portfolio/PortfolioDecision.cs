using Collaboration.Forums;

namespace Collaboration.Portfolio;

/// <summary>A forum's case about an entry, with its decision.</summary>
/// <param name="ItemKey">The entry.</param>
/// <param name="Case">The case number.</param>
/// <param name="ForumId">The forum.</param>
/// <param name="Title">The case title.</param>
/// <param name="Date">The meeting's date.</param>
/// <param name="Points">The decision's points.</param>
[GenerateSerializer, Immutable]
public sealed record PortfolioDecision(
    [property: Id(0)] string ItemKey,
    [property: Id(1)] CaseNumber Case,
    [property: Id(2)] string ForumId,
    [property: Id(3)] string Title,
    [property: Id(4)] DateOnly Date,
    [property: Id(5)] IReadOnlyList<string> Points);
