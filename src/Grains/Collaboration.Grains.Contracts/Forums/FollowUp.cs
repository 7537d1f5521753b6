namespace Collaboration.Forums;

/// <summary>A follow-up action (oppfølging) with its deadline (frist).</summary>
/// <param name="Id">Number within the forum, from 1.</param>
/// <param name="Case">The case that decided it.</param>
/// <param name="What">What is to be done.</param>
/// <param name="Assignee">Who does it.</param>
/// <param name="Deadline">When it is due.</param>
/// <param name="Status">Open, done or overdue.</param>
/// <param name="CompletedAt">When it was marked done.</param>
[GenerateSerializer, Immutable]
public sealed record FollowUp(
    [property: Id(0)] int Id,
    [property: Id(1)] CaseNumber Case,
    [property: Id(2)] string What,
    [property: Id(3)] string? Assignee,
    [property: Id(4)] DateTimeOffset Deadline,
    [property: Id(5)] FollowUpStatus Status,
    [property: Id(6)] DateTimeOffset? CompletedAt)
{
    /// <summary>The forum's version at the last change to this follow-up. Editors send it back (If-Match) so no edit overwrites another unseen.</summary>
    [Id(7)]
    public int Version { get; init; }

    /// <summary>Who answers for it: a person, or a member body; null when not said.</summary>
    [Id(8)]
    public FollowUpOwner? Owner { get; init; }
}
