namespace Collaboration.Api;

public static partial class Field
{
    /// <summary>A nine-digit organisation number that passes the modulus 11 check; the grouped form "942 110 464" is read too.</summary>
    public static string OrganisationNumber(string? value, string field = "organisationNumber") =>
        Collaboration.OrganisationNumber.TryParse(value, out var number)
            ? number
            : throw CollaborationException.Invalid(field,
                $"'{value}' is not an organisation number: nine digits whose last is the modulus 11 check digit, e.g. 942110464.");

    /// <summary>An organisation number, or nothing.</summary>
    public static string? OptionalOrganisationNumber(string? value, string field = "organisationNumber") =>
        string.IsNullOrEmpty(value) ? null : OrganisationNumber(value, field);

    /// <summary>A body id: a kommunenummer (a municipality) or an organisation number (any other registered body).</summary>
    public static string BodyId(string? value, string field) =>
        Collaboration.Kommunenummer.IsValid(value) ? value!
        : Collaboration.OrganisationNumber.TryParse(value, out var number) ? number
        : throw CollaborationException.Invalid(field,
            $"'{value}' is neither a kommunenummer (four digits, e.g. 5001) nor an organisation number (nine digits with a valid check digit, e.g. 817920632).");
}
