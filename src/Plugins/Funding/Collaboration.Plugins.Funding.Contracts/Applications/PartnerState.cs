namespace Collaboration.Funding.Applications;

/// <summary>Where a municipality stands in an application.</summary>
public enum PartnerState
{
    /// <summary>Invited, not answered.</summary>
    Invited,

    /// <summary>Takes part.</summary>
    Accepted,

    /// <summary>Said no.</summary>
    Declined,

    /// <summary>Took part and left while the application was a draft.</summary>
    Left,

    /// <summary>Invited, not answered by the call's deadline: the invitation lapsed.</summary>
    Expired,
}
