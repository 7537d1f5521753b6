namespace Collaboration.JointProjects.Agreements;

/// <summary>Where an invited municipality stands.</summary>
public enum ParticipantAnswer
{
    /// <summary>Invited, not answered.</summary>
    Invited,

    /// <summary>Takes part and is bound by the agreement.</summary>
    Accepted,

    /// <summary>Said no.</summary>
    Declined,
}
