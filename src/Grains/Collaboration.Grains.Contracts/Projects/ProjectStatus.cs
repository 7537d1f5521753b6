namespace Collaboration.Projects;

/// <summary>Where a project is in its life.</summary>
public enum ProjectStatus
{
    /// <summary>Proposed, not yet planned.</summary>
    Idea,

    /// <summary>Planned, not started.</summary>
    Planned,

    /// <summary>Running.</summary>
    Active,

    /// <summary>Finished.</summary>
    Completed,

    /// <summary>Stopped before completion.</summary>
    Cancelled,
}
