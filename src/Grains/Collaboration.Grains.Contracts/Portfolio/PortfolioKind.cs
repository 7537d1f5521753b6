namespace Collaboration.Portfolio;

/// <summary>
/// The core's kind of portfolio entry. A kind is a lower-case word owned by the area that reports
/// it: each plugin names its own (in its contracts) and labels it for people (in its API), so the
/// core never needs to know them.
/// </summary>
public static class PortfolioKind
{
    /// <summary>A project of the region.</summary>
    public const string Project = "project";
}
