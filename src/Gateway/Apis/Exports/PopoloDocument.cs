namespace Collaboration.Gateway.Apis.Exports;

/// <summary>
/// The Popolo export: every forum, municipality and organisation as a Popolo organization, and
/// every membership period of a forum. Property names follow the Popolo JSON schemas (snake case).
/// </summary>
/// <param name="Organizations">Forums, municipalities and organisations.</param>
/// <param name="Memberships">Each dated period of a body in a forum.</param>
public sealed record PopoloDocument(
    IReadOnlyList<PopoloOrganization> Organizations,
    IReadOnlyList<PopoloMembership> Memberships);
