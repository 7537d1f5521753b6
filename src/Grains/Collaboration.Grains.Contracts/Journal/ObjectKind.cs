namespace Collaboration.Journal;

/// <summary>
/// A kind of object on record in the journal, as the API shows it. The core and each plugin
/// register theirs as services; histories, the change feed and webhooks find kinds by them.
/// </summary>
/// <param name="Kind">The path word of its routes ("forums", "applications"): the kind callers name.</param>
/// <param name="StateName">The name its grain state is stored under ("forum", "funding-application"): the kind the journal keeps.</param>
/// <param name="Path">Its routes' prefix, to which the object's id is added ("/api/funding/applications").</param>
/// <param name="EventName">Its part of the event types ("funding.application" in "no.collaboration.funding.application.updated.v1").</param>
/// <param name="IsPublic">True when its objects are readable without a token, and so are its changes.</param>
public sealed record ObjectKind(string Kind, string StateName, string Path, string EventName, bool IsPublic)
{
    /// <summary>Fields of a public kind that only signed-in callers may read (JSON Pointer prefixes such as "/followUps"); left out of what changed for anyone else.</summary>
    public IReadOnlyList<string> PrivateFields { get; init; } = [];

    /// <summary>
    /// The kind word of the portfolio entry an object of this kind reports or adds to, keyed by the
    /// object's id ("project" for projects and joint projects); null when it feeds none. A peer's
    /// copy of our portfolio reads the entry back after each change of such an object.
    /// </summary>
    public string? PortfolioEntry { get; init; }

    /// <summary>The path of one object: what the change feed gives as a change's subject.</summary>
    public string PathOf(string id) => $"{Path}/{id}";

    /// <summary>The CloudEvents type of a change: created for an object's first version, updated after.</summary>
    public string EventType(int version) => $"no.collaboration.{EventName}.{(version == 1 ? "created" : "updated")}.v1";
}
