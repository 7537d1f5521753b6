namespace Collaboration.Journal;

/// <summary>The core's kinds of object on record, all public like the objects themselves.</summary>
public static class CoreKinds
{
    /// <summary>The name a municipality's state is stored and journaled under.</summary>
    public const string MunicipalityState = "municipality";

    /// <summary>The name an organisation's state is stored and journaled under.</summary>
    public const string OrganisationState = "organisation";

    /// <summary>The name a forum's state is stored and journaled under.</summary>
    public const string ForumState = "forum";

    /// <summary>The name a project's state is stored and journaled under.</summary>
    public const string ProjectState = "project";

    /// <summary>Municipalities, organisations, forums and projects.</summary>
    public static IReadOnlyList<ObjectKind> All { get; } =
    [
        new("municipalities", MunicipalityState, "/api/municipalities", "municipality", IsPublic: true),
        new("organisations", OrganisationState, "/api/organisations", "organisation", IsPublic: true),
        // Follow-ups are read by signed-in callers only, so their changes are too.
        new("forums", ForumState, "/api/forums", "forum", IsPublic: true) { PrivateFields = ["/followUps", "/nextFollowUpId"] },
        new("projects", ProjectState, "/api/projects", "project", IsPublic: true) { PortfolioEntry = Portfolio.PortfolioKind.Project },
    ];
}
