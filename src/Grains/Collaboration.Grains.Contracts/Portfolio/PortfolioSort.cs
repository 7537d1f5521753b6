namespace Collaboration.Portfolio;

/// <summary>What the overview is sorted by; ties go by key.</summary>
public enum PortfolioSort
{
    /// <summary>Title, alphabetically (Norwegian order).</summary>
    Title,

    /// <summary>Status word.</summary>
    Status,

    /// <summary>First year.</summary>
    Year,

    /// <summary>Budget.</summary>
    Budget,

    /// <summary>Requested.</summary>
    Requested,

    /// <summary>Granted.</summary>
    Granted,

    /// <summary>Number of municipalities taking part.</summary>
    Participants,

    /// <summary>Next deadline; entries without one last.</summary>
    Deadline,
}
