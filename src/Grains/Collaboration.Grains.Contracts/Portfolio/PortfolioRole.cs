namespace Collaboration.Portfolio;

/// <summary>How a municipality stands in an entry.</summary>
public enum PortfolioRole
{
    /// <summary>Leads it.</summary>
    Lead,

    /// <summary>Takes part.</summary>
    Participant,

    /// <summary>Invited, not answered.</summary>
    Invited,

    /// <summary>Said no.</summary>
    Declined,

    /// <summary>Took part and left.</summary>
    Left,
}
