namespace Collaboration.Organisations;

/// <summary>What kind of public body an organisation is.</summary>
public enum OrganisationKind
{
    /// <summary>A county council (fylkeskommune).</summary>
    CountyCouncil,

    /// <summary>A former municipality, known by its organisation number since it has no kommunenummer of today.</summary>
    Municipality,

    /// <summary>Any other public body: a state agency, an inter-municipal company.</summary>
    PublicBody,
}
