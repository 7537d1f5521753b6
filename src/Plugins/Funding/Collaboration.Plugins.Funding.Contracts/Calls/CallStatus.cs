namespace Collaboration.Funding.Calls;

/// <summary>Whether a call takes applications.</summary>
public enum CallStatus
{
    /// <summary>Announced, not open yet.</summary>
    Upcoming,

    /// <summary>Takes applications.</summary>
    Open,

    /// <summary>The deadline has passed.</summary>
    Closed,
}
