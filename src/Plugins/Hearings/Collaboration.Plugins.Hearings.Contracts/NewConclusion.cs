namespace Collaboration.Hearings;

/// <summary>What the secretariat records as the regional decision.</summary>
/// <param name="Date">When it was made.</param>
/// <param name="Decision">The decision points.</param>
/// <param name="ForumId">The forum of the registered case it was made in.</param>
/// <param name="Year">The case's year.</param>
/// <param name="Sequence">The case's sequence.</param>
[GenerateSerializer, Immutable]
public sealed record NewConclusion(
    [property: Id(0)] DateOnly Date,
    [property: Id(1)] IReadOnlyList<string> Decision,
    [property: Id(2)] string ForumId,
    [property: Id(3)] int Year,
    [property: Id(4)] int Sequence);
