namespace Collaboration.Forums;

/// <summary>Where a follow-up stands.</summary>
public enum FollowUpStatus
{
    /// <summary>Not done, deadline not passed.</summary>
    Open,

    /// <summary>Done.</summary>
    Done,

    /// <summary>Not done and the deadline has passed.</summary>
    Overdue,
}
