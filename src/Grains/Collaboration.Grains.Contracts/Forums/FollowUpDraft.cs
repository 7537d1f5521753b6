namespace Collaboration.Forums;

/// <summary>A follow-up action as decided.</summary>
/// <param name="What">What is to be done, e.g. "Melde tilbake om samarbeid".</param>
/// <param name="Assignee">Who does it or receives it.</param>
/// <param name="Deadline">When it is due; it turns overdue after this instant.</param>
[GenerateSerializer, Immutable]
public sealed record FollowUpDraft(
    [property: Id(0)] string What,
    [property: Id(1)] string? Assignee,
    [property: Id(2)] DateTimeOffset Deadline)
{
    /// <summary>Who answers for it: a person, or a member body whose deadlines then include it; null when not said.</summary>
    [Id(3)]
    public FollowUpOwner? Owner { get; init; }
}
