namespace Collaboration.Forums;

/// <summary>When and where a meeting is held, and who came.</summary>
/// <param name="Date">The day of the meeting.</param>
/// <param name="Place">Where, e.g. "Møterom A, Rådhuset".</param>
/// <param name="Starts">Start time, local.</param>
/// <param name="Ends">End time, local.</param>
/// <param name="Attendees">Names of those present (til stede).</param>
/// <param name="Absent">Names of those with apologies (forfall).</param>
[GenerateSerializer, Immutable]
public sealed record MeetingDetails(
    [property: Id(0)] DateOnly Date,
    [property: Id(1)] string? Place,
    [property: Id(2)] TimeOnly? Starts,
    [property: Id(3)] TimeOnly? Ends,
    [property: Id(4)] IReadOnlyList<string> Attendees,
    [property: Id(5)] IReadOnlyList<string> Absent);
