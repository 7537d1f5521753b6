using Collaboration.Municipalities;

namespace Collaboration.Organisations;

/// <summary>What an organisation says about itself.</summary>
/// <param name="Name">The registered name, e.g. "Trøndelag fylkeskommune".</param>
/// <param name="Kind">County council, former municipality or other public body.</param>
/// <param name="County">The county (fylke) it belongs to, if any.</param>
/// <param name="Dissolved">Its last day, when it has ceased to exist.</param>
/// <param name="Successor">The body that took over when it was dissolved: a kommunenummer or an organisation number.</param>
/// <param name="Contacts">People to reach at the organisation.</param>
[GenerateSerializer, Immutable]
public sealed record OrganisationProfile(
    [property: Id(0)] string Name,
    [property: Id(1)] OrganisationKind Kind,
    [property: Id(2)] string? County,
    [property: Id(3)] DateOnly? Dissolved,
    [property: Id(4)] string? Successor,
    [property: Id(5)] IReadOnlyList<Contact> Contacts);
