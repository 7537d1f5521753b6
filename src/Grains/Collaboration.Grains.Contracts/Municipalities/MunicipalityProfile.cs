namespace Collaboration.Municipalities;

/// <summary>What a municipality says about itself.</summary>
/// <param name="Name">The official name, e.g. "Trondheim".</param>
/// <param name="County">The county (fylke), e.g. "Trøndelag".</param>
/// <param name="Population">Inhabitants with the date they were counted, if known.</param>
/// <param name="Contacts">People to reach at the municipality.</param>
/// <param name="OrganisationNumber">
/// Its organisation number in Enhetsregisteret, if known. Not unique across the registers: a
/// merged municipality may carry on a former one's legal entity (Indre Fosen has Rissa's).
/// </param>
[GenerateSerializer, Immutable]
public sealed record MunicipalityProfile(
    [property: Id(0)] string Name,
    [property: Id(1)] string County,
    [property: Id(2)] Population? Population,
    [property: Id(3)] IReadOnlyList<Contact> Contacts,
    [property: Id(4)] string? OrganisationNumber = null);
