namespace Collaboration.Forums;

/// <summary>Where a case is sent on to.</summary>
/// <param name="TargetForumId">The forum that is to handle it next, e.g. the regional council.</param>
/// <param name="MeetingId">The target forum's meeting to put it on; null for its next meeting after today, or unscheduled when it has none.</param>
[GenerateSerializer, Immutable]
public sealed record CaseForwarding(
    [property: Id(0)] string TargetForumId,
    [property: Id(1)] string? MeetingId);
