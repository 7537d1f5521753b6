namespace Collaboration.Hearings;

/// <summary>Whether a hearing still takes answers.</summary>
public enum HearingStatus
{
    /// <summary>Sent; answers are recorded.</summary>
    Open,

    /// <summary>The regional decision is recorded; nothing changes any more.</summary>
    Concluded,
}
