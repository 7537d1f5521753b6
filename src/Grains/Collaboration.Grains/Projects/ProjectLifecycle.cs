namespace Collaboration.Projects;

/// <summary>The allowed status transitions of a project.</summary>
public static class ProjectLifecycle
{
    /// <summary>idea → planned → active → completed; cancelled from any status that is not final.</summary>
    public static bool Allows(ProjectStatus from, ProjectStatus to) => (from, to) switch
    {
        (ProjectStatus.Idea, ProjectStatus.Planned) => true,
        (ProjectStatus.Planned, ProjectStatus.Active) => true,
        (ProjectStatus.Active, ProjectStatus.Completed) => true,
        (ProjectStatus.Idea or ProjectStatus.Planned or ProjectStatus.Active, ProjectStatus.Cancelled) => true,
        _ => false,
    };
}
