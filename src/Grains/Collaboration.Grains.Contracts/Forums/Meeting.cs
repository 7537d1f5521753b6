namespace Collaboration.Forums;

/// <summary>A meeting of a forum.</summary>
/// <param name="Id">Made from the date, e.g. "2022-06-03".</param>
/// <param name="Details">Date, place, time span, attendance.</param>
/// <param name="AgendaItems">The agenda in order.</param>
[GenerateSerializer, Immutable]
public sealed record Meeting(
    [property: Id(0)] string Id,
    [property: Id(1)] MeetingDetails Details,
    [property: Id(2)] IReadOnlyList<AgendaItem> AgendaItems)
{
    /// <summary>The version of the last change to the meeting, its agenda or their follow-ups. Editors send it back (If-Match) so no edit overwrites another unseen.</summary>
    [Id(3)]
    public int Version { get; init; }
}
