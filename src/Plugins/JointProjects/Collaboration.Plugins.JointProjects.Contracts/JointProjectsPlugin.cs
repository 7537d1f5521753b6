using Collaboration.Journal;

namespace Collaboration.JointProjects;

/// <summary>The JointProjects plugin's identity.</summary>
public static class JointProjectsPlugin
{
    /// <summary>The name in configuration: <c>Plugins:JointProjects:Enabled</c>.</summary>
    public const string Name = "JointProjects";

    /// <summary>The name a joint project's state is stored and journaled under.</summary>
    public const string JointProjectState = "joint-project";

    /// <summary>Joint projects, on record with every change; readable by signed-in callers.</summary>
    public static IReadOnlyList<ObjectKind> Kinds { get; } =
        [new("joint-projects", JointProjectState, "/api/joint-projects", "joint-project", IsPublic: false) { PortfolioEntry = Portfolio.PortfolioKind.Project }];
}
