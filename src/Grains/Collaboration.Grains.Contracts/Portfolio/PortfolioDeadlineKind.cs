namespace Collaboration.Portfolio;

/// <summary>What kind of deadline.</summary>
public enum PortfolioDeadlineKind
{
    /// <summary>A funding call closes.</summary>
    CallClosing,

    /// <summary>A follow-up of a forum's decision is due.</summary>
    FollowUpDue,

    /// <summary>An invitation to an application waits for a municipality's answer by the call's deadline.</summary>
    InvitationUnanswered,
}
