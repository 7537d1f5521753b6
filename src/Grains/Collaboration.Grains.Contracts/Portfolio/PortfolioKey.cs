namespace Collaboration.Portfolio;

/// <summary>
/// The keys of portfolio entries: "{prefix}/{id}", where the prefix is the kind of the source that
/// owns the entry ("project/{slug}" for projects, which a joint project supplements).
/// </summary>
public static class PortfolioKey
{
    /// <summary>The key of an entry of kind <paramref name="kind"/>.</summary>
    public static string Of(string kind, string id) => $"{kind}/{id}";

    /// <summary>The key of a project (a joint project is the same project).</summary>
    public static string Project(string id) => Of(PortfolioKind.Project, id);
}
