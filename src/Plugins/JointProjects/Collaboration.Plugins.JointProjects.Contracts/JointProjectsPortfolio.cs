namespace Collaboration.JointProjects;

/// <summary>The JointProjects plugin's word in the portfolio.</summary>
public static class JointProjectsPortfolio
{
    /// <summary>A project whose cost the participants share by an agreement (interkommunalt prosjekt).</summary>
    public const string JointProject = "jointproject";
}
