namespace Collaboration.Portfolio;

/// <summary>
/// The core's kind of deadline. Like <see cref="PortfolioKind"/>, a deadline kind is a lower-case
/// word owned by the area that reports it; plugins name their own.
/// </summary>
public static class PortfolioDeadlineKind
{
    /// <summary>A follow-up of a forum's decision is due.</summary>
    public const string FollowUpDue = "followupdue";
}
