namespace Collaboration.Forums;

[GenerateSerializer]
public sealed class FollowUpRecord
{
    [Id(0)]
    public int Id { get; set; }

    [Id(1)]
    public required CaseNumber Case { get; set; }

    [Id(2)]
    public required FollowUpDraft Content { get; set; }

    [Id(3)]
    public DateTimeOffset? CompletedAt { get; set; }

    /// <summary>Set when the deadline has passed without the action being done.</summary>
    [Id(4)]
    public bool Overdue { get; set; }

    /// <summary>The forum's version at the last change to this follow-up.</summary>
    [Id(5)]
    public int Version { get; set; }

    public FollowUpStatus Status => CompletedAt is not null ? FollowUpStatus.Done
        : Overdue ? FollowUpStatus.Overdue
        : FollowUpStatus.Open;

    public FollowUp ToFollowUp() =>
        new(Id, Case, Content.What, Content.Assignee, Content.Deadline, Status, CompletedAt) { Version = Version, Owner = Content.Owner };
}
