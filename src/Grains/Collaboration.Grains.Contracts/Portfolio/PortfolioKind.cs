namespace Collaboration.Portfolio;

/// <summary>What kind of entry the portfolio shows.</summary>
public enum PortfolioKind
{
    /// <summary>A project of the region.</summary>
    Project,

    /// <summary>A project whose cost the participants share by an agreement (interkommunalt prosjekt).</summary>
    JointProject,

    /// <summary>A (joint) funding application.</summary>
    Application,
}
