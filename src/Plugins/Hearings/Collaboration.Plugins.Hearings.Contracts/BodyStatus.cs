namespace Collaboration.Hearings;

/// <summary>Where one body asked stands: a cell of the matrix.</summary>
public enum BodyStatus
{
    /// <summary>Not answered, the deadline not passed.</summary>
    Pending,

    /// <summary>Not answered by the deadline.</summary>
    Overdue,

    /// <summary>A statement given; no treatment recorded.</summary>
    Statement,

    /// <summary>Its own body's treatment recorded, with the outcome.</summary>
    Decided,
}
