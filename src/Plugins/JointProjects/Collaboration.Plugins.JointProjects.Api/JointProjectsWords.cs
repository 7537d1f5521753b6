using Collaboration.Portfolio;

namespace Collaboration.JointProjects.Api;

/// <summary>What the JointProjects plugin's portfolio words are called in bokmål.</summary>
public static class JointProjectsWords
{
    /// <summary>Its kinds, statuses and deadlines in the portfolio.</summary>
    public static PortfolioWords Portfolio { get; } = new()
    {
        Kinds = new Dictionary<string, string> { [JointProjectsPortfolio.JointProject] = "Interkommunalt prosjekt" },
    };
}
