namespace Collaboration.Gateway.Apis.Exports;

/// <summary>An identifier issued to an organization by a register.</summary>
/// <param name="Scheme">"kommunenummer" (SSB's municipality number) or "NO-BRC" (Brønnøysundregistrene's organisation number, as org-id.guide names the list).</param>
/// <param name="Identifier">The number.</param>
public sealed record PopoloIdentifier(string Scheme, string Identifier)
{
    /// <summary>The scheme of kommunenummer.</summary>
    public const string Kommunenummer = "kommunenummer";

    /// <summary>The scheme of Norwegian organisation numbers: the org-id.guide code of Enhetsregisteret, also used in IATI refs.</summary>
    public const string OrganisationNumber = "NO-BRC";
}
