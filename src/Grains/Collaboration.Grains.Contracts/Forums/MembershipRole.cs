namespace Collaboration.Forums;

/// <summary>How a municipality takes part in a forum.</summary>
public enum MembershipRole
{
    /// <summary>Full member: votes and pays.</summary>
    Member,

    /// <summary>Observer: attends, does not vote, may pay no fee.</summary>
    Observer,
}
