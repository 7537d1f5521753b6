namespace Collaboration.Forums;

/// <summary>An item on a meeting's agenda: a numbered case, or the standing follow-up item.</summary>
/// <param name="Number">The case number; null for the standing follow-up item.</param>
/// <param name="MeetingId">The meeting it is handled in; null for a case not yet put on a meeting.</param>
/// <param name="Title">The title.</param>
/// <param name="Presenter">Who introduced it.</param>
/// <param name="Notes">Discussion notes.</param>
/// <param name="Decision">Decision points.</param>
/// <param name="References">The cases it refers to, as found when recorded.</param>
/// <param name="Projects">Referenced project ids.</param>
/// <param name="FollowUps">Its follow-ups with their current status (for the standing item: those carried over).</param>
/// <param name="Standing">True for the standing follow-up item the forum adds to each new meeting.</param>
[GenerateSerializer, Immutable]
public sealed record AgendaItem(
    [property: Id(0)] CaseNumber? Number,
    [property: Id(1)] string? MeetingId,
    [property: Id(2)] string Title,
    [property: Id(3)] string? Presenter,
    [property: Id(4)] string? Notes,
    [property: Id(5)] IReadOnlyList<string> Decision,
    [property: Id(6)] IReadOnlyList<CaseLink> References,
    [property: Id(7)] IReadOnlyList<string> Projects,
    [property: Id(8)] IReadOnlyList<FollowUp> FollowUps,
    [property: Id(9)] bool Standing)
{
    /// <summary>The version of the last change to the case or its follow-ups. Editors send it back (If-Match) so no edit overwrites another unseen.</summary>
    [Id(10)]
    public int Version { get; init; }

    /// <summary>The cases that refer to this one, or were forwarded from or to it, in the order they were linked.</summary>
    [Id(11)]
    public IReadOnlyList<CaseLink> ReferredBy { get; init; } = [];
}
