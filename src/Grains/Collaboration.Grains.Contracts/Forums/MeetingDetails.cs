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
    [property: Id(5)] IReadOnlyList<string> Absent)
{
    /// <summary>What the meeting is, when it is more than the forum's ordinary meeting, e.g. "Felles møte for formannskapene".</summary>
    [Id(6)]
    public string? Title { get; init; }

    /// <summary>The last day of a meeting over several days.</summary>
    [Id(7)]
    public DateOnly? LastDay { get; init; }

    /// <summary>Held, planned or cancelled; when not given, a meeting after today is planned and any other held.</summary>
    [Id(8)]
    public MeetingStatus? Status { get; init; }
}
