namespace Collaboration.Gateway.Apis.Exports;

/// <summary>A Popolo organization: a forum, a municipality or another registered body.</summary>
/// <param name="Id">"forum/{id}", "municipality/{kommunenummer}" or "organisation/{organisation number}".</param>
/// <param name="Name">Its name.</param>
/// <param name="Classification">A forum's kind ("council", "directors", "network"), "municipality", or an organisation's kind ("countycouncil", "formermunicipality", "publicbody").</param>
/// <param name="Identifiers">Its kommunenummer and organisation number, where known.</param>
/// <param name="ParentId">The forum a sub-forum belongs under.</param>
/// <param name="DissolutionDate">The last day of a dissolved body.</param>
public sealed record PopoloOrganization(
    string Id,
    string Name,
    string Classification,
    IReadOnlyList<PopoloIdentifier> Identifiers,
    string? ParentId = null,
    string? DissolutionDate = null);
