using Collaboration.Forums;

namespace Collaboration.Hearings;

/// <summary>The regional decision, linked to the registered case it was made in.</summary>
/// <param name="Date">When it was made.</param>
/// <param name="Decision">The decision points.</param>
/// <param name="ForumId">The forum of the case (typically the regional council).</param>
/// <param name="Year">The case's year.</param>
/// <param name="Sequence">The case's sequence in its year.</param>
/// <param name="CaseNumber">The case's number as written, found when recorded ("TR 1/22").</param>
[GenerateSerializer, Immutable]
public sealed record Conclusion(
    [property: Id(0)] DateOnly Date,
    [property: Id(1)] IReadOnlyList<string> Decision,
    [property: Id(2)] string ForumId,
    [property: Id(3)] int Year,
    [property: Id(4)] int Sequence,
    [property: Id(5)] CaseNumber? CaseNumber);
