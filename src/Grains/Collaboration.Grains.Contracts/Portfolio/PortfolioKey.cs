namespace Collaboration.Portfolio;

/// <summary>The keys of portfolio entries: "project/{slug}" for projects and joint projects, "application/{id}".</summary>
public static class PortfolioKey
{
    /// <summary>The key of a project (a joint project is the same project).</summary>
    public static string Project(string id) => $"project/{id}";

    /// <summary>The key of a funding application.</summary>
    public static string Application(string id) => $"application/{id}";
}
