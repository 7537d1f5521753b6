namespace Collaboration.JointProjects;

/// <summary>The JointProjects plugin's identity.</summary>
public static class JointProjectsPlugin
{
    /// <summary>The name in configuration: <c>Plugins:JointProjects:Enabled</c>.</summary>
    public const string Name = "JointProjects";
}
